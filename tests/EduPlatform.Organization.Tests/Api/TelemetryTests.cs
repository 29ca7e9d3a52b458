using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using EduPlatform.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace EduPlatform.Organization.Tests.Api;

public sealed class TelemetryTests(OrganizationApp app) : IClassFixture<OrganizationApp>
{
    [Fact]
    public async Task The_server_span_carries_its_route_and_status_and_sql_calls_are_spans_of_the_service()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Microsoft.AspNetCore" or "EduPlatform.Organization",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var (county, admin) = await app.NewCountyAsync();

        await admin.GetAsync($"/api/organization/counties/{county}/schools?stage=primary").Expect(HttpStatusCode.OK);

        // Other tests run at the same time; this request is the only one on this county's path.
        var server = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore"
            && s.GetTagItem("url.path") as string == $"/api/organization/counties/{county}/schools");
        Assert.Equal("/api/organization/counties/{countyCode}/schools", server.GetTagItem("http.route"));
        Assert.Equal(200, server.GetTagItem("http.response.status_code"));
        Assert.Equal("GET /api/organization/counties/{countyCode}/schools", server.DisplayName);
        Assert.Contains(spans, s => s.Source.Name == "EduPlatform.Organization" && s.TraceId == server.TraceId
            && (s.GetTagItem("db.query.text") as string)?.Contains("FROM schools") == true);
    }

    [Fact]
    public async Task An_identity_number_put_in_a_url_is_not_recorded_in_the_span()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var (county, admin) = await app.NewCountyAsync();
        const string number = "42112519740506002X";

        // No route takes an identity number: a school id must be a GUID.
        await admin.GetAsync($"/api/organization/counties/{county}/schools/{number}?code={number}");

        var server = Assert.Single(spans, s => (s.GetTagItem("url.path") as string)?.Contains($"/counties/{county}/schools/") == true);
        Assert.Equal($"/api/organization/counties/{county}/schools/{IdNumberRedaction.Replacement}", server.GetTagItem("url.path"));
        Assert.All(server.TagObjects, t => Assert.DoesNotContain(number, t.Value?.ToString() ?? ""));
        Assert.DoesNotContain(number, server.DisplayName);
    }

    /// <summary>
    /// The instrumentation packages bring ASP.NET Core's and the runtime's meters; the suite adds its own. Read through an
    /// in-memory exporter on the host's own MeterProvider, as the OTLP exporter would read them.
    /// </summary>
    [Fact]
    public async Task Metrics_of_aspnetcore_the_runtime_and_the_suite_are_collected()
    {
        var metrics = new List<Metric>();
        await using var own = new OrganizationApp();
        using var host = own.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))));
        var admin = TestClients.WithToken(host.CreateClient(), OrganizationApp.SigningKey, Roles.CountyAdmin, ["430199"]);
        await admin.PutAsJsonAsync("/api/organization/counties/430199", new { name = "遥测县", policyPreset = "national" }).Expect(HttpStatusCode.OK);

        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush());
        var names = metrics.Select(m => m.Name).ToHashSet();
        Assert.Contains("http.server.request.duration", names);
        Assert.Contains("dotnet.gc.collections", names);
        Assert.Contains("eduplatform.outbox.backlog", names);
    }
}
