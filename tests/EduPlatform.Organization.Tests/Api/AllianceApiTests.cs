using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Contracts.Organization;
using EduPlatform.Organization.Domain;
using EduPlatform.ServiceDefaults;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Organization.Tests.Api;

public sealed class AllianceApiTests(OrganizationApp app) : IClassFixture<OrganizationApp>
{
    ITestHarness Harness => app.Services.GetRequiredService<ITestHarness>();

    static string Url(string county, Guid? alliance = null, string tail = "") =>
        $"/api/organization/counties/{county}/alliances{(alliance is { } id ? $"/{id}" : "")}{tail}";

    [Fact]
    public async Task Forming_a_fused_alliance_removes_the_members_legal_persons_and_says_so()
    {
        var (county, admin) = await app.NewCountyAsync();
        var (core, members) = await admin.RegisterGroup(county, 3);

        var alliance = await admin.Form(county, core, members).Expect(HttpStatusCode.Created);
        var id = alliance.GetProperty("id").GetGuid();

        Assert.Equal("fused", alliance.GetProperty("category").GetString());
        var campuses = alliance.GetProperty("campuses").EnumerateArray().ToList();
        Assert.Equal(4, campuses.Count);
        Assert.Equal("core", campuses[0].GetProperty("role").GetString());
        Assert.True(campuses[0].GetProperty("isLegalPerson").GetBoolean());
        Assert.All(campuses.Skip(1), c => Assert.False(c.GetProperty("isLegalPerson").GetBoolean()));
        Assert.EndsWith("教育联合体", alliance.GetProperty("sign").GetString());

        var formed = Assert.Single(await Published.Wait<AllianceFormed>(Harness, m => m.AllianceId == id)).Context.Message;
        Assert.Equal(members.Order(), formed.MemberSchoolIds.Order());
        Assert.Equal(new DateOnly(2023, 5, 15), formed.EffectiveOn);
        Assert.Equal("fused", formed.Kind);
        var removed = await Published.Wait<LegalPersonRemoved>(Harness, m => m.AllianceId == id, atLeast: members.Count);
        Assert.Equal(members.Order(), removed.Select(r => r.Context.Message.SchoolId).Order());
    }

    [Fact]
    public async Task A_broken_composition_rule_is_409_naming_the_rule_and_its_source()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");
        var (core, members) = await admin.RegisterGroup(county, 2);

        var problem = await admin.Form(county, core, members).Expect(HttpStatusCode.Conflict);

        Assert.Equal("alliance.members.min", problem.GetProperty("rule").GetString());
        Assert.Contains("至少需要 3 所", problem.GetProperty("detail").GetString());
        var violation = problem.GetProperty("violations")[0];
        Assert.Contains("[000]", violation.GetProperty("source").GetString());
        var list = await admin.GetAsync(Url(county)).Expect(HttpStatusCode.OK);
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Mixed_stages_and_a_rural_core_are_refused_together()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");
        var core = await admin.Register(county, "R0", Stage.Primary, Locality.Rural);
        var members = new List<Guid>
        {
            await admin.Register(county, "R1"), await admin.Register(county, "R2"), await admin.Register(county, "R3", Stage.Junior),
        };

        var problem = await admin.Form(county, core, members).Expect(HttpStatusCode.Conflict);
        var rules = problem.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()).ToList();
        Assert.Equal(["alliance.core.urban", "alliance.stage.same"], rules);
    }

    [Fact]
    public async Task A_school_already_in_a_fused_alliance_cannot_join_another()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");
        var (core, members) = await admin.RegisterGroup(county, 3);
        await admin.Form(county, core, members).Expect(HttpStatusCode.Created);
        var secondCore = await admin.Register(county, "S0", Stage.Primary, Locality.Urban);
        var others = new List<Guid> { await admin.Register(county, "S1"), await admin.Register(county, "S2"), members[0] };

        var problem = await admin.Form(county, secondCore, others, name: "第二教联体").Expect(HttpStatusCode.Conflict);
        Assert.Equal("alliance.membership.one-per-kind", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Input_errors_are_400_and_unknown_schools_are_named()
    {
        var (county, admin) = await app.NewCountyAsync();
        var (core, members) = await admin.RegisterGroup(county, 3);

        var missing = await admin.PostAsJsonAsync(Url(county), new { name = "x", memberSchoolIds = members }, OrganizationApp.Json).Expect(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("coreSchoolId", out _));

        var coreTwice = await admin.Form(county, core, members.Append(core)).Expect(HttpStatusCode.BadRequest);
        Assert.True(coreTwice.GetProperty("errors").TryGetProperty("memberSchoolIds", out _));

        var stranger = Guid.NewGuid();
        var unknown = await admin.Form(county, core, members.Take(2).Append(stranger)).Expect(HttpStatusCode.BadRequest);
        Assert.Contains(stranger.ToString(), unknown.GetProperty("errors").GetProperty("memberSchoolIds")[0].GetString());
    }

    [Fact]
    public async Task Members_join_and_leave_on_dates_and_the_history_answers_which_alliance_on_a_day()
    {
        var (county, admin) = await app.NewCountyAsync();
        var (core, members) = await admin.RegisterGroup(county, 4);
        var alliance = await admin.Form(county, core, members.Take(3), formedOn: "2023-05-15").Expect(HttpStatusCode.Created);
        var id = alliance.GetProperty("id").GetGuid();
        var late = members[3];

        alliance = await admin.PostAsJsonAsync(Url(county, id, "/members"), new { schoolId = late, effectiveOn = "2024-03-01", version = 1 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.OK);
        Assert.Equal(2, alliance.GetProperty("version").GetInt32());
        alliance = await admin.PostAsJsonAsync(Url(county, id, $"/members/{members[0]}/leave"), new { effectiveOn = "2024-08-31", version = 2 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.OK);
        Assert.Equal(3, alliance.GetProperty("campuses").GetArrayLength() - 1);
        Assert.Equal(members[0], alliance.GetProperty("formerCampuses")[0].GetProperty("schoolId").GetGuid());

        async Task<int> InAllianceOn(Guid school, string day) =>
            (await admin.GetAsync($"/api/organization/counties/{county}/schools/{school}/alliances?on={day}").Expect(HttpStatusCode.OK)).GetArrayLength();

        Assert.Equal(1, await InAllianceOn(members[0], "2024-08-30"));
        Assert.Equal(0, await InAllianceOn(members[0], "2024-09-01"));
        Assert.Equal(0, await InAllianceOn(late, "2023-09-01"));
        Assert.Equal(1, await InAllianceOn(late, "2024-09-01"));
        var history = await admin.GetAsync($"/api/organization/counties/{county}/schools/{members[0]}/alliances").Expect(HttpStatusCode.OK);
        Assert.Equal("2024-08-31", history[0].GetProperty("leftOn").GetString());

        var changes = await Published.Wait<AllianceMembershipChanged>(Harness, m => m.AllianceId == id && m.Change == "left");
        var left = Assert.Single(changes).Context.Message;
        Assert.DoesNotContain(members[0], left.MemberSchoolIds);
        Assert.Contains(late, left.MemberSchoolIds);
        Assert.NotEmpty(await Published.Wait<LegalPersonRestored>(Harness, m => m.SchoolId == members[0]));
        var school = await admin.GetAsync($"/api/organization/counties/{county}/schools/{members[0]}").Expect(HttpStatusCode.OK);
        Assert.True(school.GetProperty("isLegalPerson").GetBoolean());
    }

    [Fact]
    public async Task Changes_with_a_stale_version_or_dated_before_the_last_change_are_refused()
    {
        var (county, admin) = await app.NewCountyAsync();
        var (core, members) = await admin.RegisterGroup(county, 4);
        var id = (await admin.Form(county, core, members.Take(3), formedOn: "2024-05-01").Expect(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var stale = await admin.PostAsJsonAsync(Url(county, id, "/members"), new { schoolId = members[3], effectiveOn = "2024-09-01", version = 7 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.Conflict);
        Assert.Equal(1, stale.GetProperty("currentVersion").GetInt32());
        var backdated = await admin.PostAsJsonAsync(Url(county, id, "/members"), new { schoolId = members[3], effectiveOn = "2024-01-01", version = 1 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.BadRequest);
        Assert.True(backdated.GetProperty("errors").TryGetProperty("effectiveOn", out _));
        var belowMinimum = await admin.PostAsJsonAsync(Url(county, id, $"/members/{members[0]}/leave"), new { effectiveOn = "2024-09-01", version = 1 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.Conflict);
        Assert.Equal("alliance.members.min", belowMinimum.GetProperty("rule").GetString());
        var coreLeaves = await admin.PostAsJsonAsync(Url(county, id, $"/members/{core}/leave"), new { effectiveOn = "2024-09-01", version = 1 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.Conflict);
        Assert.Equal("alliance.core.leave", coreLeaves.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Dissolving_restores_legal_persons_and_keeps_the_history()
    {
        var (county, admin) = await app.NewCountyAsync();
        var (core, members) = await admin.RegisterGroup(county, 3);
        var id = (await admin.Form(county, core, members).Expect(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var dissolved = await admin.PostAsJsonAsync(Url(county, id, "/dissolve"), new { effectiveOn = "2025-08-31", version = 1 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.OK);
        Assert.Equal("2025-08-31", dissolved.GetProperty("dissolvedOn").GetString());

        Assert.Equal(0, (await admin.GetAsync(Url(county)).Expect(HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(1, (await admin.GetAsync(Url(county) + "?includeDissolved=true").Expect(HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(1, (await admin.GetAsync(Url(county) + "?on=2024-09-01").Expect(HttpStatusCode.OK)).GetArrayLength());
        var message = Assert.Single(await Published.Wait<AllianceDissolved>(Harness, m => m.AllianceId == id)).Context.Message;
        Assert.Equal(4, message.SchoolIds.Count);
        await admin.PostAsJsonAsync(Url(county, id, "/dissolve"), new { effectiveOn = "2025-09-01", version = 2 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.Conflict);
        foreach (var member in members)
        {
            var school = await admin.GetAsync($"/api/organization/counties/{county}/schools/{member}").Expect(HttpStatusCode.OK);
            Assert.True(school.GetProperty("isLegalPerson").GetBoolean());
        }
    }

    [Fact]
    public async Task Each_campus_lists_its_executive_principal_set_by_the_alliance_office()
    {
        var (county, admin) = await app.NewCountyAsync();
        var (core, members) = await admin.RegisterGroup(county, 3);
        var id = (await admin.Form(county, core, members).Expect(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var office = app.AllianceOffice(county, id);
        var viewer = app.ClientAs(Roles.Viewer, county);
        var url = Url(county, id, $"/campuses/{members[1]}/executive-principal");

        await viewer.PutAsJsonAsync(url, new { name = "王老师", version = 1 }, OrganizationApp.Json).Expect(HttpStatusCode.Forbidden);
        // Another alliance's office, and an alliance-admin token naming no alliance, act for nobody here.
        await app.AllianceOffice(county, Guid.NewGuid()).PutAsJsonAsync(url, new { name = "李老师", version = 1 }, OrganizationApp.Json).Expect(HttpStatusCode.Forbidden);
        await app.ClientAs(Roles.AllianceAdmin, county).PutAsJsonAsync(url, new { name = "李老师", version = 1 }, OrganizationApp.Json).Expect(HttpStatusCode.Forbidden);
        var alliance = await office.PutAsJsonAsync(url, new { name = "王丽", version = 1 }, OrganizationApp.Json).Expect(HttpStatusCode.OK);

        var campus = alliance.GetProperty("campuses").EnumerateArray().Single(c => c.GetProperty("schoolId").GetGuid() == members[1]);
        Assert.Equal("王丽", campus.GetProperty("executivePrincipal").GetString());
        await office.PutAsJsonAsync(Url(county, id, $"/campuses/{Guid.NewGuid()}/executive-principal"), new { name = "x", version = 2 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wolong_forms_coexist_for_one_school_when_they_are_different_kinds()
    {
        var (county, admin) = await app.NewCountyAsync("wolong");
        var (core, members) = await admin.RegisterGroup(county, 2);
        await admin.Form(county, core, members, AllianceKind.CloseKnitGroup, name: "紧密型教育集团").Expect(HttpStatusCode.Created);
        var league = await admin.Form(county, core, members.Take(1), AllianceKind.HandInHandLeague, name: "手拉手联盟").Expect(HttpStatusCode.Created);

        Assert.Equal("co-built", league.GetProperty("category").GetString());
        Assert.All(league.GetProperty("campuses").EnumerateArray(), c => Assert.True(c.GetProperty("isLegalPerson").GetBoolean()));
        var fused = await admin.Form(county, core, members, AllianceKind.Fused, name: "融合型").Expect(HttpStatusCode.Conflict);
        Assert.Equal("alliance.kind.allowed", fused.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_county_can_switch_presets_and_adjust_them_with_its_version()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");
        var url = $"/api/organization/counties/{county}";
        var body = new { name = "测试县", policyPreset = "xishui", policyOverrides = new { maxMembers = 8 }, version = 1 };
        var updated = await admin.PutAsJsonAsync(url, body, OrganizationApp.Json).Expect(HttpStatusCode.OK);
        Assert.Equal(8, updated.GetProperty("policy").GetProperty("defaultRule").GetProperty("maxMembers").GetInt32());

        await admin.PutAsJsonAsync(url, body, OrganizationApp.Json).Expect(HttpStatusCode.Conflict);
        var bad = await admin.PutAsJsonAsync(url, new { name = "测试县", policyPreset = "mars", version = 2 }, OrganizationApp.Json).Expect(HttpStatusCode.BadRequest);
        Assert.Contains("xishui", bad.GetProperty("errors").GetProperty("policyPreset")[0].GetString());
        await app.ClientAs(Roles.Viewer, county).PutAsJsonAsync(url, body, OrganizationApp.Json).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_alliance_roster_goes_through_the_same_rules_and_is_all_or_nothing()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");
        await admin.RegisterGroup(county, 6);
        var codes = Enumerable.Range(1, 6).Select(i => $"{county}{i:D4}").ToList();
        var good = $"教联体名称,类型,核心校标识码,成员校标识码,成立日期,党组织\n甲教联体,融合型,{county}0000,{string.Join(";", codes.Take(3))},2023-05-15,党委\n";
        var bad = good + $"乙教联体,融合型,{codes[3]},{codes[4]},2023/5/15,党支部\n丙教联体,外星型,{codes[5]},X,someday,\n";

        var problem = await SchoolApiTests.Upload(admin, county, "alliances.csv", System.Text.Encoding.UTF8.GetBytes(bad), "alliances").Expect(HttpStatusCode.BadRequest);
        var rows = problem.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()).Distinct().Order().ToList();
        Assert.Equal([4], rows);
        Assert.Equal(0, (await admin.GetAsync(Url(county)).Expect(HttpStatusCode.OK)).GetArrayLength());

        var report = await SchoolApiTests.Upload(admin, county, "alliances.csv", System.Text.Encoding.UTF8.GetBytes(good), "alliances").Expect(HttpStatusCode.OK);
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        report = await SchoolApiTests.Upload(admin, county, "alliances.csv", System.Text.Encoding.UTF8.GetBytes(good), "alliances").Expect(HttpStatusCode.OK);
        Assert.Equal(1, report.GetProperty("unchanged").GetInt32());

        var rules = good + $"乙教联体,融合型,{codes[3]},{codes[4]},2023-05-15,党支部\n";
        problem = await SchoolApiTests.Upload(admin, county, "alliances.csv", System.Text.Encoding.UTF8.GetBytes(rules), "alliances").Expect(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString())).ToList();
        Assert.Contains((3, "alliance.core.urban"), fields);
        Assert.Contains((3, "alliance.members.min"), fields);
        Assert.Equal(1, (await admin.GetAsync(Url(county)).Expect(HttpStatusCode.OK)).GetArrayLength());
    }

    [Fact]
    public async Task Outside_Development_an_anonymous_caller_gets_health_as_a_bare_status_and_no_api_document()
    {
        // This host runs as "Testing", as production does: not Development.
        var anonymous = app.CreateClient();
        var health = await anonymous.GetAsync("/health").Expect(HttpStatusCode.OK);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.False(health.TryGetProperty("checks", out _), health.ToString()); // no engine, queue names or errors
        await anonymous.GetAsync("/alive").Expect(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/swagger/index.html")).StatusCode);
        // The development token endpoint exists only in Development; an anonymous caller learns nothing either way.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/dev/token", new { roles = new[] { "county-admin" } })).StatusCode);

        var viewer = app.ClientAs(Roles.Viewer, "420000");
        health = await viewer.GetAsync("/health").Expect(HttpStatusCode.OK);
        Assert.True(health.GetProperty("checks").TryGetProperty("organization-database", out _));
        Assert.True(health.GetProperty("checks").TryGetProperty("organization-outbox", out _));
        // Other tests' events may still wait for the relay's stamp (up to Messaging:Outbox:StampInterval); then none is left.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (health.GetProperty("checks").GetProperty("organization-outbox").GetProperty("data").GetProperty("outboxBacklog").GetInt32() != 0)
        {
            Assert.True(DateTime.UtcNow < deadline, health.ToString());
            await Task.Delay(100);
            health = await viewer.GetAsync("/health").Expect(HttpStatusCode.OK);
        }
        var openapi = await viewer.GetAsync("/openapi/v1.json").Expect(HttpStatusCode.OK);
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/api/organization/counties/{countyCode}/alliances", out _));
        Assert.True(openapi.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostAsJsonAsync("/dev/token", new { roles = new[] { "county-admin" } })).StatusCode);
    }
}
