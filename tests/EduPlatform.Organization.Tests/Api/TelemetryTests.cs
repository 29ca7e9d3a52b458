using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using EduPlatform.ServiceDefaults;

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
    public void Telemetry_listens_to_the_suites_sources_and_meters()
    {
        Assert.Contains("MassTransit", Telemetry.ActivitySources);
        Assert.Contains("EduPlatform.*", Telemetry.ActivitySources);
        Assert.Contains(EduPlatform.Messaging.MessagingTelemetry.MeterName, Telemetry.Meters);
        Assert.Contains("Microsoft.AspNetCore.Hosting", Telemetry.Meters);
    }
}
