using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.EndToEndTests;

using static Responses;

/// <summary>Organization and zoning as separate processes: schools and terms reach zoning only through RabbitMQ.</summary>
[Collection(BrokerCollection.Name)]
public sealed class OrganizationToZoningTests(Broker broker)
{
    const string SigningKey = "end-to-end-tests-signing-key-0123456789abcdef";
    const string County = "421127";

    [Fact]
    public async Task Schools_registered_in_organization_are_zoned_published_and_looked_up_in_zoning()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__messaging"] = broker.Require(),
            ["Data__Folder"] = Path.Combine(Path.GetTempPath(), $"eduplatform-e2e-{Guid.NewGuid():N}"),
            ["Auth__SigningKey"] = SigningKey,
        };
        await using var zoning = await ServiceProcess.StartAsync("zoning", environment);
        await using var organization = await ServiceProcess.StartAsync("organization", environment);
        var token = new DevelopmentTokens(new AuthOptions { SigningKey = SigningKey }).Issue("e2e", [Roles.CountyAdmin], [County], TimeSpan.FromHours(1));
        using var org = new HttpClient { BaseAddress = organization.BaseAddress };
        using var zone = new HttpClient { BaseAddress = zoning.BaseAddress };
        org.DefaultRequestHeaders.Authorization = zone.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await Ok(org.PutAsJsonAsync($"/api/organization/counties/{County}", new { name = "测试县", policyPreset = "xishui" }));
        var schools = new Dictionary<string, Guid>();
        foreach (var (code, lat, lon) in new[] { ("W", 30.420, 115.220), ("E", 30.420, 115.260) })
        {
            var school = await Ok(org.PostAsJsonAsync($"/api/organization/counties/{County}/schools",
                new { code, name = $"城关{code}小学", stage = "primary", locality = "urban", township = "清泉镇", latitude = lat, longitude = lon }));
            schools[code] = school.GetProperty("id").GetGuid();
            await Ok(org.PutAsJsonAsync($"/api/organization/counties/{County}/schools/{schools[code]}/terms/2024-autumn",
                new { students = 1620, classes = 36, grades = Enumerable.Range(1, 6).Select(g => new { grade = g, students = 270, classes = 6 }) }));
        }

        // Two communities by each school, touching in a line: W1 – W2 – E2 – E1.
        var csv = "编码,名称,类型,乡镇,纬度,经度,别名,相邻,年份,小学新生,初中新生\n"
            + "W1,西苑小区,小区,清泉镇,30.421,115.218,,W2,2025,130,\n" + "W2,西街小区,小区,清泉镇,30.421,115.232,,W1;E2,2025,120,\n"
            + "E2,东街小区,小区,清泉镇,30.421,115.248,,W2;E1,2025,110,\n" + "E1,东苑小区,小区,清泉镇,30.421,115.262,,E2,2025,140,\n";
        await Ok(zone.PostAsync($"/api/zoning/counties/{County}/units/import", Csv(csv, "units.csv")));

        JsonElement plan = default;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var response = await zone.PostAsJsonAsync($"/api/zoning/counties/{County}/plans", new { schoolYear = 2025, stage = "primary" });
            if (response.StatusCode == HttpStatusCode.Created && (plan = await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("zones").GetArrayLength() == 2)
            {
                break; // both schools and their grade 1 (6 classes × 45 = 270 seats) arrived over the bus
            }

            await Task.Delay(250);
        }

        Assert.Equal(2, plan.GetProperty("zones").GetArrayLength());
        Assert.Equal(0, plan.GetProperty("shortage").GetInt32());
        Assert.All(plan.GetProperty("zones").EnumerateArray(), z => Assert.Equal(270, z.GetProperty("seats").GetInt32()));
        await Ok(zone.PostAsJsonAsync($"/api/zoning/counties/{County}/plans/{plan.GetProperty("id")}/approve", new { version = 1 }));
        await Ok(zone.PostAsJsonAsync($"/api/zoning/counties/{County}/plans/{plan.GetProperty("id")}/publish", new { version = 2 }));

        using var parent = new HttpClient { BaseAddress = zoning.BaseAddress };
        var answer = await Ok(parent.GetAsync($"/api/zoning/public/counties/{County}/lookup?q={Uri.EscapeDataString("清泉镇东苑小区5栋")}"));
        Assert.Equal(schools["E"], answer.GetProperty("stages")[0].GetProperty("schools")[0].GetProperty("id").GetGuid());
    }
}
