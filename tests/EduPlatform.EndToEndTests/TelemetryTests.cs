using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.EndToEndTests;

using static Responses;

/// <summary>
/// What an operator sees with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a collector: one request that causes events is
/// one trace from the gateway through the service that wrote the event to the services that consumed it, and the
/// suite's own messaging metrics arrive.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class TelemetryTests(Broker broker, ITestOutputHelper output)
{
    const string SchoolRegistered = "EduPlatform.Contracts.Organization:SchoolRegistered";
    static readonly string[] Consumers = ["staffing", "rotation", "zoning", "evaluation"];
    readonly string _county = Counties.Fresh();

    [Fact]
    public async Task One_request_is_one_trace_from_the_gateway_to_the_consumers_and_the_suites_metrics_arrive()
    {
        await using var vhost = await broker.VirtualHostAsync();
        await using var otlp = OtlpReceiver.Start();
        await using var outside = await OutsideSubscriber.BindAsync(vhost.Uri, SchoolRegistered);
        await using var suite = await Suite.StartAsync(vhost.Uri, ["organization", .. Consumers], gateway: true, environment: otlp.Environment);
        using var api = suite.Client(null, _county);
        await Ok(api.PutAsJsonAsync($"/api/organization/counties/{_county}", new { name = "遥测县", policyPreset = "national" }));

        // The caller starts the trace, as a browser or another government system with its own tracing would. Every span
        // of it hangs off the gateway's server span: the gateway's call, organization's request, its outbox publish, and
        // each consumer's receive and process.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/organization/counties/{_county}/schools")
        {
            Content = JsonContent.Create(new { code = "T1", name = "遥测小学", stage = "primary", locality = "urban", township = "清泉镇" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var school = await Ok(api.SendAsync(request));

        var trace = await Eventually.UntilAsync(() => Task.FromResult(otlp.Spans.Where(s => s.TraceId == traceId).ToList()),
            spans => Consumers.All(c => spans.Any(s => s.Service == c && s.Kind == ActivityKind.Consumer))
                && spans.Any(s => s.Service == "organization" && s.Name.StartsWith("outbox publish", StringComparison.Ordinal))
                && spans.Where(s => !spans.Any(p => p.SpanId == s.ParentSpanId)).Select(s => (s.Service, s.Kind)).SequenceEqual([("gateway", ActivityKind.Server)]),
            TimeSpan.FromSeconds(60), Describe);
        output.WriteLine(Describe(trace));

        // A redelivery of the same event: each consumer's inbox drops it and counts it.
        var envelope = await outside.NextAsync(m => m.GetProperty("schoolId").GetGuid() == school.GetProperty("id").GetGuid(), TimeSpan.FromSeconds(30));
        await outside.RepublishAsync(SchoolRegistered, envelope);

        var points = await Eventually.UntilAsync(() => Task.FromResult(otlp.Points),
            p => Has(p, "organization", "eduplatform.events.published") && p.Any(x => x.Service == "organization" && x.Metric == "eduplatform.outbox.backlog")
                && Consumers.All(c => Has(p, c, "eduplatform.events.consumed") && Has(p, c, "eduplatform.events.duplicates_dropped")),
            TimeSpan.FromSeconds(60), p => string.Join("; ", p.Where(x => x.Metric.StartsWith("eduplatform.", StringComparison.Ordinal))
                .GroupBy(x => (x.Service, x.Metric)).Select(g => $"{g.Key.Service} {g.Key.Metric} {g.Max(x => x.Value)}")));
        Assert.All(Consumers, c => Assert.Equal(1, points.Where(x => x.Service == c && x.Metric == "eduplatform.events.duplicates_dropped").Max(x => x.Value)));
    }

    static bool Has(IReadOnlyList<OtlpReceiver.Point> points, string service, string metric) =>
        points.Any(x => x.Service == service && x.Metric == metric && x.Value >= 1);

    static string Describe(List<OtlpReceiver.Span> spans) =>
        spans.Count == 0 ? "no spans of the trace" : string.Join("\n", spans.Select(s => $"{s.Service}: {s.Name} (kind {s.Kind}, {s.SpanId} ← {s.ParentSpanId})"));
}
