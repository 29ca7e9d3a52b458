using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Contracts.Staffing;
using EduPlatform.ServiceDefaults;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Staffing.Tests.Api;

public sealed class PlanApiTests(StaffingApp app) : IClassFixture<StaffingApp>
{
    /// <summary>A county with one fused alliance (3 primaries: 100 + 20 + 10 posts) and a kindergarten (156 children, 6 classes: 26 posts).</summary>
    async Task<(string County, HttpClient Office, Guid Alliance, Guid Kindergarten, Guid[] Primaries)> CountyAsync()
    {
        var county = StaffingApp.NewCountyCode();
        var office = app.ClientAs(Roles.StaffingOffice, county);
        Guid core = Guid.NewGuid(), a = Guid.NewGuid(), b = Guid.NewGuid(), kindergarten = Guid.NewGuid(), alliance = Guid.NewGuid();
        await app.Publish(OrgEvents.School(county, core, "核心小学", "primary"));
        await app.Publish(OrgEvents.School(county, a, "东山小学", "primary"));
        await app.Publish(OrgEvents.School(county, b, "北河小学", "primary"));
        await app.Publish(OrgEvents.School(county, kindergarten, "中心幼儿园", "kindergarten", day: "full-day"));
        await app.Publish(OrgEvents.Term(county, core, 1900, 40));
        await app.Publish(OrgEvents.Term(county, a, 380, 8));
        await app.Publish(OrgEvents.Term(county, b, 190, 4));
        await app.Publish(OrgEvents.Term(county, kindergarten, 156, 6)); // 156 / 6 (the middle of 1:5–1:7) = 26
        await app.Publish(OrgEvents.Formed(county, alliance, core, [a, b]));

        // Terms and the alliance arrive on different queues: wait for both the quotas and the alliance's pool.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await Plan(office, county)).GetProperty("standardTotal").GetInt32() != 156 || !await AlliancePooledAsync(office, county))
        {
            Assert.True(DateTime.UtcNow < deadline, "staffing did not receive the organization events");
            await Task.Delay(100);
        }

        return (county, office, alliance, kindergarten, [core, a, b]);
    }

    static async Task<bool> AlliancePooledAsync(HttpClient client, string county) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/posts", StaffingApp.Json))
            .EnumerateArray().Any(pool => pool.GetProperty("schoolIds").GetArrayLength() == 3);

    static Task<JsonElement> Plan(HttpClient client, string county) =>
        client.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/plans/2024", StaffingApp.Json);

    static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task The_office_moves_quota_between_stages_approves_and_each_pool_is_published()
    {
        var (county, office, alliance, kindergarten, _) = await CountyAsync();
        await office.PutAsJsonAsync($"/api/staffing/counties/{county}/settings", new { countyTotal = 156, version = 0 }, StaffingApp.Json);

        var plan = await Json(await office.PutAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/moves",
            new { moves = new Dictionary<string, int> { ["primary"] = -6, ["kindergarten"] = 6 }, version = 0 }, StaffingApp.Json), HttpStatusCode.OK);
        Assert.Equal(156, plan.GetProperty("plannedTotal").GetInt32());
        Assert.Equal(0, plan.GetProperty("headroom").GetInt32());
        var primary = plan.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "primary");
        Assert.Equal(124, primary.GetProperty("plannedPosts").GetInt32());

        var approved = await Json(await office.PostAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/approve", new { version = 1 }, StaffingApp.Json), HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());

        var harness = app.Services.GetRequiredService<ITestHarness>();
        List<StaffingQuotaApproved> published;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            published = harness.Published.Select<StaffingQuotaApproved>().Where(m => m.Context.Message.CountyCode == county).Select(m => m.Context.Message).ToList();
        }
        while (published.Count < 2 && DateTime.UtcNow < deadline);

        Assert.Equal(2, published.Count);
        var pool = published.Single(m => m.AllianceId == alliance);
        Assert.Equal(3, pool.SchoolIds.Count);
        Assert.Equal(124, pool.Posts);
        Assert.Equal(130, Assert.Single(pool.Stages).StandardPosts);
        var alone = published.Single(m => m.SchoolId == kindergarten);
        Assert.Equal(32, alone.Posts);
        Assert.Equal("kindergarten", Assert.Single(alone.Stages).Stage);

        var again = await Json(await office.PutAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/moves",
            new { moves = new Dictionary<string, int> { ["primary"] = -1 }, version = 2 }, StaffingApp.Json), HttpStatusCode.Conflict);
        Assert.Equal("staffing.plan.approved", again.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_plan_over_the_total_is_409_with_the_numbers_and_approval_needs_a_total()
    {
        var (county, office, _, _, _) = await CountyAsync();

        var noTotal = await Json(await office.PostAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/approve", new { version = 0 }, StaffingApp.Json), HttpStatusCode.Conflict);
        Assert.Equal("staffing.plan.no-county-total", noTotal.GetProperty("rule").GetString());

        await office.PutAsJsonAsync($"/api/staffing/counties/{county}/settings", new { countyTotal = 150, version = 0 }, StaffingApp.Json);
        var over = await Json(await office.PutAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/moves",
            new { moves = new Dictionary<string, int> { ["kindergarten"] = 2 }, version = 0 }, StaffingApp.Json), HttpStatusCode.Conflict);
        Assert.Equal("staffing.plan.exceeds-total", over.GetProperty("rule").GetString());
        Assert.Contains("计划需 158 个编制", over.GetProperty("detail").GetString());
        Assert.Contains("多 8 个", over.GetProperty("detail").GetString());

        var plan = await Plan(office, county);
        Assert.Equal(-6, plan.GetProperty("headroom").GetInt32());
        Assert.Equal("staffing.plan.exceeds-total", plan.GetProperty("openViolations")[0].GetProperty("rule").GetString());

        var badStage = await Json(await office.PutAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/moves",
            new { moves = new Dictionary<string, int> { ["university"] = 2 }, version = 0 }, StaffingApp.Json), HttpStatusCode.BadRequest);
        Assert.True(badStage.GetProperty("errors").TryGetProperty("moves.university", out _));
        var stale = await Json(await office.PutAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/moves",
            new { moves = new Dictionary<string, int> { ["primary"] = -6 }, version = 3 }, StaffingApp.Json), HttpStatusCode.Conflict);
        Assert.Equal("version", stale.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Vacancies_are_approved_quota_minus_actual_staff_and_crossing_zero_is_published_once()
    {
        var (county, office, alliance, kindergarten, _) = await CountyAsync();
        await office.PutAsJsonAsync($"/api/staffing/counties/{county}/settings", new { countyTotal = 200, version = 0 }, StaffingApp.Json);
        await Json(await office.PostAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/approve", new { version = 0 }, StaffingApp.Json), HttpStatusCode.OK);
        var harness = app.Services.GetRequiredService<ITestHarness>();

        // Approved with no staff recorded: both pools open (alliance 130, kindergarten 26).
        var opened = await Wait<VacancyOpened>(harness, county, 2);
        Assert.Equal(130, opened.Single(o => o.AllianceId == alliance).Vacancies);

        var csv = "学校标识码,学段,在编教职工数\n核心小学,,98\n东山小学,,20\n北河小学,小学,12\n中心幼儿园,,26\n";
        var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "heads.csv" } };
        var report = await Json(await office.PostAsync($"/api/staffing/counties/{county}/head-counts/import", form), HttpStatusCode.OK);
        Assert.Equal(156, report.GetProperty("staff").GetInt32());

        var table = await office.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/vacancies", StaffingApp.Json);
        var pool = table.GetProperty("pools").EnumerateArray().Single(p => p.GetProperty("allianceId").ValueKind == JsonValueKind.String);
        Assert.Equal(130, pool.GetProperty("approvedPosts").GetInt32());
        Assert.Equal(130, pool.GetProperty("actualStaff").GetInt32());
        Assert.Equal(0, pool.GetProperty("vacancies").GetInt32());
        Assert.Equal(0, table.GetProperty("vacancies").GetInt32());

        var closed = await Wait<VacancyClosed>(harness, county, 2);
        Assert.Contains(closed, c => c.SchoolId == kindergarten && c.Vacancies == 0);

        // The same file again crosses nothing: no new events.
        form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "heads.csv" } };
        await Json(await office.PostAsync($"/api/staffing/counties/{county}/head-counts/import", form), HttpStatusCode.OK);
        await Task.Delay(500);
        Assert.Equal(2, (await Wait<VacancyClosed>(harness, county, 2)).Count);
        Assert.Equal(2, (await Wait<VacancyOpened>(harness, county, 2)).Count);

        var bad = "学校标识码,学段,在编教职工数\n无此校,,3\n核心小学,大学,x\n";
        form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(bad)), "file", "heads.csv" } };
        var problem = await Json(await office.PostAsync($"/api/staffing/counties/{county}/head-counts/import", form), HttpStatusCode.BadRequest);
        Assert.Equal(2, problem.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task The_quota_table_and_the_plan_export_as_xlsx_with_chinese_headers()
    {
        var (county, office, _, _, _) = await CountyAsync();

        var quotas = await office.GetAsync($"/api/staffing/counties/{county}/quotas/2024/export");
        Assert.Equal(HttpStatusCode.OK, quotas.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", quotas.Content.Headers.ContentType?.MediaType);
        var sheet = Spreadsheets.SpreadsheetReader.Read("q.xlsx", await quotas.Content.ReadAsByteArrayAsync());
        Assert.Equal("编制单位", sheet.Headers[0]);
        Assert.Contains("计算依据", sheet.Headers);
        Assert.Equal(6, sheet.Rows.Count(r => r[0].Length > 0 && r[0] != "合计")); // 3 primaries + 3 kindergarten lines
        Assert.Equal("156", sheet.Rows.Single(r => r[0] == "合计")[10]);

        var plan = Spreadsheets.SpreadsheetReader.Read("p.xlsx", await office.GetByteArrayAsync($"/api/staffing/counties/{county}/plans/2024/export"));
        Assert.Equal(["编制单位", "学段", "标准编制", "核定编制", "调整"], plan.Headers);
        Assert.Equal("156", plan.Rows.Single(r => r[0] == "全县合计")[2]);
        Assert.Equal("草案", plan.Rows.Single(r => r[0] == "状态")[1]);
    }

    [Fact]
    public async Task The_hr_bureau_sets_posts_per_alliance_and_occupancy_comes_from_the_head_count()
    {
        var (county, office, alliance, _, _) = await CountyAsync();
        var hr = app.ClientAs(Roles.HrBureau, county);
        var csv = "学校标识码,在编教职工数,高级岗位人数,中级岗位人数,初级岗位人数\n核心小学,98,12,40,40\n东山小学,20,2,8,10\n北河小学,12,1,5,6\n";
        var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "heads.csv" } };
        await Json(await office.PostAsync($"/api/staffing/counties/{county}/head-counts/import", form), HttpStatusCode.OK);
        var key = $"alliance:{alliance}";

        Assert.Equal(HttpStatusCode.Forbidden, (await office.PutAsJsonAsync($"/api/staffing/counties/{county}/posts/{key}", new { senior = 14, version = 0 }, StaffingApp.Json)).StatusCode);
        await Json(await hr.PutAsJsonAsync($"/api/staffing/counties/{county}/posts/{key}", new { senior = 14, middle = 55, junior = 60, version = 0 }, StaffingApp.Json), HttpStatusCode.OK);
        var listed = await Json(await hr.PostAsJsonAsync($"/api/staffing/counties/{county}/posts/{key}/outside",
            new { name = "张老师", level = "senior", reason = "long-rural-service-near-retirement", ruralServiceYears = 31,
                  retirementDate = DateOnly.FromDateTime(DateTime.Today).AddYears(2) }, StaffingApp.Json), HttpStatusCode.Created);
        var refused = await Json(await hr.PostAsJsonAsync($"/api/staffing/counties/{county}/posts/{key}/outside",
            new { name = "赵老师", level = "senior", reason = "long-rural-service-near-retirement", ruralServiceYears = 20,
                  retirementDate = DateOnly.FromDateTime(DateTime.Today).AddYears(5) }, StaffingApp.Json), HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("ruralServiceYears", out _));
        Assert.True(refused.GetProperty("errors").TryGetProperty("retirementDate", out _));

        var pools = await hr.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/posts", StaffingApp.Json);
        var pool = pools.EnumerateArray().Single(p => p.GetProperty("poolKey").GetString() == key);
        var senior = pool.GetProperty("occupancy").EnumerateArray().Single(o => o.GetProperty("level").GetString() == "senior");
        // 15 hold a senior level, 1 is listed outside the posts: 14 occupy the 14 posts, none free
        Assert.Equal(15, senior.GetProperty("holdersOfLevel").GetInt32());
        Assert.Equal(14, senior.GetProperty("occupied").GetInt32());
        Assert.Equal(0, senior.GetProperty("free").GetInt32());
        var middle = pool.GetProperty("occupancy").EnumerateArray().Single(o => o.GetProperty("level").GetString() == "middle");
        Assert.Equal(2, middle.GetProperty("free").GetInt32()); // 55 − 53
        Assert.Equal("张老师", pool.GetProperty("outsidePosts")[0].GetProperty("name").GetString());

        var removed = await hr.DeleteAsync($"/api/staffing/counties/{county}/posts/outside/{listed.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }

    [Fact]
    public async Task The_recruitment_draft_fills_vacancies_by_subject_scarce_first_and_exports()
    {
        var (county, office, _, _, _) = await CountyAsync();
        // Before any plan is approved there is no draft to export: a 409 that says so, not a sheet "依据  年".
        var early = await office.GetAsync($"/api/staffing/counties/{county}/recruitment/export");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("请先批准", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        await office.PutAsJsonAsync($"/api/staffing/counties/{county}/settings", new { countyTotal = 200, version = 0 }, StaffingApp.Json);
        await Json(await office.PostAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/approve", new { version = 0 }, StaffingApp.Json), HttpStatusCode.OK);
        // Alliance: 130 approved, 124 staff → 6 vacancies; kindergarten: 26 approved, 26 staff → none.
        var heads = "学校标识码,在编教职工数\n核心小学,95\n东山小学,19\n北河小学,10\n中心幼儿园,26\n";
        await Json(await office.PostAsync($"/api/staffing/counties/{county}/head-counts/import",
            new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(heads)), "file", "heads.csv" } }), HttpStatusCode.OK);
        var subjects = "学校标识码,学科,专任教师数,兼任教师数\n核心小学,数学,20,3\n东山小学,体育,1,2\n北河小学,音乐,0,1\n核心小学,体育,4,0\n";
        await Json(await office.PostAsync($"/api/staffing/counties/{county}/subject-staff/import",
            new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(subjects)), "file", "subjects.csv" } }), HttpStatusCode.OK);

        var draft = await office.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/recruitment", StaffingApp.Json);
        Assert.Equal(2025, draft.GetProperty("forSchoolYear").GetInt32());
        Assert.Equal(6, draft.GetProperty("posts").GetInt32());
        var lines = draft.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("subject").ValueKind == JsonValueKind.Null ? null : l.GetProperty("subject").GetString(), l.GetProperty("posts").GetInt32())).ToList();
        Assert.Equal([("pe", 2), ("music", 1), ("maths", 3)], lines);
        var pe = draft.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("subject").GetString() == "pe");
        Assert.Equal(0.714m, pe.GetProperty("rate").GetDecimal()); // 5 specialists of 7

        var sheet = Spreadsheets.SpreadsheetReader.Read("r.xlsx", await office.GetByteArrayAsync($"/api/staffing/counties/{county}/recruitment/export"));
        Assert.Equal(["编制单位", "学段", "学科", "招聘人数", "依据"], sheet.Headers);
        Assert.Equal("体育", sheet.Rows[0][2]);
        Assert.Equal("6", sheet.Rows.Single(r => r[0] == "合计")[3]);
    }

    // Staffing listens to staff placed / moved / left (domain.md §6): between imports, actual staff follows rotation's events.
    [Fact]
    public async Task Rotation_events_move_actual_staff_between_schools_and_open_vacancies()
    {
        var (county, office, alliance, _, primaries) = await CountyAsync();
        await office.PutAsJsonAsync($"/api/staffing/counties/{county}/settings", new { countyTotal = 200, version = 0 }, StaffingApp.Json);
        await Json(await office.PostAsJsonAsync($"/api/staffing/counties/{county}/plans/2024/approve", new { version = 0 }, StaffingApp.Json), HttpStatusCode.OK);
        var before = DateTimeOffset.UtcNow;
        var csv = "学校标识码,学段,在编教职工数\n核心小学,,98\n东山小学,,20\n北河小学,小学,12\n中心幼儿园,,26\n";
        var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "heads.csv" } };
        await Json(await office.PostAsync($"/api/staffing/counties/{county}/head-counts/import", form), HttpStatusCode.OK);
        var (core, east) = (primaries[0], primaries[1]);

        var person = Guid.NewGuid();
        Contracts.Rotation.PersonPlaced Placed(string mode, DateTimeOffset at) => new()
        {
            EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = at, PlacementId = Guid.NewGuid(), PlanId = Guid.NewGuid(), PersonId = person,
            HomeSchoolId = core, HostSchoolId = east, AllianceId = alliance, Mode = mode, Role = "teacher", Stage = "primary", Subject = "chinese",
            Backbone = false, StartOn = new DateOnly(2025, 9, 1), EndOn = new DateOnly(2028, 8, 31),
        };
        await app.Publish(Placed("exchange", DateTimeOffset.UtcNow));
        await app.Publish(Placed("itinerant", DateTimeOffset.UtcNow));          // keeps the home post
        await app.Publish(Placed("exchange", before.AddMinutes(-5)));           // the import already counts it
        var left = new Contracts.Rotation.PersonLeft
        {
            EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, PersonId = Guid.NewGuid(), SchoolId = east,
            Stage = "primary", LeftOn = new DateOnly(2025, 1, 31), Reason = "retired",
        };
        await app.Publish(left);
        await app.Publish(left); // delivered twice, applied once
        await app.Publish(new Contracts.Rotation.PersonReassigned
        {
            EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, RoundId = Guid.NewGuid(), PersonId = Guid.NewGuid(),
            FromSchoolId = east, ToSchoolId = core, Stage = "primary", EffectiveOn = new DateOnly(2025, 9, 1), Outcome = "cross-school",
        });

        var opened = (await Wait<VacancyOpened>(harness: app.Services.GetRequiredService<ITestHarness>(), county, 3)).Where(o => o.AllianceId == alliance).ToList();
        var vacancy = Assert.Single(opened, o => o.ActualStaff == 129);
        Assert.Equal(1, vacancy.Vacancies);

        // Deliveries run concurrently: wait for all of them, not for the first state that looks right.
        List<JsonElement> changes = [];
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (changes.Count < 7 && DateTime.UtcNow < deadline)
        {
            changes = (await office.GetFromJsonAsync<List<JsonElement>>($"/api/staffing/counties/{county}/head-counts/changes", StaffingApp.Json))!;
        }

        Assert.Equal(7, changes.Count); // placed twice and reassigned once (two schools each), and left once
        Assert.Equal(2, changes.Count(c => !c.GetProperty("applied").GetBoolean()));
        Assert.Equal(2, changes.Count(c => c.GetProperty("reason").GetString() == "reassigned"));
        var table = await office.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/vacancies", StaffingApp.Json);
        var pool = table.GetProperty("pools").EnumerateArray().Single(p => p.GetProperty("allianceId").ValueKind == JsonValueKind.String);
        Assert.Equal(129, pool.GetProperty("actualStaff").GetInt32()); // 98 − 1 + 1 + 20 + 1 − 1 − 1 + 12
    }

    static async Task<List<T>> Wait<T>(ITestHarness harness, string county, int atLeast) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<T> found;
        do
        {
            found = harness.Published.Select<T>().Select(m => m.Context.Message)
                .Where(m => (string)typeof(T).GetProperty("CountyCode")!.GetValue(m)! == county).ToList();
        }
        while (found.Count < atLeast && DateTime.UtcNow < deadline);
        return found;
    }
}
