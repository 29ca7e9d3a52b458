using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.EndToEndTests;

using static Responses;

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

        await Ok(org.PutAsJsonAsync($"/api/organization/counties/{County}", new { name = "测试县", policyPreset = "xishui" }));
        var ids = new List<Guid>();
        foreach (var (code, locality, students) in new[] { ("F0", "urban", 1900), ("F1", "rural", 380), ("F2", "rural", 190), ("F3", "town", 95) })
        {
            var school = await Ok(org.PostAsJsonAsync($"/api/organization/counties/{County}/schools",
                new { code, name = $"学校{code}", stage = "primary", locality, township = "清泉镇" }));
            var id = school.GetProperty("id").GetGuid();
            ids.Add(id);
            await Ok(org.PutAsJsonAsync($"/api/organization/counties/{County}/schools/{id}/terms/2024-autumn", new { students, classes = students / 45 + 1 }));
        }

        await Ok(org.PostAsJsonAsync($"/api/organization/counties/{County}/alliances",
            new { name = "端到端教联体", kind = "fused", coreSchoolId = ids[0], memberSchoolIds = ids.Skip(1), formedOn = "2024-05-01" }));

        // 1900/19 + 380/19 + 190/19 + 95/19 = 100 + 20 + 10 + 5 = 135 posts in one pool
        JsonElement table = default;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            table = await staff.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{County}/quotas/2024");
            if (table.GetProperty("pools").GetArrayLength() == 1 && table.GetProperty("total").GetInt32() == 135)
            {
                break;
            }

            await Task.Delay(250);
        }

        var pool = Assert.Single(table.GetProperty("pools").EnumerateArray());
        Assert.Equal(135, pool.GetProperty("posts").GetInt32());
        Assert.Equal(4, pool.GetProperty("schools").GetArrayLength());
        Assert.Equal("fused", pool.GetProperty("kind").GetString());
    }
}
