using System.Text;
using System.Text.Json;
using EduPlatform.Evaluation.Demo;
using EduPlatform.Rotation.Demo;
using EduPlatform.ServiceDefaults;
using Microsoft.Extensions.Logging;

namespace EduPlatform.DemoCounty;

/// <summary>What loading the demo county did.</summary>
public sealed record DemoCountyReport(int SchoolsCreated, int SchoolsUnchanged, int AlliancesCreated, int AlliancesUnchanged, int People, int Units, int Figures, int Ratings);

/// <summary>
/// Loads the demo county through the suite's public HTTP API, as a county office would with its spreadsheets: the county
/// with the Xishui preset, then <c>demo/schools.csv</c>, <c>demo/terms.csv</c> and <c>demo/alliances.csv</c> through
/// organization's imports, the staffing office's settings, the county town's residential units (<c>demo/units.csv</c>,
/// made by tools/demo-data/county_town_units.py) through zoning's import. Shaped like Xishui's figures [000]: 21 fused
/// alliances (4 junior, 10 primary, 7 kindergarten) covering every public compulsory school and public kindergarten; the
/// county town 清泉镇 has 8 public primary and 4 public junior schools, as Xishui's 12 zones do [000]; the names are
/// invented. Then a generated roster of staff (<see cref="SyntheticRoster"/>) through rotation's roster import, and
/// generated figures and proposed ratings (<see cref="SyntheticFigures"/>) through evaluation's imports, each once that
/// service's copy of the schools has arrived over the bus. The standalone host loads into itself, the distributed suite
/// through its gateway; loading twice changes nothing.
/// </summary>
public sealed class DemoCountyLoader(HttpClient http, ILogger logger)
{
    public const string CountyCode = "421125";
    /// <summary>The school year the demo roster is drawn for: people's years at their schools count to 1 September of it.</summary>
    public const int RosterYear = 2025;
    /// <summary>The demo county's total staffing quota (编制总量), invented: a little above the demo's standard quotas.</summary>
    public const int CountyStaffingTotal = 4700;
    const int Seed = 421125;
    /// <summary>How long a service may take to receive the schools over the bus before an import that needs them fails.</summary>
    static readonly TimeSpan CopyPatience = TimeSpan.FromSeconds(120);

    readonly DemoApi _api = new(http);

    /// <summary>Signs the loader's client in as the demo county's administrator, with a token of the suite's own key.</summary>
    public static void SignIn(HttpClient client, DevelopmentTokens tokens) =>
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            tokens.Issue("demo-loader", [Roles.CountyAdmin], [CountyCode], TimeSpan.FromHours(1)));
    static string Folder => Path.Combine(AppContext.BaseDirectory, "demo");
    static string Api(string service, string path = "") => $"/api/{service}/counties/{CountyCode}{path}";

    public async Task<DemoCountyReport> LoadAsync(CancellationToken ct)
    {
        if (!await _api.PutOnceAsync(Api("organization"), new { name = "浠水县（演示数据）", policyPreset = "xishui" }, ct))
        {
            logger.LogInformation("演示县 {County} 已设立", CountyCode);
        }

        var schools = await ImportAsync("organization", "/schools/import", "schools.csv", ct);
        // The staffing office's settings: the national standard and the county total its plans must stay within.
        if (!await _api.PutOnceAsync(Api("staffing", "/settings"), new { villageStaffPerClass = 1.5m, countyTotal = CountyStaffingTotal, version = 0 }, ct))
        {
            logger.LogInformation("演示县 {County} 的编制设置已存在", CountyCode);
        }

        // Per-grade statistics for the nine-year schools, whose quotas are split by grade band.
        await ImportAsync("organization", "/schools/terms/import", "terms.csv", ct);
        var alliances = await ImportAsync("organization", "/alliances/import", "alliances.csv", ct);
        var units = (await ImportAsync("zoning", "/units/import", "units.csv", ct)).GetProperty("rows").GetInt32();

        var county = await OrganizationFactsAsync(ct);
        var people = await LoadPeopleAsync(county, ct);
        var (figures, ratings) = await LoadEvaluationAsync(county, ct);
        var report = new DemoCountyReport(schools.GetProperty("created").GetInt32(), schools.GetProperty("unchanged").GetInt32(),
            alliances.GetProperty("created").GetInt32(), alliances.GetProperty("unchanged").GetInt32(), people, units, figures, ratings);
        logger.LogWarning("演示县 {County} 已加载：学校新建 {Created}、未变 {Unchanged}；教联体新建 {AlliancesCreated}、未变 {AlliancesUnchanged}；"
            + "交流轮岗人员 {People}；县城居住单元 {Units}；评价数据 {Figures} 行，拟定考核等次 {Ratings} 人。",
            CountyCode, report.SchoolsCreated, report.SchoolsUnchanged, report.AlliancesCreated, report.AlliancesUnchanged, people, units, figures, ratings);
        return report;
    }

    /// <summary>One of the demo's files, through a service's import; it needs nothing another service sends.</summary>
    Task<JsonElement> ImportAsync(string service, string path, string file, CancellationToken ct) =>
        _api.UploadAsync(Api(service, path), file, File.ReadAllBytes(Path.Combine(Folder, file)), ct);

    /// <summary>A generated file, once the service's copy of the schools it names has arrived over the bus.</summary>
    Task<JsonElement> ImportGeneratedAsync(string service, string path, string file, string csv, CancellationToken ct) =>
        _api.UploadWhenKnownAsync(Api(service, path), file, Encoding.UTF8.GetBytes(csv), CopyPatience, ct);

    /// <summary>
    /// The generated roster, once (a roster already there is kept): its size follows each school's 2024 autumn students,
    /// as organization holds them, and the alliances' core schools on the roster's reference date.
    /// </summary>
    async Task<int> LoadPeopleAsync(CountyFacts county, CancellationToken ct)
    {
        var existing = (await _api.GetAsync(Api("rotation", "/people?limit=1"), ct)).GetProperty("total").GetInt32();
        if (existing > 0)
        {
            return existing;
        }

        if (!await _api.PutOnceAsync(Api("rotation", "/settings"), new { preset = "xishui", version = 0 }, ct))
        {
            logger.LogInformation("演示县 {County} 的交流轮岗设置已存在", CountyCode);
        }

        var cores = await county.CoresOnAsync(Rotation.Domain.Eligibility.ReferenceDate(RosterYear), ct);
        var roster = county.Schools.Select(s => new RosterSchool(s.Id, s.Code, s.Stage, s.Locality, s.Students, cores.Contains(s.Id))).ToList();
        var generated = SyntheticRoster.Generate(CountyCode, roster, Seed, Rotation.Domain.Eligibility.ReferenceDate(RosterYear));
        var csv = SyntheticRoster.ToCsv(generated, county.Schools.ToDictionary(s => s.Id, s => s.Code));
        var report = await ImportGeneratedAsync("rotation", "/people/import", "people.csv", csv, ct);

        // The member campuses' missing PE, music and art teachers, for itinerant (走教) teachers of the core schools to fill.
        var members = (await county.CampusesOnAsync(Rotation.Domain.Eligibility.ReferenceDate(RosterYear), ct)).Where(c => !cores.Contains(c));
        var needs = SyntheticRoster.ScarceNeeds(generated, members.ToList())
            .Select(n => new { schoolId = n.SchoolId, subject = Kernel.WireEnum.Text(n.Subject), count = 1 }).ToList();
        await _api.PutAsync(Api("rotation", $"/needs/{RosterYear}"), needs, ct);
        return report.GetProperty("new").GetInt32() + report.GetProperty("updated").GetInt32();
    }

    /// <summary>
    /// Figures for the school years before and of the roster, for every school with students, and the ratings schools
    /// propose for the roster year for every person rotation has.
    /// </summary>
    async Task<(int Figures, int Ratings)> LoadEvaluationAsync(CountyFacts county, CancellationToken ct)
    {
        var on = Evaluation.Application.CountyYear.JudgedOn(RosterYear);
        var cores = await county.CoresOnAsync(on, ct);
        var campuses = await county.CampusesOnAsync(on, ct);
        var schools = county.Schools.Where(s => s.Students > 0)
            .Select(s => new FigureSchool(s.Code, s.Stage, s.Locality, s.Type, s.Students, cores.Contains(s.Id), campuses.Contains(s.Id) && !cores.Contains(s.Id)))
            .ToList();
        var figures = await ImportGeneratedAsync("evaluation", "/figures/import", "figures.csv", SyntheticFigures.ToCsv(schools, RosterYear - 1, Seed), ct);

        var codes = county.Schools.ToDictionary(s => s.Id, s => s.Code);
        var people = (await _api.GetAllAsync(Api("rotation", "/people"), ct))
            .Select(p => new RatedPerson(p.GetProperty("id").GetGuid(), p.GetProperty("name").GetString()!,
                codes[p.GetProperty("currentSchoolId").GetGuid()], p.GetProperty("role").GetString()!))
            .ToList();
        var ratings = await ImportGeneratedAsync("evaluation", $"/ratings/{RosterYear}/import", "ratings.csv", SyntheticFigures.RatingsCsv(people, Seed), ct);
        return (figures.GetProperty("rows").GetInt32(), ratings.GetProperty("rows").GetInt32());
    }

    async Task<CountyFacts> OrganizationFactsAsync(CancellationToken ct)
    {
        var list = await _api.GetAsync(Api("organization", "/schools?limit=500"), ct);
        var schools = new List<SchoolFacts>();
        foreach (var school in list.GetProperty("items").EnumerateArray())
        {
            var id = school.GetProperty("id").GetGuid();
            var autumn = (await _api.GetAsync(Api("organization", $"/schools/{id}/terms"), ct)).EnumerateArray()
                .FirstOrDefault(t => t.GetProperty("term").GetString() == $"{RosterYear - 1}-autumn");
            schools.Add(new SchoolFacts(id, school.GetProperty("code").GetString()!, school.GetProperty("name").GetString()!,
                school.GetProperty("stage").GetString()!, school.GetProperty("locality").GetString()!, school.GetProperty("type").GetString()!,
                autumn.ValueKind == JsonValueKind.Object ? autumn.GetProperty("students").GetInt32() : 0));
        }

        // The order the services' own copies list them in (by name), which the seeded generators follow.
        return new CountyFacts([.. schools.OrderBy(s => s.Name, StringComparer.Ordinal)], _api);
    }

    sealed record SchoolFacts(Guid Id, string Code, string Name, string Stage, string Locality, string Type, int Students);

    sealed record CountyFacts(IReadOnlyList<SchoolFacts> Schools, DemoApi Api)
    {
        public async Task<HashSet<Guid>> CoresOnAsync(DateOnly on, CancellationToken ct) =>
            [.. (await AlliancesOnAsync(on, ct)).Select(a => a.GetProperty("coreSchoolId").GetGuid())];

        public async Task<HashSet<Guid>> CampusesOnAsync(DateOnly on, CancellationToken ct) =>
            [.. (await AlliancesOnAsync(on, ct)).SelectMany(a => a.GetProperty("campuses").EnumerateArray()).Select(c => c.GetProperty("schoolId").GetGuid())];

        async Task<List<JsonElement>> AlliancesOnAsync(DateOnly on, CancellationToken ct) =>
            [.. (await Api.GetAsync(DemoCountyLoader.Api("organization", $"/alliances?on={on:yyyy-MM-dd}"), ct)).EnumerateArray()];
    }
}
