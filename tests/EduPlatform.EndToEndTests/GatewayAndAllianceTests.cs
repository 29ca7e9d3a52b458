using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.EndToEndTests;

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

        var (ids, alliance) = await FourSchoolAlliance.FormAsync(api, County, "网关县", "G", "网关教联体");
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
