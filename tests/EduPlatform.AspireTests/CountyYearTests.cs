using EduPlatform.Tests;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace EduPlatform.AspireTests;

using static Responses;

/// <summary>
/// A small county's years through the suite as Aspire runs it (five services and the gateway as processes on the AppHost's
/// broker), every step over HTTP through the gateway as the county's clerks would take it: schools, terms and alliances;
/// the staffing plan; the roster and the rotation plan; the bundled evaluation; a returning, a staying and a re-appointed
/// teacher; a hire and a departure; catchment zones. The cross-service effects are checked where they land; the plan's
/// approval is one trace in the dashboard from the gateway through rotation to the services that consume its events; and
/// an outside RabbitMQ.Client subscriber that knows only docs/events.md receives every event kind the catalogue lists,
/// with every documented field.
/// </summary>
[Collection(AspireCollection.Name)]
public sealed class CountyYearTests(AspireSuite suite, ITestOutputHelper output)
{
    static readonly string[] Services = ["organization", "staffing", "rotation", "zoning", "evaluation"];
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    readonly string _county = Counties.Fresh();
    readonly Dictionary<string, Guid> _schools = [];

    string Api(string service, string path = "") => $"/api/{service}/counties/{_county}{path}";

    [Fact]
    public async Task A_county_year_reaches_every_service_and_an_outside_system_receives_every_documented_event_kind()
    {
        suite.Require();
        await suite.DemoEndedAsync(); // its trace is read back from the dashboard; see DashboardTelemetryTests
        var catalogue = EventCatalogue.Read();
        Assert.Equal(Services.Order(), catalogue.Select(e => e.Exchange.Split(':')[0].Split('.')[^1].ToLowerInvariant()).Distinct().Order());
        await using var outside = await OutsideSubscriber.BindAsync(await suite.BrokerUriAsync(), catalogue.Select(e => e.Exchange).ToArray());
        using var api = suite.Gateway(_county);
        await RegisterSchoolsAndAlliancesAsync(api);
        await ApproveStaffingPlanAndRecordHeadsAsync(api);
        var (plan, approval) = await ApproveRotationPlanAsync(api);
        await PlacementsReachStaffingAndEvaluationAsync(api, plan);
        await TheApprovalIsOneTraceInTheDashboardAsync(approval);
        await RatingsReachRotationsRulesAsync(api, plan);
        await ReappointHireAndLoseAsync(api);
        await PublishZonesWithAShortageAsync(api);

        // The broker carries every county's events (the demo county's too); this county's are the ones to check.
        Dictionary<string, List<JsonElement>> Ours(IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> all) => all
            .Select(e => (e.Key, Envelopes: e.Value.Where(x => x.GetProperty("message").GetProperty("countyCode").GetString() == _county).ToList()))
            .Where(e => e.Envelopes.Count > 0).ToDictionary(e => e.Key, e => e.Envelopes);
        var received = await Eventually.UntilAsync(() => Task.FromResult(Ours(outside.ByExchange())),
            r => catalogue.All(e => r.ContainsKey(e.Exchange)), Wait,
            r => $"no {string.Join(", ", catalogue.Select(e => e.Exchange).Where(x => !r.ContainsKey(x)))}");
        foreach (var entry in catalogue)
        {
            foreach (var envelope in received[entry.Exchange])
            {
                var message = envelope.GetProperty("message");
                Assert.Equal(message.GetProperty("eventId").GetGuid(), envelope.GetProperty("messageId").GetGuid());
                var missing = entry.Fields.Where(f => !message.TryGetProperty(f, out _)).ToList();
                Assert.True(missing.Count == 0, $"{entry.Exchange} arrived without documented field(s) {string.Join(", ", missing)}: {message}");
            }
        }

        output.WriteLine(string.Join("\n", catalogue.Select(e => $"{e.Exchange}: {received[e.Exchange].Count}")));
    }

    /// <summary>
    /// 清泉镇: lead school C (urban) and its rural member M; 汪家镇: A with members B and D, whose alliance loses B and is
    /// then dissolved; 东山镇: E, on its own, renamed.
    /// </summary>
    async Task RegisterSchoolsAndAlliancesAsync(HttpClient api)
    {
        await Ok(api.PutAsJsonAsync(Api("organization"), new { name = "全程县", policyPreset = "national" }));
        foreach (var (code, locality, township, lat, lon) in new[]
        {
            ("C", "urban", "清泉镇", 30.42, 115.23), ("M", "rural", "清泉镇", 30.45, 115.26), ("A", "urban", "汪家镇", 30.40, 115.20),
            ("B", "rural", "汪家镇", 30.38, 115.18), ("D", "rural", "汪家镇", 30.37, 115.21), ("E", "rural", "东山镇", 30.50, 115.30),
        })
        {
            var school = await Ok(api.PostAsJsonAsync(Api("organization", "/schools"),
                new { code, name = $"{township}{code}小学", stage = "primary", locality, township, latitude = lat, longitude = lon }));
            _schools[code] = school.GetProperty("id").GetGuid();
        }

        // Six grades each; E has one entry class (45 seats).
        foreach (var (code, perGrade, classesPerGrade) in new[] { ("C", 320, 7), ("M", 60, 2), ("A", 100, 3), ("B", 35, 1), ("D", 25, 1), ("E", 17, 1) })
        {
            var grades = Enumerable.Range(1, 6).Select(g => new { grade = g, students = perGrade, classes = classesPerGrade }).ToArray();
            await Ok(api.PutAsJsonAsync(Api("organization", $"/schools/{_schools[code]}/terms/2024-autumn"),
                new { students = perGrade * 6, classes = classesPerGrade * 6, grades }));
        }

        await Ok(api.PostAsJsonAsync(Api("organization", "/alliances"),
            new { name = "清泉教联体", kind = "fused", coreSchoolId = _schools["C"], memberSchoolIds = new[] { _schools["M"] }, formedOn = "2023-05-15" }));
        var wangjia = await Ok(api.PostAsJsonAsync(Api("organization", "/alliances"),
            new { name = "汪家教联体", kind = "fused", coreSchoolId = _schools["A"], memberSchoolIds = new[] { _schools["B"], _schools["D"] }, formedOn = "2023-05-15" }));
        var id = wangjia.GetProperty("id").GetGuid();
        wangjia = await Ok(api.PostAsJsonAsync(Api("organization", $"/alliances/{id}/members/{_schools["B"]}/leave"),
            new { effectiveOn = "2024-09-01", version = wangjia.GetProperty("version").GetInt32() }));
        await Ok(api.PostAsJsonAsync(Api("organization", $"/alliances/{id}/dissolve"),
            new { effectiveOn = "2025-01-01", version = wangjia.GetProperty("version").GetInt32() }));

        var e = await Ok(api.GetAsync(Api("organization", $"/schools/{_schools["E"]}")));
        await Ok(api.PutAsJsonAsync(Api("organization", $"/schools/{_schools["E"]}"), new
        {
            code = "E", name = "东山镇中心小学", stage = "primary", locality = "rural", township = "东山镇", latitude = 30.50, longitude = 115.30,
            version = e.GetProperty("version").GetInt32(),
        }));
    }

    /// <summary>The staffing office approves the 2024 quotas (every pool opens a vacancy), then E's staff fill its pool.</summary>
    async Task ApproveStaffingPlanAndRecordHeadsAsync(HttpClient api)
    {
        await Eventually.UntilAsync(() => api.GetFromJsonAsync<JsonElement>(Api("staffing", "/quotas/2024")),
            q => q.GetProperty("pools").EnumerateArray().Sum(p => p.GetProperty("schools").GetArrayLength()) == 6, Wait, q => q.ToString());
        await Ok(api.PutAsJsonAsync(Api("staffing", "/settings"), new { countyTotal = 500, version = 0 }));
        await Ok(api.PostAsJsonAsync(Api("staffing", "/plans/2024/approve"), new { version = 0 }));

        var vacancies = await Ok(api.GetAsync(Api("staffing", "/vacancies")));
        var e = vacancies.GetProperty("pools").EnumerateArray().Single(p => p.GetProperty("schoolId").ValueKind == JsonValueKind.String
            && p.GetProperty("schoolId").GetGuid() == _schools["E"]);
        Assert.True(e.GetProperty("vacancies").GetInt32() > 0, e.ToString());
        var heads = $"学校标识码,学段,在编教职工数\nE,,{e.GetProperty("approvedPosts").GetInt32()}\n";
        await Ok(api.PostAsync(Api("staffing", "/head-counts/import"), Csv(heads)));
    }

    /// <summary>
    /// 20 teachers at C for 15 years (2 due to rotate at the 10 % share) and 5 at M; the 2025 plan through review to
    /// approval, which is sent in a trace of the test's own (its id is returned).
    /// </summary>
    async Task<(JsonElement Plan, string ApprovalTrace)> ApproveRotationPlanAsync(HttpClient api)
    {
        await Eventually.UntilAsync(() => api.GetFromJsonAsync<List<JsonElement>>(Api("rotation", "/schools"))!,
            s => s!.Count == 6 && s.Any(x => x.GetProperty("isCore").GetBoolean() && x.GetProperty("id").GetGuid() == _schools["C"]), Wait,
            s => JsonSerializer.Serialize(s));
        var roster = new StringBuilder("姓名,身份证号,岗位类别,学段,任教学科,骨干级别,参加工作时间,学校标识码,到校时间,工作经历,状态\n");
        for (var i = 0; i < 20; i++)
        {
            roster.Append($"城{i},{IdNumbers.For(new DateOnly(1980, 1, 1 + i), female: true, i)},教师,小学,语文,{(i < 2 ? "县级" : "无")},2010-09-01,C,2010-09-01,,\n");
        }

        for (var i = 0; i < 5; i++)
        {
            roster.Append($"乡{i},{IdNumbers.For(new DateOnly(1990, 2, 1 + i), female: false, i)},教师,小学,语文,无,2020-09-01,M,2020-09-01,,\n");
        }

        await Ok(api.PostAsync(Api("rotation", "/people/import"), Csv(roster.ToString())));
        // Processes started by the AppHost read the real clock, so this county sets no notice period: the list is still
        // published (公示), and approval may follow the same day. The notice period itself is tested where time can pass.
        await Ok(api.PutAsJsonAsync(Api("rotation", "/settings"), new { noticeWorkingDays = 0 }));

        var plan = await Ok(api.PostAsJsonAsync(Api("rotation", "/plans"), new { schoolYear = 2025 }));
        async Task Decide(string decision, Guid? party = null, string? traceparent = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Api("rotation", $"/plans/{plan.GetProperty("id").GetGuid()}/reviews"))
            {
                Content = JsonContent.Create(new { decision, party, version = plan.GetProperty("version").GetInt32() }),
            };
            if (traceparent is not null)
            {
                request.Headers.Add("traceparent", traceparent);
            }

            plan = await Ok(api.SendAsync(request));
        }

        await Decide("submit");
        foreach (var party in new[] { "schools", "alliances" }.SelectMany(p => plan.GetProperty("parties").GetProperty(p).EnumerateArray().Select(x => x.GetGuid()).ToList()))
        {
            await Decide("agree", party);
        }

        await Decide("publish");
        Assert.Equal("notice", plan.GetProperty("status").GetString());

        // The caller starts the trace, as a browser or another government system with its own tracing would.
        var (traceparent, traceId) = DashboardTraces.NewContext();
        await Decide("approve", traceparent: traceparent);
        Assert.Equal("approved", plan.GetProperty("status").GetString());
        Assert.True(Outbound(plan).Count >= 2, plan.ToString());
        return (plan, traceId);
    }

    /// <summary>
    /// What an operator sees in the dashboard: the approval is one trace from the gateway's server span through rotation's
    /// request and its outbox publishes to staffing's and evaluation's consumers, which moved the head counts and filled
    /// the secondment list checked above.
    /// </summary>
    async Task TheApprovalIsOneTraceInTheDashboardAsync(string traceId)
    {
        using var dashboard = suite.DashboardApi();
        // Each process exports on its own schedule: a consumer's span can reach the dashboard before the publishing
        // span it hangs from, and the gateway's server span ends (and is exported) after rotation's, so wait until the
        // gateway's span, both consumers and a single root are all there.
        static IEnumerable<(string Service, ActivityKind Kind)> Roots(IReadOnlyList<DashboardTraces.Span> s) =>
            s.Where(x => !s.Any(p => p.SpanId == x.ParentSpanId)).Select(x => (x.Service, x.Kind));
        var spans = await Eventually.UntilAsync(() => DashboardTraces.SpansAsync(dashboard, traceId),
            s => s.Any(x => x.Service == "rotation" && x.Name.StartsWith("outbox publish PersonPlaced", StringComparison.Ordinal))
                && s.Any(x => x.Service == "gateway" && x.Kind == ActivityKind.Server)
                && new[] { "staffing", "evaluation" }.All(c => s.Any(x => x.Service == c && x.Kind == ActivityKind.Consumer))
                && Roots(s).Count() == 1,
            Wait, DashboardTraces.Describe);
        Assert.True(spans.Select(s => s.Service).Distinct().Count() >= 3, DashboardTraces.Describe(spans));
        Assert.Equal(new[] { ("gateway", ActivityKind.Server) }, Roots(spans));
        output.WriteLine($"plan approval, trace {traceId}: {spans.Count} spans from {string.Join(", ", spans.Select(s => s.Service).Distinct())}");
    }

    static List<Guid> Outbound(JsonElement plan) => plan.GetProperty("moves").EnumerateArray()
        .Where(m => m.GetProperty("inReturnFor").ValueKind == JsonValueKind.Null).Select(m => m.GetProperty("personId").GetGuid()).ToList();

    /// <summary>Staffing moves a head for every post-moving placement (none lost); evaluation lists who C seconded to M.</summary>
    async Task PlacementsReachStaffingAndEvaluationAsync(HttpClient api, JsonElement plan)
    {
        var moving = plan.GetProperty("moves").EnumerateArray().Count(m => m.GetProperty("mode").GetString() != "itinerant");
        var changes = await Eventually.UntilAsync(() => api.GetFromJsonAsync<List<JsonElement>>(Api("staffing", "/head-counts/changes?limit=1000"))!,
            c => c!.Count(x => x.GetProperty("reason").GetString() == "placed") >= 2 * moving, Wait, c => JsonSerializer.Serialize(c));
        var placed = changes!.Where(x => x.GetProperty("reason").GetString() == "placed").ToList();
        Assert.Equal(2 * moving, placed.Count);
        Assert.Equal(0, placed.Sum(x => x.GetProperty("delta").GetInt32()));

        var outbound = Outbound(plan);
        var exchanges = await Eventually.UntilAsync(() => api.GetFromJsonAsync<List<JsonElement>>(Api("evaluation", "/exchanges/2025"))!,
            x => x!.Any(s => s.GetProperty("schoolId").GetGuid() == _schools["M"] && s.GetProperty("received").GetInt32() == outbound.Count), Wait,
            x => JsonSerializer.Serialize(x));
        Assert.Equal(outbound.Count, exchanges!.Single(s => s.GetProperty("schoolId").GetGuid() == _schools["C"]).GetProperty("sent").GetInt32());
    }

    /// <summary>
    /// 2025: C's school rates the first seconded teacher 不合格; once finalised, rotation's senior-title check no longer
    /// counts that year, and the teacher comes back (rural service credited). The second seconded teacher's host improves
    /// clearly in the term's last year: finalised excellent, so rotation lets them stay at M for good.
    /// </summary>
    async Task RatingsReachRotationsRulesAsync(HttpClient api, JsonElement plan)
    {
        var (returning, staying) = (Outbound(plan)[0], Outbound(plan)[1]);
        var placements = await api.GetAllAsync(Api("rotation", "/placements?status=active"));
        var stay = placements.Single(p => p.GetProperty("personId").GetGuid() == staying);
        var lastYear = DateOnly.Parse(stay.GetProperty("endOn").GetString()!).Year - 1;
        Assert.True(lastYear >= 2025, stay.ToString());

        await Ok(api.PostAsync(Api("evaluation", "/figures/import"), Csv(Figures(2024, lastYear))));
        var people = await api.GetAllAsync(Api("rotation", "/people"));
        await FinaliseAsync(api, 2025, people, returning);
        var career = await Eventually.UntilAsync(() => api.GetFromJsonAsync<JsonElement>(Api("rotation", $"/people/{returning}/career/senior-title")),
            c => c.ToString().Contains("考核不合格的学年不计", StringComparison.Ordinal), Wait, c => c.ToString());
        Assert.Contains("考核不合格的学年不计：2025", career.ToString());

        var back = placements.Single(p => p.GetProperty("personId").GetGuid() == returning);
        await Ok(api.PostAsJsonAsync(Api("rotation", $"/placements/{back.GetProperty("id").GetGuid()}/return"),
            new { returnedOn = "2026-09-01", version = back.GetProperty("version").GetInt32() }));

        if (lastYear != 2025)
        {
            await FinaliseAsync(api, lastYear, people, returning);
        }

        // The stay is refused until rotation has the finalised excellent rating from the bus.
        await Eventually.UntilAsync(() => api.PostAsJsonAsync(Api("rotation", $"/placements/{stay.GetProperty("id").GetGuid()}/stay"),
            new { version = stay.GetProperty("version").GetInt32() }), r => r.IsSuccessStatusCode, Wait, r => r.StatusCode.ToString());
        var person = await Ok(api.GetAsync(Api("rotation", $"/people/{staying}")));
        Assert.Contains(person.GetProperty("history").EnumerateArray(), h => h.GetProperty("schoolId").GetGuid() == _schools["M"] && !h.GetProperty("byRotation").GetBoolean());
    }

    /// <summary>Every person's proposed rating for the year (the one given 不合格, everyone else 合格), then the bureau finalises.</summary>
    async Task FinaliseAsync(HttpClient api, int year, List<JsonElement> people, Guid failing)
    {
        var csv = new StringBuilder("人员标识,姓名,学校标识码,岗位,拟定等次\n");
        foreach (var p in people)
        {
            var name = p.GetProperty("name").GetString()!;
            var id = p.GetProperty("id").GetGuid();
            csv.Append($"{id},{name},{(name.StartsWith('城') ? "C" : "M")},教师,{(id == failing && year == 2025 ? "不合格" : "合格")}\n");
        }

        await Ok(api.PostAsync(Api("evaluation", $"/ratings/{year}/import"), Csv(csv.ToString())));
        var bundled = await Ok(api.GetAsync(Api("evaluation", $"/bundled/{year}")));
        Assert.Empty(bundled.GetProperty("blocking").EnumerateArray());
        await Ok(api.PostAsync(Api("evaluation", $"/bundled/{year}/finalize"), null));
    }

    /// <summary>C and M every year from first to last; M's academic score is flat until it rises 6 points in the last year.</summary>
    static string Figures(int first, int last)
    {
        var csv = new StringBuilder("学校标识码,学年,学段,在校生数,专任教师数,高于规定学历教师数,县级以上骨干教师数,体育艺术专任教师数,教学及辅助用房面积,体育运动场馆面积,教学仪器设备值,网络多媒体教室数,学业质量,巩固率,家长满意率,社会认可度,回流学生数\n");
        for (var year = first; year <= last; year++)
        {
            csv.Append($"C,{year},小学,1920,110,95,20,18,9000,14000,4000000,42,85,98,95,92,0\n");
            csv.Append($"M,{year},小学,360,22,15,3,3,1600,2600,700000,8,{(year == last ? 76 : 70)},97,93,90,3\n");
        }

        return csv.ToString();
    }

    /// <summary>A re-appointment round sends one of C's teachers to M; a new teacher is hired at E; one of C's teachers retires.</summary>
    async Task ReappointHireAndLoseAsync(HttpClient api)
    {
        var people = (await api.GetAllAsync(Api("rotation", "/people")))
            .Where(p => p.GetProperty("currentSchoolId").GetGuid() == _schools["C"] && p.GetProperty("name").GetString()!.StartsWith('城')).ToList();
        var (applicant, retiring) = (people[^1], people[^2]);
        var round = await Ok(api.PostAsJsonAsync(Api("rotation", "/rounds"), new
        {
            name = "2028年秋季县管校聘", date = "2028-08-15",
            posts = new[] { new { schoolId = _schools["M"], subject = "语文", count = 1 } },
            applicants = new[] { new { personId = applicant.GetProperty("id").GetGuid(), score = 90, crossSchoolChoices = new[] { _schools["M"] }, acceptsPlacement = true } },
        }));
        await Ok(api.PostAsJsonAsync(Api("rotation", $"/rounds/{round.GetProperty("id").GetGuid()}/apply"), new { effectiveOn = "2028-09-01", version = 1 }));

        await Ok(api.PostAsJsonAsync(Api("rotation", "/hires"), new
        {
            name = "新教师", idNumber = IdNumbers.For(new DateOnly(2001, 4, 4), female: true, 30), role = "teacher", stage = "primary",
            subjects = new[] { "语文" }, hiredOn = "2025-08-20", schoolCode = "E", atSchoolSince = "2025-08-20",
        }));
        await Ok(api.PostAsJsonAsync(Api("rotation", $"/people/{retiring.GetProperty("id").GetGuid()}/leave"),
            new { leftOn = "2026-07-31", reason = "retired", version = retiring.GetProperty("version").GetInt32() }));
    }

    /// <summary>东山镇's 120 entrants against E's 45 entry seats: the published plan reports the shortage.</summary>
    async Task PublishZonesWithAShortageAsync(HttpClient api)
    {
        await Ok(api.PostAsync(Api("zoning", "/units/import"), Csv("编码,名称,类型,乡镇,纬度,经度,别名,相邻,年份,小学新生,初中新生\n"
            + "U1,东山村,村,东山镇,30.501,115.301,,U2,2025,70,60\n"
            + "U2,东山花园,小区,东山镇,30.505,115.305,,U1,2025,50,40\n")));
        await Eventually.UntilAsync(() => api.GetFromJsonAsync<JsonElement>(Api("zoning", "/seats/2025")),
            s => s.GetProperty("schools").EnumerateArray().Any(x => x.GetProperty("schoolId").GetGuid() == _schools["E"] && x.GetProperty("seats").GetInt32() == 45),
            Wait, s => s.ToString());
        var plan = await Ok(api.PostAsJsonAsync(Api("zoning", "/plans"), new { schoolYear = 2025, stage = "primary", townships = new[] { "东山镇" } }));
        Assert.Equal(75, plan.GetProperty("shortage").GetInt32());
        var id = plan.GetProperty("id").GetGuid();
        await Ok(api.PostAsJsonAsync(Api("zoning", $"/plans/{id}/approve"), new { version = 1 }));
        await Ok(api.PostAsJsonAsync(Api("zoning", $"/plans/{id}/publish"), new { version = 2 }));
    }
}
