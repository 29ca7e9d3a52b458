using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Contracts.Organization;
using EduPlatform.Organization.Domain;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Organization.Tests.Api;

/// <summary>Composition rules completed and formation proposals, over HTTP: propose, edit and check, accept.</summary>
[Collection(Planning.SolverCollection.Name)]
public sealed class FormationApiTests(OrganizationApp app) : IClassFixture<OrganizationApp>
{
    ITestHarness Harness => app.Services.GetRequiredService<ITestHarness>();

    static string Proposals(string county, string tail = "") => $"/api/organization/counties/{county}/formation-proposals{tail}";

    async Task<Guid> Register(HttpClient client, string county, string code, Locality locality, double lat, double lon,
        bool isPublic = true, bool? isWeak = null)
    {
        var body = await client.PostAsJsonAsync($"/api/organization/counties/{county}/schools", new
        {
            code, name = $"学校{code}", stage = Stage.Primary, locality, township = locality == Locality.Urban ? "清泉镇" : "东山镇",
            latitude = lat, longitude = lon, isPublic, isWeak,
        }, OrganizationApp.Json).Expect(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    // The case found on the landed suite [003]: four urban schools, one private, formed a fused alliance and the private
    // school lost its legal person.
    [Fact]
    public async Task Four_urban_schools_one_private_are_refused_and_the_private_school_keeps_its_legal_person()
    {
        var (county, admin) = await app.NewCountyAsync();
        var core = await Register(admin, county, $"{county}0001", Locality.Urban, 30.45, 115.26);
        var members = new List<Guid>
        {
            await Register(admin, county, $"{county}0002", Locality.Urban, 30.46, 115.27),
            await Register(admin, county, $"{county}0003", Locality.Urban, 30.44, 115.25, isPublic: false),
            await Register(admin, county, $"{county}0004", Locality.Urban, 30.45, 115.28),
        };

        var problem = await admin.Form(county, core, members).Expect(HttpStatusCode.Conflict);

        var rules = problem.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()).ToList();
        Assert.Equal(3, rules.Count(r => r == "alliance.member.standing"));
        Assert.Contains("alliance.fused.public", rules);
        var privateSchool = await admin.GetAsync($"/api/organization/counties/{county}/schools/{members[1]}").Expect(HttpStatusCode.OK);
        Assert.True(privateSchool.GetProperty("isLegalPerson").GetBoolean());

        // Designated weak by the bureau, the two public urban schools may join.
        foreach (var id in new[] { members[0], members[2] })
        {
            var school = await admin.GetAsync($"/api/organization/counties/{county}/schools/{id}").Expect(HttpStatusCode.OK);
            var change = new
            {
                code = school.GetProperty("code").GetString(), name = school.GetProperty("name").GetString(), stage = Stage.Primary,
                locality = Locality.Urban, township = "清泉镇", latitude = 30.45, longitude = 115.27, isWeak = true,
                version = school.GetProperty("version").GetInt32(),
            };
            var updated = await admin.PutAsJsonAsync($"/api/organization/counties/{county}/schools/{id}", change, OrganizationApp.Json)
                .Expect(HttpStatusCode.OK);
            Assert.True(updated.GetProperty("isWeak").GetBoolean());
        }

        var rural = await Register(admin, county, $"{county}0005", Locality.Rural, 30.40, 115.20);
        await admin.Form(county, core, [members[0], members[2], rural]).Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_proposal_groups_the_schools_the_bureau_edits_it_and_accepting_forms_the_alliances()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");
        var cores = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            cores.Add(await Register(admin, county, $"{county}01{i}", Locality.Urban, 30.45 + i * 0.01, 115.26));
        }

        var members = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var north = i < 4;
            members.Add(await Register(admin, county, $"{county}02{i}", Locality.Rural, (north ? 30.60 : 30.30) + i * 0.005, 115.26 + i * 0.01));
        }

        var proposal = await admin.PostAsJsonAsync(Proposals(county), new { stage = Stage.Primary, formedOn = "2025-09-01", timeLimitSeconds = 2 },
            OrganizationApp.Json).Expect(HttpStatusCode.OK);
        Assert.Contains(proposal.GetProperty("status").GetString(), new[] { "optimal", "feasible" });
        var alliances = proposal.GetProperty("alliances").EnumerateArray().ToList();
        Assert.Equal(2, alliances.Count);
        Assert.All(alliances, a =>
        {
            Assert.Equal(4, a.GetProperty("members").GetArrayLength());
            Assert.Contains("核心校条件", a.GetProperty("whyCore").GetString());
            Assert.All(a.GetProperty("members").EnumerateArray(), m => Assert.Contains("距核心校", m.GetProperty("why").GetString()));
        });
        Assert.Contains("编为 2 个教联体", proposal.GetProperty("summary").GetString());

        // The bureau moves one school: 5 + 3 members is still within 3–5; 6 + 2 would not be.
        var grouping = proposal.GetProperty("grouping").EnumerateArray()
            .Select(g => (Name: g.GetProperty("name").GetString()!, Core: g.GetProperty("coreSchoolId").GetGuid(),
                Members: g.GetProperty("memberSchoolIds").EnumerateArray().Select(x => x.GetGuid()).ToList()))
            .ToList();
        var moved = grouping[1].Members[0];
        object Body(int move) => new
        {
            formedOn = "2025-09-01",
            alliances = new[]
            {
                new { name = grouping[0].Name, coreSchoolId = grouping[0].Core, memberSchoolIds = grouping[0].Members.Concat(grouping[1].Members.Take(move)).ToList() },
                new { name = grouping[1].Name, coreSchoolId = grouping[1].Core, memberSchoolIds = grouping[1].Members.Skip(move).ToList() },
            },
        };

        var bad = await admin.PostAsJsonAsync(Proposals(county, "/check"), Body(2), OrganizationApp.Json).Expect(HttpStatusCode.OK);
        Assert.False(bad.GetProperty("passes").GetBoolean());
        var checks = bad.GetProperty("alliances").EnumerateArray().ToList();
        Assert.Equal("alliance.members.max", checks[0].GetProperty("violations")[0].GetProperty("rule").GetString());
        Assert.Equal("alliance.members.min", checks[1].GetProperty("violations")[0].GetProperty("rule").GetString());
        await admin.PostAsJsonAsync(Proposals(county, "/accept"), Body(2), OrganizationApp.Json).Expect(HttpStatusCode.Conflict);
        var none = await admin.GetAsync($"/api/organization/counties/{county}/alliances").Expect(HttpStatusCode.OK);
        Assert.Equal(0, none.GetArrayLength());

        var good = await admin.PostAsJsonAsync(Proposals(county, "/check"), Body(1), OrganizationApp.Json).Expect(HttpStatusCode.OK);
        Assert.True(good.GetProperty("passes").GetBoolean());
        var formed = await admin.PostAsJsonAsync(Proposals(county, "/accept"), Body(1), OrganizationApp.Json).Expect(HttpStatusCode.Created);
        Assert.Equal(2, formed.GetArrayLength());
        var first = formed[0].GetProperty("id").GetGuid();
        var published = Assert.Single(await Published.Wait<AllianceFormed>(Harness, m => m.AllianceId == first)).Context.Message;
        Assert.Contains(moved, published.MemberSchoolIds);

        // Nothing is left to group: the schools already allied are not proposed again.
        var after = await admin.PostAsJsonAsync(Proposals(county), new { stage = Stage.Primary, formedOn = "2025-09-02", timeLimitSeconds = 1 },
            OrganizationApp.Json).Expect(HttpStatusCode.OK);
        Assert.Equal(10, after.GetProperty("alreadyAllied").GetInt32());
        Assert.Equal(0, after.GetProperty("alliances").GetArrayLength());
    }

    [Fact]
    public async Task Bad_proposal_input_is_400_naming_the_field_and_a_viewer_may_not_propose()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");
        var missing = await admin.PostAsJsonAsync(Proposals(county), new { travelLimitKm = 30 }, OrganizationApp.Json).Expect(HttpStatusCode.BadRequest);
        Assert.Equal(["stage"], missing.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var problem = await admin.PostAsJsonAsync(Proposals(county), new { stage = Stage.Primary, travelLimitKm = 500, timeLimitSeconds = 0 },
            OrganizationApp.Json).Expect(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("travelLimitKm", fields);
        Assert.Contains("须在 1 到 200 公里之间", problem.GetProperty("errors").GetProperty("travelLimitKm")[0].GetString());
        Assert.Contains("timeLimitSeconds", fields);

        var viewer = app.ClientAs(EduPlatform.ServiceDefaults.Roles.Viewer, county);
        await viewer.PostAsJsonAsync(Proposals(county), new { stage = Stage.Primary }, OrganizationApp.Json).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_roster_import_sets_the_weak_and_new_designations_and_an_empty_cell_keeps_them()
    {
        var (county, admin) = await app.NewCountyAsync();
        const string header = "学校标识码,学校名称,学段,城乡类别,乡镇,薄弱学校,新建学校\n";
        await SchoolApiTests.Upload(admin, county, "认定.csv", System.Text.Encoding.UTF8.GetBytes(header + "W1,城关第五小学,小学,城区,清泉镇,是,否\n"))
            .Expect(HttpStatusCode.OK);
        await SchoolApiTests.Upload(admin, county, "再次.csv", System.Text.Encoding.UTF8.GetBytes(header + "W1,城关第五小学,小学,城区,清泉镇,,是\n"))
            .Expect(HttpStatusCode.OK);

        var school = (await admin.GetAsync($"/api/organization/counties/{county}/schools?q=W1").Expect(HttpStatusCode.OK)).GetProperty("items")[0];
        Assert.True(school.GetProperty("isWeak").GetBoolean());
        Assert.True(school.GetProperty("isNew").GetBoolean());
        var bad = await SchoolApiTests.Upload(admin, county, "错.csv", System.Text.Encoding.UTF8.GetBytes(header + "W1,城关第五小学,小学,城区,清泉镇,也许,\n"))
            .Expect(HttpStatusCode.BadRequest);
        Assert.Contains("weak", bad.GetRawText());
    }

    // [004] 國小每個學區3-5個鎮鄉: six townships in a row make two primary districts of three.
    [Fact]
    public async Task A_district_proposal_partitions_whole_townships_into_contiguous_districts()
    {
        var (county, admin) = await app.NewCountyAsync("national");
        var names = new[] { "一乡", "二乡", "三乡", "四乡", "五乡", "六乡" };
        var ids = new List<Guid>();
        for (var t = 0; t < names.Length; t++)
        {
            for (var k = 0; k < 2; k++)
            {
                var school = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools", new
                {
                    code = $"{county}{t}{k}", name = $"{names[t]}第{k + 1}小学", stage = Stage.Primary, locality = Locality.Rural, township = names[t],
                    latitude = 30.40, longitude = 115.00 + t * 0.1 + k * 0.01,
                }, OrganizationApp.Json).Expect(HttpStatusCode.Created);
                ids.Add(school.GetProperty("id").GetGuid());
            }
        }

        // The bureau names the heads (学区长学校): a school of 一乡 and one of 六乡.
        var proposal = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/district-proposals",
            new { stage = Stage.Primary, districts = 2, headSchoolIds = new[] { ids[0], ids[^1] }, timeLimitSeconds = 2 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.OK);

        Assert.Equal("optimal", proposal.GetProperty("status").GetString());
        var districts = proposal.GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("townships").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal).ToList())
            .OrderBy(d => d[0], StringComparer.Ordinal).ToList();
        Assert.Equal([["一乡", "三乡", "二乡"], ["五乡", "六乡", "四乡"]], districts);
        Assert.Equal(["一乡", "三乡"], proposal.GetProperty("borders").GetProperty("二乡").EnumerateArray().Select(b => b.GetString()));
        Assert.Contains("[004]", proposal.GetProperty("source").GetString());

        var bad = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/district-proposals",
            new { stage = Stage.Primary, districts = 0 }, OrganizationApp.Json).Expect(HttpStatusCode.BadRequest);
        Assert.Contains("districts", bad.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var tooMany = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/district-proposals",
            new { stage = Stage.Primary, districts = 3 }, OrganizationApp.Json).Expect(HttpStatusCode.OK);
        Assert.Equal("infeasible", tooMany.GetProperty("status").GetString());
        Assert.Contains("共 6 个乡镇，分为 3 个学区", tooMany.GetProperty("summary").GetString());
    }
}
