using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.EndToEndTests;

using static Responses;

/// <summary>The five services and the gateway as separate processes: one address for clients, one health for operators.</summary>
[Collection(BrokerCollection.Name)]
public sealed class GatewayAndAllianceTests(Broker broker)
{
    readonly string County = Counties.Fresh();
    static readonly string[] Services = ["organization", "staffing", "rotation", "zoning", "evaluation"];

    [Fact]
    public async Task An_alliance_formed_through_the_gateway_reaches_staffing_rotation_zoning_and_evaluation()
    {
        await using var vhost = await broker.VirtualHostAsync();
        await using var suite = await Suite.StartAsync(vhost.Uri, Services, gateway: true);
        using var api = suite.Client(null, County);

        var health = await api.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal(Services.Order(), health.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/openapi/rotation/v1.json")).StatusCode);

        await Ok(api.PutAsJsonAsync($"/api/organization/counties/{County}", new { name = "网关县", policyPreset = "xishui" }));
        var ids = new List<Guid>();
        foreach (var (code, locality, students) in new[] { ("G0", "urban", 1900), ("G1", "rural", 380), ("G2", "rural", 190), ("G3", "town", 95) })
        {
            var school = await Ok(api.PostAsJsonAsync($"/api/organization/counties/{County}/schools",
                new { code, name = $"学校{code}", stage = "primary", locality, township = "清泉镇" }));
            ids.Add(school.GetProperty("id").GetGuid());
            await Ok(api.PutAsJsonAsync($"/api/organization/counties/{County}/schools/{ids[^1]}/terms/2024-autumn", new { students, classes = students / 45 + 1 }));
        }

        var alliance = await Ok(api.PostAsJsonAsync($"/api/organization/counties/{County}/alliances",
            new { name = "网关教联体", kind = "fused", coreSchoolId = ids[0], memberSchoolIds = ids.Skip(1), formedOn = "2024-05-01" }));
        var allianceId = alliance.GetProperty("id").GetGuid().ToString("D");

        // staffing pools the alliance's quota: 1900/19 + 380/19 + 190/19 + 95/19 = 100 + 20 + 10 + 5. Terms and the
        // alliance arrive on different queues, so the pool may first be counted without some members' terms.
        await Eventually.UntilAsync(() => api.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{County}/quotas/2024"),
            q => q.GetProperty("pools").GetArrayLength() == 1 && q.GetProperty("pools")[0].GetProperty("posts").GetInt32() == 135,
            TimeSpan.FromSeconds(30), q => q.ToString());

        // rotation knows which campus is the core school
        var schools = await Eventually.UntilAsync(() => api.GetFromJsonAsync<List<JsonElement>>($"/api/rotation/counties/{County}/schools")!,
            s => s!.Count == 4 && s.Count(x => x.GetProperty("isCore").GetBoolean()) == 1, TimeSpan.FromSeconds(30), s => JsonSerializer.Serialize(s));
        Assert.Equal(ids[0], schools!.Single(s => s.GetProperty("isCore").GetBoolean()).GetProperty("id").GetGuid());

        // every consumer has it, with its four campuses, in their own databases
        foreach (var service in new[] { "zoning", "evaluation", "staffing", "rotation" })
        {
            await Eventually.UntilAsync(() => suite.CountAsync(service,
                    "SELECT COUNT(*) FROM known_alliance_members WHERE AllianceId = @allianceId AND LeftOn IS NULL", new { allianceId }),
                n => n == 4, TimeSpan.FromSeconds(30), n => $"{service} knows {n} campuses of the alliance");
        }

        // one service down: the gateway is not ready and says which
        await suite.StopAsync("zoning");
        var degraded = await api.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, degraded.StatusCode);
        var checks = (await degraded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("zoning").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("staffing").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/alive")).StatusCode);
    }
}
