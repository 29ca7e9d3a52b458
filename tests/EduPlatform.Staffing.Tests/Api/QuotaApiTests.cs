using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Staffing.Tests.Api;

public sealed class QuotaApiTests(StaffingApp app) : IClassFixture<StaffingApp>
{
    static async Task<JsonElement> Until(Func<Task<JsonElement>> read, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }

    static Task<JsonElement> Quotas(HttpClient client, string county, int year = 2024) =>
        client.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/quotas/{year}", StaffingApp.Json);

    [Fact]
    public async Task A_fused_alliance_is_one_pool_and_a_co_built_member_keeps_its_own()
    {
        var county = StaffingApp.NewCountyCode();
        var client = app.ClientAs(Roles.StaffingOffice, county);
        Guid core = Guid.NewGuid(), a = Guid.NewGuid(), b = Guid.NewGuid(), alone = Guid.NewGuid();
        foreach (var (id, name) in new[] { (core, "核心小学"), (a, "东山镇中心小学"), (b, "北河镇小学"), (alone, "西岭镇小学") })
        {
            await app.Publish(OrgEvents.School(county, id, name, "primary"));
        }

        // core 1900 / 19 = 100; a 310 / 19 = 16.32; b 160 / 19 = 8.42 → one pool, 124.74 → 125; alone 95 / 19 = 5
        await app.Publish(OrgEvents.Term(county, core, 1900, 40));
        await app.Publish(OrgEvents.Term(county, a, 310, 7));
        await app.Publish(OrgEvents.Term(county, b, 160, 6));
        await app.Publish(OrgEvents.Term(county, alone, 95, 6));
        var alliance = Guid.NewGuid();
        await app.Publish(OrgEvents.Formed(county, alliance, core, [a, b]));

        var table = await Until(() => Quotas(client, county), t => t.GetProperty("pools").GetArrayLength() == 2 && t.GetProperty("total").GetInt32() == 130);

        Assert.Equal(130, table.GetProperty("total").GetInt32());
        var pool = table.GetProperty("pools").EnumerateArray().Single(p => p.TryGetProperty("allianceId", out var id) && id.ValueKind == JsonValueKind.String);
        Assert.Equal(125, pool.GetProperty("posts").GetInt32());
        Assert.Equal(3, pool.GetProperty("schools").GetArrayLength());
        Assert.Equal("national-2014", table.GetProperty("standard").GetString());
        Assert.Contains("在编制池内合计后取整一次", table.GetProperty("rounding").GetString());
        var line = pool.GetProperty("schools")[0].GetProperty("lines")[0];
        Assert.Equal("staffing.student-ratio", line.GetProperty("rule").GetString());
        Assert.Contains("÷ 生师比 19", line.GetProperty("basis").GetString());
    }

    [Fact]
    public async Task Duplicate_and_out_of_order_events_do_not_change_the_result()
    {
        var county = StaffingApp.NewCountyCode();
        var client = app.ClientAs(Roles.StaffingOffice, county);
        Guid core = Guid.NewGuid(), a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        foreach (var id in new[] { core, a, b, c })
        {
            await app.Publish(OrgEvents.School(county, id, $"学校{id:N}"[..8], "primary"));
            await app.Publish(OrgEvents.Term(county, id, 190, 4)); // 10 posts each
        }

        var alliance = Guid.NewGuid();
        var formed = OrgEvents.Formed(county, alliance, core, [a, b]);
        var joined = OrgEvents.Changed(county, alliance, core, c, joined: true, [a, b, c], new DateOnly(2024, 3, 1), version: 2);
        var left = OrgEvents.Changed(county, alliance, core, a, joined: false, [b, c], new DateOnly(2024, 8, 31), version: 3);
        // Newest change first, the formation last, and everything twice: the copy must end as the organization service left it.
        await app.Publish(left);
        await app.Publish(joined);
        await app.Publish(formed);
        await app.Publish(formed);
        await app.Publish(left);
        await app.Publish(joined);
        // A stale term correction (version 1 after version 2) changes nothing: b stays at 380 students = 20 posts.
        await app.Publish(OrgEvents.Term(county, b, 380, 8, version: 2));
        await app.Publish(OrgEvents.Term(county, b, 190, 4, version: 1) with { EventId = Guid.CreateVersion7() });

        // The bus may deliver concurrently, so the formation alone ({core, a, b} = 40 posts) can show for a moment:
        // wait for the final membership itself, then check that nothing else is left over.
        var expected = new[] { core, b, c }.Order().ToArray();
        var table = await Until(() => Quotas(client, county),
            t => t.GetProperty("pools").EnumerateArray().Any(p => p.GetProperty("kind").GetString() == "fused"
                && p.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("schoolId").GetGuid()).Order().SequenceEqual(expected)
                && p.GetProperty("posts").GetInt32() == 40)
                && t.GetProperty("total").GetInt32() == 50);

        var pool = table.GetProperty("pools").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "fused");
        Assert.Equal(expected, pool.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("schoolId").GetGuid()).Order());
        Assert.Equal(40, pool.GetProperty("posts").GetInt32()); // 10 + 20 + 10
        var single = table.GetProperty("pools").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "school");
        Assert.Equal(a, single.GetProperty("schools")[0].GetProperty("schoolId").GetGuid());
        Assert.Equal(50, table.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Missing_statistics_and_private_schools_are_reported_not_guessed()
    {
        var county = StaffingApp.NewCountyCode();
        var client = app.ClientAs(Roles.Viewer, county);
        Guid noTerm = Guid.NewGuid(), privateSchool = Guid.NewGuid();
        await app.Publish(OrgEvents.School(county, noTerm, "新建小学", "primary"));
        await app.Publish(OrgEvents.School(county, privateSchool, "育才学校", "primary", isPublic: false));
        await app.Publish(OrgEvents.Term(county, privateSchool, 500, 10));

        var table = await Until(() => Quotas(client, county), t => t.GetProperty("issues").GetArrayLength() == 2);
        var rules = table.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("rule").GetString()!).Order().ToArray();
        Assert.Equal(["staffing.private-no-quota", "staffing.term-missing"], rules);
        Assert.Equal(0, table.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Settings_change_the_standard_within_what_it_allows_and_are_versioned()
    {
        var county = StaffingApp.NewCountyCode();
        var office = app.ClientAs(Roles.StaffingOffice, county);
        var village = Guid.NewGuid();
        await app.Publish(OrgEvents.School(county, village, "石桥村小学", "primary", type: "village-school"));
        await app.Publish(OrgEvents.Term(county, village, 60, 6));
        var before = await Until(() => Quotas(office, county), t => t.GetProperty("total").GetInt32() == 3); // 60 / 19 = 3.16 → 3
        Assert.Equal(3, before.GetProperty("total").GetInt32());

        var settings = await office.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/settings", StaffingApp.Json);
        Assert.Equal(0, settings.GetProperty("version").GetInt32());
        var saved = await office.PutAsJsonAsync($"/api/staffing/counties/{county}/settings",
            new { standardPreset = "national-2014", villageStaffPerClass = 1.5, countyTotal = 5000, version = 0 }, StaffingApp.Json);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var after = await Quotas(office, county);
        Assert.Equal(9, after.GetProperty("total").GetInt32()); // 6 classes × 1.5 = 9 beats 3.16
        Assert.Equal(5000, after.GetProperty("countyTotal").GetInt32());

        var stale = await office.PutAsJsonAsync($"/api/staffing/counties/{county}/settings", new { standardPreset = "2001-rural", version = 0 }, StaffingApp.Json);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var outOfRange = await office.PutAsJsonAsync($"/api/staffing/counties/{county}/settings",
            new { kindergartenFullDayRatio = 9, standardPreset = "moon", version = 1 }, StaffingApp.Json);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        var errors = (await outOfRange.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("5–7", errors.GetProperty("kindergartenFullDayRatio")[0].GetString());
        Assert.True(errors.TryGetProperty("standardPreset", out _));
        var viewer = app.ClientAs(Roles.Viewer, county);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/staffing/counties/{county}/settings", new { version = 1 }, StaffingApp.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientAs(Roles.StaffingOffice, "449999").GetAsync($"/api/staffing/counties/{county}/settings")).StatusCode);
    }
}
