using EduPlatform.Tests;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.DemoCounty;
using EduPlatform.Standalone;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.Standalone.Tests;

/// <summary>The standalone suite as a newcomer runs it: Development, demo data, a token from /dev/token, then the API.</summary>
public sealed class DemoCountyTests : IClassFixture<DemoCountyTests.StandaloneApp>
{
    readonly StandaloneApp _app;

    public DemoCountyTests(StandaloneApp app) => _app = app;

    /// <summary>On Kestrel, as the host runs: the demo loader reaches the API through the host's own address.</summary>
    public sealed class StandaloneApp : WebApplicationFactory<Program>
    {
        public StandaloneApp() => UseKestrel(0);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Data:Folder", Path.Combine(Path.GetTempPath(), $"eduplatform-standalone-tests-{Guid.NewGuid():N}"));
            builder.UseSetting("Demo:Load", "true");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        /// <summary>The suite's clock: the real one until a test lets a public notice period pass.</summary>
        public TestClock Clock { get; } = new();
    }

    Task<HttpClient> CountyAdminAsync() => CountyAdminAsync(_app);

    internal static async Task<HttpClient> CountyAdminAsync(StandaloneApp app)
    {
        var client = app.CreateClient();
        // The demo loads after start-up; loading it again here is idempotent and tells us when it is done.
        await app.Services.GetServices<IHostedService>().OfType<DemoCounty>().Single().LoadAsync(CancellationToken.None);
        var token = await client.PostAsJsonAsync("/dev/token", new { roles = new[] { "county-admin" }, counties = new[] { DemoCountyLoader.CountyCode } });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var value = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", value);
        return client;
    }

    [Fact]
    public async Task The_demo_county_has_Xishuis_21_fused_alliances_4_junior_10_primary_7_kindergarten()
    {
        var client = await CountyAdminAsync();
        var alliances = await client.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{DemoCountyLoader.CountyCode}/alliances");

        Assert.Equal(21, alliances.GetArrayLength());
        var byStage = alliances.EnumerateArray().GroupBy(a => a.GetProperty("stage").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(4, byStage["junior"]);
        Assert.Equal(10, byStage["primary"]);
        Assert.Equal(7, byStage["kindergarten"]);
        Assert.All(alliances.EnumerateArray(), a =>
        {
            Assert.Equal("fused", a.GetProperty("kind").GetString());
            var members = a.GetProperty("campuses").GetArrayLength() - 1;
            Assert.InRange(members, 3, 5); // [000] 1 core + 3–5 members
        });
    }

    [Fact]
    public async Task Every_public_compulsory_school_and_public_kindergarten_is_a_campus()
    {
        var client = await CountyAdminAsync();
        var alliances = await client.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{DemoCountyLoader.CountyCode}/alliances");
        var campuses = alliances.EnumerateArray().SelectMany(a => a.GetProperty("campuses").EnumerateArray())
            .Select(c => c.GetProperty("schoolId").GetGuid()).ToList();
        var schools = (await client.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{DemoCountyLoader.CountyCode}/schools?limit=500"))
            .GetProperty("items").EnumerateArray().ToList();

        var expected = schools.Where(s => s.GetProperty("isPublic").GetBoolean() && s.GetProperty("stage").GetString() != "senior-high")
            .Select(s => s.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(expected.Order(), campuses.Order());
        Assert.Equal(campuses.Count, campuses.Distinct().Count());
        var membersWithoutLegalPerson = schools.Count(s => !s.GetProperty("isLegalPerson").GetBoolean());
        Assert.Equal(campuses.Count - 21, membersWithoutLegalPerson);
    }

    [Fact]
    public async Task A_newcomer_forms_an_alliance_and_gets_a_clear_409_for_an_invalid_one()
    {
        // Its own suite, so the county the other tests count stays as the demo loaded it.
        await using var app = new StandaloneApp();
        var client = await CountyAdminAsync(app);
        var url = $"/api/organization/counties/{DemoCountyLoader.CountyCode}";
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        async Task<Guid> Register(string code, string locality) =>
            (await (await client.PostAsJsonAsync($"{url}/schools", new { code, name = $"新建学校{code}", stage = "primary", locality, township = "东山镇" }, options))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var core = await Register("N0", "urban");
        var members = new[] { await Register("N1", "rural"), await Register("N2", "rural"), await Register("N3", "rural") };

        var invalid = await client.PostAsJsonAsync($"{url}/alliances", new { name = "不合规", kind = "fused", coreSchoolId = core, memberSchoolIds = members.Take(2), formedOn = "2025-09-01" });
        Assert.Equal(HttpStatusCode.Conflict, invalid.StatusCode);
        Assert.Equal("alliance.members.min", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());

        var formed = await client.PostAsJsonAsync($"{url}/alliances", new { name = "新教联体", kind = "fused", coreSchoolId = core, memberSchoolIds = members, formedOn = "2025-09-01" });
        Assert.Equal(HttpStatusCode.Created, formed.StatusCode);
        Assert.Equal(22, (await client.GetFromJsonAsync<JsonElement>($"{url}/alliances")).GetArrayLength());
    }

    [Fact]
    public async Task Staffing_learns_the_demo_county_through_the_bus_and_pools_each_fused_alliance()
    {
        var client = await CountyAdminAsync();
        var table = await DemoQuotasAsync(client);

        var pools = table.GetProperty("pools").EnumerateArray().ToList();
        Assert.Equal(21, pools.Count(p => p.GetProperty("kind").GetString() == "fused"));
        // 21 fused pools and the public senior high on its own; the two private schools have no quota.
        Assert.Equal(22, pools.Count);
        Assert.Equal(2, table.GetProperty("issues").EnumerateArray().Count(i => i.GetProperty("rule").GetString() == "staffing.private-no-quota"));
        Assert.Equal(table.GetProperty("total").GetInt32(), pools.Sum(p => p.GetProperty("posts").GetInt32()));
        // Nine-year campuses are split by grade band, from the demo's per-grade statistics.
        Assert.DoesNotContain(table.GetProperty("issues").EnumerateArray(), i => i.GetProperty("rule").GetString() == "staffing.nine-year.grades-missing");
        var lines = pools.SelectMany(p => p.GetProperty("schools").EnumerateArray()).SelectMany(s => s.GetProperty("lines").EnumerateArray());
        Assert.Equal(3, lines.Count(l => l.GetProperty("basis").GetString()!.Contains("7–9 年级")));
        Assert.Equal(DemoCountyLoader.CountyStaffingTotal, table.GetProperty("countyTotal").GetInt32());
        Assert.True(table.GetProperty("total").GetInt32() <= DemoCountyLoader.CountyStaffingTotal,
            $"the demo's standard quotas ({table.GetProperty("total").GetInt32()}) fit its county total");
    }

    [Fact]
    public async Task The_staffing_office_moves_quota_approves_the_plan_and_vacancies_appear()
    {
        await using var app = new StandaloneApp();
        var client = await CountyAdminAsync(app);
        var url = $"/api/staffing/counties/{DemoCountyLoader.CountyCode}";
        await DemoQuotasAsync(client); // the plan is drawn from the whole county, so wait until staffing has all of it

        var moved = await client.PutAsJsonAsync($"{url}/plans/2024/moves", new { moves = new Dictionary<string, int> { ["primary"] = -20, ["kindergarten"] = 20 }, version = 0 });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var approved = await client.PostAsJsonAsync($"{url}/plans/2024/approve", new { version = 1 });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var view = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", view.GetProperty("status").GetString());
        Assert.Equal(view.GetProperty("standardTotal").GetInt32(), view.GetProperty("plannedTotal").GetInt32());

        var vacancies = await client.GetFromJsonAsync<JsonElement>($"{url}/vacancies");
        Assert.Equal(2024, vacancies.GetProperty("schoolYear").GetInt32());
        Assert.Equal(view.GetProperty("plannedTotal").GetInt32(), vacancies.GetProperty("vacancies").GetInt32()); // no staff recorded yet
        var export = await client.GetAsync($"{url}/plans/2024/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task Rotation_learns_the_demo_schools_and_their_core_schools_through_the_bus()
    {
        var client = await CountyAdminAsync();
        List<JsonElement> schools = [];
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            schools = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/rotation/counties/{DemoCountyLoader.CountyCode}/schools"))!;
            if (schools.Count == 115 && schools.Count(s => s.GetProperty("isCore").GetBoolean()) == 21)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal(115, schools.Count);
        Assert.Equal(21, schools.Count(s => s.GetProperty("isCore").GetBoolean()));
        Assert.All(schools, s => Assert.Contains(s.GetProperty("locality").GetString(), new[] { "urban", "town", "rural" }));
    }

    // Issue 4's "done when": a bureau user sees who must rotate and why, draws a county plan that meets the targets, approves
    // it, and the placements reach staffing's head counts.
    [Fact]
    public async Task The_bureau_sees_who_must_rotate_draws_a_plan_that_meets_the_targets_and_approval_reaches_staffing()
    {
        await using var app = new StandaloneApp();
        var client = await CountyAdminAsync(app);
        var rotation = $"/api/rotation/counties/{DemoCountyLoader.CountyCode}";

        var people = await client.GetAllAsync($"{rotation}/people");
        Assert.InRange(people.Count, 3000, 6000);
        var report = await client.GetFromJsonAsync<JsonElement>($"{rotation}/eligibility/{DemoCountyLoader.RosterYear}?status=must-rotate");
        var due = report.GetProperty("people").EnumerateArray().ToList();
        Assert.InRange(due.Count, people.Count / 5, people.Count / 2); // years at one school are spread; about a third reach six
        Assert.All(due, d => Assert.StartsWith("须交流：", d.GetProperty("explanation").GetString()));

        var plan = await ApproveRotationPlanAsync(app, client, draft =>
        {
            Assert.Empty(draft.GetProperty("shortfalls").EnumerateArray());
            // 城镇学校、优质学校…不低于10% [national 2014]: one share per sending school (the 21 core schools), all met.
            var shares = draft.GetProperty("targets").EnumerateArray().Where(t => t.GetProperty("target").GetString() == "target.share-of-eligible").ToList();
            Assert.True(shares.Count >= 21, $"{shares.Count} sending schools with a share");
            Assert.Equal(shares.Count, shares.Select(t => t.GetProperty("scope").GetString()).Distinct().Count());
            Assert.True(shares.Sum(t => t.GetProperty("required").GetInt32()) > 20, "10% of the demo's eligible teachers");
            Assert.Equal(shares.Count, draft.GetProperty("targets").EnumerateArray().Count(t => t.GetProperty("target").GetString() == "target.backbone-share"));
        });
        Assert.Equal("approved", plan.GetProperty("status").GetString());

        // 走教送教…为农村学校解决体音美等学科教师紧缺问题 [000]: the members asked for the PE, music and art teachers they lack;
        // the core schools' teachers of those subjects go itinerant, each with a five-day week, its travel and its campuses' days.
        var itinerant = plan.GetProperty("moves").EnumerateArray().Where(m => m.GetProperty("mode").GetString() == "itinerant").ToList();
        Assert.NotEmpty(itinerant);
        var itineraries = await client.GetFromJsonAsync<JsonElement>($"{rotation}/plans/{plan.GetProperty("id").GetGuid()}/itineraries");
        var teachers = itineraries.GetProperty("teachers").EnumerateArray().ToList();
        Assert.Equal(itinerant.Count, teachers.Count);
        Assert.All(teachers, t =>
        {
            Assert.Equal(5, t.GetProperty("week").GetArrayLength());
            Assert.Equal(5, t.GetProperty("campuses").EnumerateArray().Sum(c => c.GetProperty("days").GetInt32()));
            Assert.True(t.GetProperty("weeklyKm").GetDouble() > 0, t.ToString());
        });
        Assert.NotEmpty(itineraries.GetProperty("campuses").EnumerateArray());
        TestContext.Current.TestOutputHelper?.WriteLine($"itinerant teachers {teachers.Count}, campuses visited {itineraries.GetProperty("campuses").GetArrayLength()}, "
            + $"needs not reached {itineraries.GetProperty("unserved").GetArrayLength()}; first: {teachers[0]}");
        var workbook = await client.GetAsync($"{rotation}/plans/{plan.GetProperty("id").GetGuid()}/itineraries/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);

        var moves = plan.GetProperty("moves").EnumerateArray().Count(m => m.GetProperty("mode").GetString() != "itinerant");
        List<JsonElement> changes = [];
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (changes.Count < 2 * moves && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            changes = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/staffing/counties/{DemoCountyLoader.CountyCode}/head-counts/changes?limit=1000"))!;
        }

        Assert.Equal(2 * moves, changes.Count(c => c.GetProperty("reason").GetString() == "placed"));
        Assert.Equal(0, changes.Sum(c => c.GetProperty("delta").GetInt32())); // every placement moves a head, none is lost
    }

    /// <summary>Draws the county's rotation plan for the roster year and takes it through review to approval (placements published).</summary>
    internal static async Task<JsonElement> ApproveRotationPlanAsync(StandaloneApp app, HttpClient client, Action<JsonElement>? checkDraft = null)
    {
        var rotation = $"/api/rotation/counties/{DemoCountyLoader.CountyCode}";
        var created = await client.PostAsJsonAsync($"{rotation}/plans", new { schoolYear = DemoCountyLoader.RosterYear });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();
        checkDraft?.Invoke(plan);

        async Task Decide(string decision, Guid? party = null)
        {
            var response = await client.PostAsJsonAsync($"{rotation}/plans/{plan.GetProperty("id").GetGuid()}/reviews",
                new { decision, party, version = plan.GetProperty("version").GetInt32() });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        await Decide("submit");
        foreach (var school in plan.GetProperty("parties").GetProperty("schools").EnumerateArray().Select(x => x.GetGuid()).ToList())
        {
            await Decide("agree", school);
        }

        foreach (var alliance in plan.GetProperty("parties").GetProperty("alliances").EnumerateArray().Select(x => x.GetGuid()).ToList())
        {
            await Decide("agree", alliance);
        }

        // 公示: the list goes up for the county's five working days, approval is refused until they have passed.
        await Decide("publish");
        Assert.Equal("notice", plan.GetProperty("status").GetString());
        var until = DateOnly.Parse(plan.GetProperty("notice").GetProperty("until").GetString()!);
        var early = await client.PostAsJsonAsync($"{rotation}/plans/{plan.GetProperty("id").GetGuid()}/reviews",
            new { decision = "approve", version = plan.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains($"公示期至 {until:yyyy-MM-dd}", await early.Content.ReadAsStringAsync());
        app.Clock.Advance(until.AddDays(1).ToDateTime(TimeOnly.MinValue) - app.Clock.GetUtcNow().UtcDateTime.Date);
        await Decide("approve");
        return plan;
    }

    // Issue 6's "done when": the bureau sees the county's balance table, each alliance's bundled result and the ratings it
    // caps, splits a reward fund, and finalising publishes the ratings rotation uses — placements go rotation → evaluation
    // and ratings come back evaluation → rotation, over the bus.
    [Fact]
    public async Task The_bureau_sees_the_balance_table_and_bundled_results_splits_rewards_and_finalised_ratings_reach_rotation()
    {
        await using var app = new StandaloneApp();
        var client = await CountyAdminAsync(app);
        var evaluation = $"/api/evaluation/counties/{DemoCountyLoader.CountyCode}";
        var year = DemoCountyLoader.RosterYear;

        var balance = await client.GetFromJsonAsync<JsonElement>($"{evaluation}/balance/{year}");
        var stages = balance.GetProperty("county").GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["primary", "junior"], stages.Select(st => st.GetProperty("stage").GetString()));
        Assert.All(stages, st => Assert.Equal(7, st.GetProperty("indicators").EnumerateArray().Count(i =>
            i.GetProperty("coefficient").GetDouble() is > 0 and < 1 && i.GetProperty("passes").ValueKind is JsonValueKind.True or JsonValueKind.False)));
        Assert.Contains(stages[0].GetProperty("excluded").EnumerateArray(), e => e.GetProperty("reason").GetString()!.StartsWith("教学点", StringComparison.Ordinal));
        Assert.Equal(14, balance.GetProperty("alliances").GetArrayLength()); // the 4 junior and 10 primary alliances

        var plan = await ApproveRotationPlanAsync(app, client);
        // The approval and its placements reach evaluation as separate events: wait until the exchanged people have stopped
        // changing for a second and nothing blocks, not merely until the first placement arrived.
        JsonElement bundled;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var (exchanged, stableSince) = (-1, DateTime.UtcNow);
        while (true)
        {
            await Task.Delay(200);
            bundled = await client.GetFromJsonAsync<JsonElement>($"{evaluation}/bundled/{year}");
            var now = bundled.GetProperty("alliances").EnumerateArray().Sum(a => a.GetProperty("exchangedPeople").GetInt32());
            if (now != exchanged)
            {
                (exchanged, stableSince) = (now, DateTime.UtcNow);
            }

            var settled = exchanged > 0 && bundled.GetProperty("blocking").GetArrayLength() == 0 && DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(1);
            if (settled || DateTime.UtcNow > deadline)
            {
                break;
            }
        }

        var alliances = bundled.GetProperty("alliances").EnumerateArray().ToList();
        Assert.Equal(14, alliances.Count); // kindergarten alliances have their own reviews
        Assert.All(alliances, a => Assert.Contains(a.GetProperty("outcome").GetString(), new[] { "clear", "some", "none", "decline" }));
        Assert.All(alliances, a => Assert.Contains(a.GetProperty("ratings").EnumerateArray(), r => r.GetProperty("basis").GetString() == "core-principal"));
        var seconded = alliances.SelectMany(a => a.GetProperty("ratings").EnumerateArray()).Where(r => r.GetProperty("basis").GetString() == "seconded").ToList();
        Assert.NotEmpty(seconded);
        Assert.Empty(bundled.GetProperty("blocking").EnumerateArray());
        var moved = plan.GetProperty("moves").EnumerateArray().Select(m => m.GetProperty("personId").GetGuid()).ToHashSet();
        Assert.All(seconded, r => Assert.Contains(r.GetProperty("personId").GetGuid(), moved));

        var rewards = await client.PostAsJsonAsync($"{evaluation}/rewards/{year}", new { fund = 3_000_000 });
        Assert.Equal(HttpStatusCode.OK, rewards.StatusCode);
        var units = (await rewards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(5, units.Count);
        Assert.Equal(3_000_000, units.Sum(u => u.GetProperty("award").GetInt64()));
        Assert.All(units, u => Assert.True(u.GetProperty("toExchanged").GetInt64() <= u.GetProperty("award").GetInt64() * 0.6));

        // One seconded teacher's school rates them 不合格; once finalised, rotation no longer counts that year of service (an
        // itinerant teacher keeps the home post, so has no year at the host to lose: one placed at the host is chosen).
        var placedAtHost = plan.GetProperty("moves").EnumerateArray().Where(m => m.GetProperty("mode").GetString() != "itinerant")
            .Select(m => m.GetProperty("personId").GetGuid()).ToHashSet();
        var person = seconded.First(r => placedAtHost.Contains(r.GetProperty("personId").GetGuid()));
        var personId = person.GetProperty("personId").GetGuid();
        var rotation = $"/api/rotation/counties/{DemoCountyLoader.CountyCode}";
        var before = await client.GetFromJsonAsync<JsonElement>($"{rotation}/people/{personId}/career/senior-title");
        Assert.DoesNotContain("rated below competent", before.ToString());
        var schoolCode = (await client.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{DemoCountyLoader.CountyCode}/schools/{person.GetProperty("schoolId").GetGuid()}"))
            .GetProperty("code").GetString();
        var csv = $"人员标识,姓名,学校标识码,岗位,拟定等次\n{personId},{person.GetProperty("name").GetString()},{schoolCode},教师,不合格\n";
        var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "ratings.csv" } };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{evaluation}/ratings/{year}/import", form)).StatusCode);

        var finalised = await client.PostAsync($"{evaluation}/bundled/{year}/finalize", null);
        Assert.Equal(HttpStatusCode.OK, finalised.StatusCode);
        JsonElement after;
        deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(200);
            after = await client.GetFromJsonAsync<JsonElement>($"{rotation}/people/{personId}/career/senior-title");
        }
        while (!after.ToString().Contains("考核不合格的学年不计", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains($"考核不合格的学年不计：{year}", after.ToString());
    }

    [Fact]
    public async Task Zoning_learns_the_demo_schools_and_counts_entry_seats_from_last_autumn()
    {
        var client = await CountyAdminAsync();
        JsonElement seats;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            seats = await client.GetFromJsonAsync<JsonElement>($"/api/zoning/counties/{DemoCountyLoader.CountyCode}/seats/2025");
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline && seats.GetProperty("schools").EnumerateArray().Count(s => s.GetProperty("seats").GetInt32() > 0) < 80);

        var schools = seats.GetProperty("schools").EnumerateArray().ToList();
        Assert.Equal(87, schools.Count); // 84 public compulsory schools, the 3 nine-year ones with both stages
        Assert.True(schools.Count(s => s.GetProperty("seats").GetInt32() > 0) >= 80, $"{schools.Count(s => s.GetProperty("seats").GetInt32() > 0)} schools with seats");
        Assert.All(schools, s => Assert.Equal(s.GetProperty("entryClasses").GetInt32() * s.GetProperty("classSize").GetInt32(), s.GetProperty("seats").GetInt32()));
        Assert.All(seats.GetProperty("stages").EnumerateArray(), s => Assert.True(s.GetProperty("seats").GetInt32() > 0));
    }

    /// <summary>
    /// Staffing's quota table once every alliance, school and per-grade report of the demo has arrived over the bus:
    /// 21 fused pools, 113 public schools with a quota, and only the two private schools left as issues.
    /// </summary>
    static async Task<JsonElement> DemoQuotasAsync(HttpClient client)
    {
        JsonElement table;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            table = await client.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{DemoCountyLoader.CountyCode}/quotas/2024");
            var pools = table.GetProperty("pools").EnumerateArray().ToList();
            if (pools.Count(p => p.GetProperty("kind").GetString() == "fused") == 21
                && pools.Sum(p => p.GetProperty("schools").GetArrayLength()) == 113
                && table.GetProperty("issues").EnumerateArray().All(i => i.GetProperty("rule").GetString() == "staffing.private-no-quota"))
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        return table;
    }

    [Fact]
    public void Only_the_public_look_up_and_the_host_endpoints_are_anonymous()
    {
        var routes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var anonymous = routes.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.RoutePattern.RawText!).ToList();
        var api = routes.Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        Assert.True(api.Count > 50, $"only {api.Count} API routes found");
        Assert.Equal(["/api/zoning/public/counties/{countyCode}/lookup"], anonymous.Where(r => r.StartsWith("/api/", StringComparison.Ordinal)));
        var console = routes.Where(e => e.Metadata.GetMetadata<EduPlatform.WebConsole.WebConsoleEndpoint>() is not null).Select(e => e.RoutePattern.RawText!).ToHashSet();
        Assert.All(anonymous.Where(r => !r.StartsWith("/api/", StringComparison.Ordinal) && !console.Contains(r)), r => Assert.Matches("^/(health|alive|openapi/|dev/token)", r));
        // The web console's open doors: its sign-in, the public enrolment page, "not found", and its static files.
        var consolePages = anonymous.Where(console.Contains).Where(r => !System.Text.RegularExpressions.Regex.IsMatch(r, @"\.[a-z0-9]+(\.gz|\.br)?$")).Order().ToList();
        Assert.Equal(["/console/sign-in", "/console/sign-in/oidc", "/enrol/{County}", "/login", "/not-found"], consolePages);
        Assert.All(api.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null),
            e => Assert.NotEmpty(e.Metadata.GetOrderedMetadata<IAuthorizeData>()));
    }

    // Issue 5's "done when": the bureau draws the county town's 12 zones (8 primary, 4 junior), compares a second version,
    // publishes, and a parent's anonymous look-up answers from the published plan.
    [Fact]
    public async Task The_bureau_zones_the_county_town_publishes_and_a_parent_looks_up_an_address()
    {
        await using var app = new StandaloneApp();
        var client = await CountyAdminAsync(app);
        var url = $"/api/zoning/counties/{DemoCountyLoader.CountyCode}/plans";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement primary, junior;
        while (true)
        {
            primary = await (await client.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "primary", townships = new[] { "清泉镇" } })).Content.ReadFromJsonAsync<JsonElement>();
            if (primary.TryGetProperty("zones", out var z) && z.GetArrayLength() == 8 || DateTime.UtcNow > deadline)
            {
                break; // zoning learns the schools and their terms over the bus
            }

            await Task.Delay(300);
        }

        junior = await (await client.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "junior", townships = new[] { "清泉镇" } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(8, primary.GetProperty("zones").GetArrayLength());
        Assert.Equal(4, junior.GetProperty("zones").GetArrayLength());
        foreach (var plan in new[] { primary, junior })
        {
            Assert.Equal(155, plan.GetProperty("assignments").GetArrayLength());
            Assert.Equal(0, plan.GetProperty("shortage").GetInt32());
            Assert.All(plan.GetProperty("zones").EnumerateArray(), z => Assert.True(z.GetProperty("units").GetInt32() > 0));
            await client.PostAsJsonAsync($"{url}/{plan.GetProperty("id")}/approve", new { version = 1 });
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"{url}/{plan.GetProperty("id")}/publish", new { version = 2 })).StatusCode);
        }

        // The next version: one school plans a class less; the comparison shows who would change school.
        var first = primary.GetProperty("zones")[0].GetProperty("schools")[0].GetGuid();
        await client.PutAsJsonAsync($"/api/zoning/counties/{DemoCountyLoader.CountyCode}/entry-classes/2025", new object[] { new { schoolId = first, classes = 6 } });
        var second = await (await client.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "primary", townships = new[] { "清泉镇" } })).Content.ReadFromJsonAsync<JsonElement>();
        var comparison = await client.GetFromJsonAsync<JsonElement>($"{url}/{second.GetProperty("id")}/compare");
        Assert.Equal(primary.GetProperty("id").GetGuid(), comparison.GetProperty("comparedWith").GetGuid());
        Assert.Equal(8, comparison.GetProperty("schools").GetArrayLength());
        Assert.InRange(comparison.GetProperty("childrenChangingSchool").GetInt32(), 1, second.GetProperty("stabilityCap").GetInt32());

        var parent = app.CreateClient();
        var unit = primary.GetProperty("assignments")[0];
        var units = await client.GetAllAsync($"/api/zoning/counties/{DemoCountyLoader.CountyCode}/units");
        var name = units.Single(u => u.GetProperty("id").GetGuid() == unit.GetProperty("unitId").GetGuid()).GetProperty("name").GetString();
        var answer = await parent.GetFromJsonAsync<JsonElement>(
            $"/api/zoning/public/counties/{DemoCountyLoader.CountyCode}/lookup?q={Uri.EscapeDataString($"湖北省浠水县清泉镇{name}３号楼２单元")}");
        var stages = answer.GetProperty("stages").EnumerateArray().ToDictionary(x => x.GetProperty("stage").GetString()!);
        Assert.Equal(primary.GetProperty("id").GetGuid(), stages["primary"].GetProperty("planId").GetGuid()); // the published version, not the new draft
        Assert.Equal(unit.GetProperty("schoolId").GetGuid(), stages["primary"].GetProperty("schools")[0].GetProperty("id").GetGuid());
        Assert.Equal(junior.GetProperty("id").GetGuid(), stages["junior"].GetProperty("planId").GetGuid());
    }

    // Issue 23: the demo county's primaries are all allied (10 alliances from 15 May 2023), so a proposal regroups none of
    // them, even dated before that day (a school joining an alliance later could not be in another of the kind), and names
    // the private school as out of a fused alliance [003].
    [Fact]
    public async Task A_proposal_for_the_demo_county_leaves_its_allied_primaries_alone()
    {
        var client = await CountyAdminAsync();
        var response = await client.PostAsJsonAsync($"/api/organization/counties/{DemoCountyLoader.CountyCode}/formation-proposals",
            new { stage = "primary", formedOn = "2023-05-01", timeLimitSeconds = 2 });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());

        Assert.Equal(60, body.GetProperty("alreadyAllied").GetInt32());
        Assert.Equal(1, body.GetProperty("considered").GetInt32());
        Assert.Equal(0, body.GetProperty("alliances").GetArrayLength());
        var left = Assert.Single(body.GetProperty("unplaced").EnumerateArray());
        Assert.Equal("not-eligible", left.GetProperty("reason").GetString());
        Assert.Contains("民办", left.GetProperty("explanation").GetString());
    }
}
