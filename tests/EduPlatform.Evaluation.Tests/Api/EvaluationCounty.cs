using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlatform.Contracts.Organization;
using EduPlatform.Contracts.Rotation;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Evaluation.Tests.Api;

/// <summary>
/// A small county as evaluation sees it: a lead primary school C and members M1, M2 in one fused alliance, a teaching
/// point of 40 students and a special school, with their 2024 figures; the lead school's principal, vice-principal and a
/// teacher, and a teacher seconded from C to M1.
/// </summary>
sealed class EvaluationCounty
{
    public string Code { get; } = EvaluationApp.NewCountyCode();
    public Guid Core { get; } = Guid.NewGuid();
    public Guid M1 { get; } = Guid.NewGuid();
    public Guid M2 { get; } = Guid.NewGuid();
    public Guid TeachingPoint { get; } = Guid.NewGuid();
    public Guid Special { get; } = Guid.NewGuid();
    public Guid Alliance { get; } = Guid.NewGuid();
    public Guid Principal { get; } = Guid.NewGuid();
    public Guid Vice { get; } = Guid.NewGuid();
    public Guid CoreTeacher { get; } = Guid.NewGuid();
    public Guid Seconded { get; } = Guid.NewGuid();
    public Guid PlacementId { get; } = Guid.NewGuid();
    public HttpClient Bureau { get; private set; } = null!;

    public const string FiguresHeader = "学校标识码,学年,学段,在校生数,专任教师数,高于规定学历教师数,县级以上骨干教师数,体育艺术专任教师数,教学及辅助用房面积,体育运动场馆面积,教学仪器设备值,网络多媒体教室数,学业质量,巩固率,家长满意率,社会认可度,回流学生数\n";

    /// <summary>2024: M1 has 4.0 qualified teachers per 100 (95% of 4.2, its one miss); every other indicator is met.</summary>
    public static string Figures2024 => FiguresHeader
        + "C01,2024,小学,1000,60,50,12,10,5000,8000,2200000,25,85,98,95,92,0\n"
        + "M01,2024,小学,300,20,12,3,3,1400,2400,630000,7,78,97,93,90,5\n"
        + "M02,2024,小学,200,14,9,2,2,950,1600,420000,5,72,96,90,88,2\n"
        + "T01,2024,小学,40,3,1,0,0,100,100,20000,0,70,95,90,85,0\n"
        + "S01,2024,小学,60,12,10,1,1,900,900,300000,3,,,,,\n";

    public static string Figures2023(double m2Score) => FiguresHeader
        + "C01,2023,,990,,,,,,,,,84,,,,\n"
        + "M01,2023,,290,,,,,,,,,74,,,,\n"
        + $"M02,2023,,205,,,,,,,,,{m2Score},,,,\n";

    public string Ratings(string principal = "合格", string vice = "优秀", string seconded = "合格") =>
        "人员标识,姓名,学校标识码,岗位,拟定等次\n"
        + $"{Principal},王校长,C01,校长,{principal}\n{Vice},李副校长,C01,副校长,{vice}\n{CoreTeacher},张老师,C01,教师,优秀\n{Seconded},赵老师,C01,教师,{seconded}\n";

    public static async Task<EvaluationCounty> CreateAsync(EvaluationApp app)
    {
        var county = new EvaluationCounty();
        await county.RegisterAsync(app);
        return county;
    }

    async Task RegisterAsync(EvaluationApp app)
    {
        foreach (var (id, code, type, locality) in new[]
        {
            (Core, "C01", "regular", "urban"), (M1, "M01", "regular", "rural"), (M2, "M02", "village-school", "rural"),
            (TeachingPoint, "T01", "teaching-point", "rural"), (Special, "S01", "special-education", "urban"),
        })
        {
            await app.Publish(new SchoolRegistered
            {
                EventId = Guid.CreateVersion7(), CountyCode = Code, OccurredAt = DateTimeOffset.UtcNow, SchoolId = id, SchoolCode = code, Name = $"学校{code}",
                Stage = "primary", Locality = locality, SchoolType = type, Township = "清泉镇", IsPublic = true, IsLegalPerson = true, IsBoarding = false, Version = 1,
            });
        }

        await app.Publish(new AllianceFormed
        {
            EventId = Guid.CreateVersion7(), CountyCode = Code, OccurredAt = DateTimeOffset.UtcNow, AllianceId = Alliance, Name = "学校C01教联体", Kind = "fused",
            Category = "fused", Stage = "primary", CoreSchoolId = Core, MemberSchoolIds = [M1, M2], EffectiveOn = new DateOnly(2023, 5, 15), Version = 1,
        });
        Bureau = app.ClientAs(Roles.CountyAdmin, Code);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await Bureau.GetFromJsonAsync<JsonElement>($"/api/evaluation/counties/{Code}/bundled/2024")).GetProperty("alliances").GetArrayLength() != 1
               || !(await Upload("figures/import", Figures2024)).IsSuccessStatusCode)
        {
            Assert.True(DateTime.UtcNow < deadline, "evaluation did not receive the organization events");
            await Task.Delay(100);
        }
    }

    public PersonPlaced Placement() => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = Code, OccurredAt = DateTimeOffset.UtcNow, PlacementId = PlacementId, PlanId = Guid.NewGuid(), PersonId = Seconded,
        HomeSchoolId = Core, HostSchoolId = M1, AllianceId = Alliance, Mode = "exchange", Role = "teacher", Stage = "primary", Backbone = true,
        StartOn = new DateOnly(2024, 9, 1), EndOn = new DateOnly(2027, 8, 31),
    };

    public Task<HttpResponseMessage> Upload(string path, string csv)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "upload.csv" } };
        return Bureau.PostAsync($"/api/evaluation/counties/{Code}/{path}", form);
    }

    public async Task<JsonElement> Get(string path)
    {
        var response = await Bureau.GetAsync($"/api/evaluation/counties/{Code}/{path}");
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
