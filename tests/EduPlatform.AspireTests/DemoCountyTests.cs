using EduPlatform.Tests;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace EduPlatform.AspireTests;

/// <summary>
/// The demo county across processes: the AppHost's "demo" resource loads it through the gateway once the suite is up and
/// finishes with exit code 0; a bureau user then finds the same county the standalone host has.
/// </summary>
[Collection(AspireCollection.Name)]
public sealed class DemoCountyTests(AspireSuite suite, ITestOutputHelper output)
{
    const string County = "421125";

    [Fact]
    public async Task The_demo_resource_loads_Xishuis_county_through_the_gateway_and_finishes()
    {
        suite.Require();
        output.WriteLine($"every resource healthy {suite.StartedIn.TotalSeconds:0} s after the AppHost started");
        var demo = await suite.DemoEndedAsync();
        Assert.True(demo.State?.Text == KnownResourceStates.Finished && demo.ExitCode == 0,
            $"demo ended {demo.State?.Text} with exit code {demo.ExitCode}:\n{await suite.LogsAsync("demo")}");

        using var api = suite.Gateway(County);
        var alliances = await api.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{County}/alliances");
        Assert.Equal(21, alliances.GetArrayLength());
        Assert.Equal(4213, await api.CountAsync($"/api/rotation/counties/{County}/people"));
        Assert.Equal(4213, await api.CountAsync($"/api/evaluation/counties/{County}/ratings/2025"));
        Assert.Equal(155, await api.CountAsync($"/api/zoning/counties/{County}/units"));
    }
}
