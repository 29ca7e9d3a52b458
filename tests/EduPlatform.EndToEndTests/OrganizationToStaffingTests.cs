using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.EndToEndTests;

/// <summary>Organization and staffing as separate processes with separate databases, joined only by RabbitMQ.</summary>
[Collection(BrokerCollection.Name)]
public sealed class OrganizationToStaffingTests(Broker broker)
{
    readonly string County = Counties.Fresh();

    /// <summary>On quorum queues, as deploy/ runs them: the endpoints declare them, and events flow through them.</summary>
    [Fact]
    public async Task Term_statistics_and_an_alliance_reported_to_organization_become_a_pooled_quota_in_staffing()
    {
        await using var vhost = await broker.VirtualHostAsync();
        await using var suite = await Suite.StartAsync(vhost.Uri, ["staffing", "organization"],
            environment: new Dictionary<string, string> { ["Messaging__QueueType"] = "quorum" });
        var queues = await broker.QueueTypesAsync(vhost);
        Assert.Equal("quorum", queues["staffing-term-statistics-reported"]);
        Assert.Equal("quorum", queues["staffing-alliance-formed"]);
        using var org = suite.Client("organization", County);
        using var staff = suite.Client("staffing", County);

        await FourSchoolAlliance.FormAsync(org, County, "测试县", "F", "端到端教联体");

        // 1900/19 + 380/19 + 190/19 + 95/19 = 100 + 20 + 10 + 5 = 135 posts in one pool
        var table = await Eventually.UntilAsync(() => staff.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{County}/quotas/2024"),
            t => t.GetProperty("pools").GetArrayLength() == 1 && t.GetProperty("total").GetInt32() == 135, TimeSpan.FromSeconds(30), t => t.ToString());
        var pool = Assert.Single(table.GetProperty("pools").EnumerateArray());
        Assert.Equal(135, pool.GetProperty("posts").GetInt32());
        Assert.Equal(4, pool.GetProperty("schools").GetArrayLength());
        Assert.Equal("fused", pool.GetProperty("kind").GetString());
    }
}
