using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.AspireTests;

using static Responses;

/// <summary>
/// What an operator finds in the Aspire dashboard, read through its telemetry API: every service and the gateway send
/// traces, metrics and logs, and one request that causes events is one trace from the gateway through the service
/// that wrote the event to each service that consumed it.
/// </summary>
[Collection(AspireCollection.Name)]
public sealed class DashboardTelemetryTests(AspireSuite suite, ITestOutputHelper output)
{
    static readonly string[] Consumers = ["staffing", "rotation", "zoning", "evaluation"];
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    readonly string _county = Counties.Fresh();

    [Fact]
    public async Task Every_service_and_the_gateway_send_traces_metrics_and_logs_to_the_dashboard()
    {
        suite.Require();
        using var dashboard = suite.DashboardApi();
        var resources = await Eventually.UntilAsync(() => dashboard.GetFromJsonAsync<List<JsonElement>>("/api/telemetry/resources")!,
            r => AspireSuite.Services.Append("gateway").All(name => r!.Any(x => x.GetProperty("name").GetString() == name
                && x.GetProperty("hasTraces").GetBoolean() && x.GetProperty("hasMetrics").GetBoolean() && x.GetProperty("hasLogs").GetBoolean())),
            Wait, r => JsonSerializer.Serialize(r));
        output.WriteLine(JsonSerializer.Serialize(resources));
    }

    [Fact]
    public async Task One_request_through_the_gateway_is_one_trace_to_every_consumer()
    {
        suite.Require();
        // While the demo county loads, each service sends thousands of SQL spans, and the SDK's bounded export queue
        // (2,048 spans) drops what does not fit: this test's spans too, on a slow machine. It looks at a quiet suite.
        await suite.DemoEndedAsync();
        using var api = suite.Gateway(_county);
        await Ok(api.PutAsJsonAsync($"/api/organization/counties/{_county}", new { name = "遥测县", policyPreset = "national" }));

        var (traceparent, traceId) = DashboardTraces.NewContext();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/organization/counties/{_county}/schools")
        {
            Content = JsonContent.Create(new { code = "T1", name = "遥测小学", stage = "primary", locality = "urban", township = "清泉镇" }),
        };
        request.Headers.Add("traceparent", traceparent);
        await Ok(api.SendAsync(request));

        // Every span hangs off the gateway's server span: its call, organization's request, the outbox publish, and each
        // consumer's receive and process.
        using var dashboard = suite.DashboardApi();
        var trace = await Eventually.UntilAsync(() => DashboardTraces.SpansAsync(dashboard, traceId),
            spans => Consumers.All(c => spans.Any(s => s.Service == c && s.Kind == ActivityKind.Consumer))
                && spans.Any(s => s.Service == "organization" && s.Name.StartsWith("outbox publish SchoolRegistered", StringComparison.Ordinal))
                && spans.Where(s => !spans.Any(p => p.SpanId == s.ParentSpanId)).Select(s => (s.Service, s.Kind)).SequenceEqual([("gateway", ActivityKind.Server)]),
            Wait, DashboardTraces.Describe);
        output.WriteLine(DashboardTraces.Describe(trace));
    }
}
