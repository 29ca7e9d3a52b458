using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.AspireTests;

/// <summary>The gateway as the suite's one address: what it forwards reaches every service, and its health names the one that fails.</summary>
[Collection(AspireCollection.Name)]
public sealed class GatewayTests(AspireSuite suite)
{
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    readonly string _county = Counties.Fresh();

    [Fact]
    public async Task An_alliance_formed_through_the_gateway_reaches_staffing_rotation_zoning_and_evaluation()
    {
        suite.Require();
        using var api = suite.Gateway(_county);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/openapi/rotation/v1.json")).StatusCode);
        var (ids, alliance) = await FourSchoolAlliance.FormAsync(api, _county, "网关县", "G", "网关教联体");
        var allianceId = alliance.GetProperty("id").GetGuid().ToString("D");

        // staffing pools the alliance's quota: 1900/19 + 380/19 + 190/19 + 95/19 = 100 + 20 + 10 + 5. Terms and the
        // alliance arrive on different queues, so the pool may first be counted without some members' terms.
        await Eventually.UntilAsync(() => api.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{_county}/quotas/2024"),
            q => q.GetProperty("pools").GetArrayLength() == 1 && q.GetProperty("pools")[0].GetProperty("posts").GetInt32() == 135, Wait, q => q.ToString());

        var schools = await Eventually.UntilAsync(() => api.GetFromJsonAsync<List<JsonElement>>($"/api/rotation/counties/{_county}/schools")!,
            s => s!.Count == 4 && s.Count(x => x.GetProperty("isCore").GetBoolean()) == 1, Wait, s => JsonSerializer.Serialize(s));
        Assert.Equal(ids[0], schools!.Single(s => s.GetProperty("isCore").GetBoolean()).GetProperty("id").GetGuid());

        // every consumer has it, with its four campuses, in its own database
        foreach (var service in new[] { "zoning", "evaluation", "staffing", "rotation" })
        {
            await Eventually.UntilAsync(() => CampusesAsync(service, allianceId), n => n == 4, Wait, n => $"{service} knows {n} campuses of the alliance");
        }
    }

    /// <summary>
    /// An integrator at the front door: one OpenAPI document holding every service's operations (each reference resolving
    /// in it), Swagger UI offering it and each service's own, and the events' AsyncAPI document.
    /// </summary>
    [Fact]
    public async Task The_gateway_serves_one_merged_api_document_swagger_ui_and_the_asyncapi_document()
    {
        suite.Require();
        using var api = suite.Gateway(_county);
        var merged = await api.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var mergedPaths = merged.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var union = new HashSet<string>();
        foreach (var service in new[] { "organization", "staffing", "rotation", "zoning", "evaluation" })
        {
            var own = await api.GetFromJsonAsync<JsonElement>($"/openapi/{service}/v1.json");
            var paths = own.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
            Assert.NotEmpty(paths);
            Assert.All(paths, p => Assert.Contains(p, mergedPaths));
            union.UnionWith(paths);
        }

        Assert.Equal(union.Order(), mergedPaths.Order()); // every service's /dev/token (Development) is one path
        var text = merged.GetRawText();
        var schemas = merged.GetProperty("components").GetProperty("schemas");
        foreach (var reference in System.Text.RegularExpressions.Regex.Matches(text, "\"#/components/schemas/([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct())
        {
            Assert.True(schemas.TryGetProperty(reference, out _), $"#/components/schemas/{reference} does not resolve in the merged document");
        }

        using var anonymous = suite.App.CreateHttpClient("gateway");
        var swagger = await anonymous.GetStringAsync("/swagger/index.html");
        Assert.Contains("swagger-ui", swagger);
        var asyncApi = await anonymous.GetFromJsonAsync<JsonElement>("/asyncapi/v1.json");
        Assert.Equal("3.0.0", asyncApi.GetProperty("asyncapi").GetString());
    }

    /// <summary>
    /// A bureau user following the README against the distributed suite: a development token from the gateway's
    /// <c>/dev/token</c> (the suite runs in Development under the AppHost), signed with the key the services check.
    /// </summary>
    [Fact]
    public async Task The_gateway_issues_development_tokens_the_services_accept()
    {
        suite.Require();
        using var anonymous = suite.App.CreateHttpClient("gateway");
        var issued = await Responses.Ok(anonymous.PostAsJsonAsync("/dev/token", new { roles = new[] { "county-admin" }, counties = new[] { _county } }));
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", issued.GetProperty("token").GetString());

        await Responses.Ok(anonymous.PutAsJsonAsync($"/api/organization/counties/{_county}", new { name = "令牌县", policyPreset = "national" }));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/rotation/counties/{_county}/schools")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/organization/counties/{Counties.Fresh()}")).StatusCode);
    }

    /// <summary>
    /// An operator stops zoning from the dashboard's resource commands: the gateway is no longer ready and says which service
    /// is not, while it stays alive; started again, zoning is healthy and the gateway ready.
    /// </summary>
    [Fact]
    public async Task With_one_service_stopped_the_gateway_is_not_ready_and_names_it()
    {
        suite.Require();
        await suite.DemoEndedAsync(); // the demo loader needs every service
        var commands = suite.App.Services.GetRequiredService<ResourceCommandService>();
        using var gateway = suite.App.CreateHttpClient("gateway");
        Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync("/health")).StatusCode);

        Assert.True((await commands.ExecuteCommandAsync("zoning", KnownResourceCommands.StopCommand)).Success);
        try
        {
            var degraded = await Eventually.UntilAsync(() => gateway.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, Wait,
                r => r.StatusCode.ToString());
            var checks = (await degraded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
            Assert.Equal("Unhealthy", checks.GetProperty("zoning").GetProperty("status").GetString());
            Assert.Equal("Healthy", checks.GetProperty("staffing").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync("/alive")).StatusCode);
        }
        finally
        {
            Assert.True((await commands.ExecuteCommandAsync("zoning", KnownResourceCommands.StartCommand)).Success);
            using var cts = new CancellationTokenSource(Wait);
            await suite.App.ResourceNotifications.WaitForResourceHealthyAsync("zoning", cts.Token);
        }

        await Eventually.UntilAsync(() => gateway.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, Wait, r => r.StatusCode.ToString());
    }

    /// <summary>Reads a service's own SQLite file, as an operator with access to that database would.</summary>
    async Task<long> CampusesAsync(string service, string allianceId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(suite.DataFolder, $"{service}.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM known_alliance_members WHERE AllianceId = @allianceId AND LeftOn IS NULL";
        command.Parameters.AddWithValue("@allianceId", allianceId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
