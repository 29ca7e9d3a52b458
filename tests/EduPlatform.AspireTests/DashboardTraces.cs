using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.AspireTests;

/// <summary>
/// Traces as the dashboard holds them, read through its telemetry API (<c>/api/telemetry/traces/{traceId}</c>, OTLP
/// JSON): what an operator sees when opening the trace.
/// </summary>
public static class DashboardTraces
{
    public sealed record Span(string Service, string Name, ActivityKind Kind, string SpanId, string ParentSpanId);

    /// <summary>A new W3C trace context for a request, so its trace can be found afterwards: (header value, trace id).</summary>
    public static (string Traceparent, string TraceId) NewContext()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        return ($"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01", traceId);
    }

    public static async Task<List<Span>> SpansAsync(HttpClient dashboard, string traceId)
    {
        using var response = await dashboard.GetAsync($"/api/telemetry/traces/{traceId}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("data").GetProperty("resourceSpans").EnumerateArray().SelectMany(resource =>
        {
            var service = resource.GetProperty("resource").GetProperty("attributes").EnumerateArray()
                .First(a => a.GetProperty("key").GetString() == "service.name").GetProperty("value").GetProperty("stringValue").GetString()!;
            return resource.GetProperty("scopeSpans").EnumerateArray().SelectMany(s => s.GetProperty("spans").EnumerateArray()).Select(span =>
                new Span(service, span.GetProperty("name").GetString()!,
                    // OTLP numbers kinds from 1 (internal); ActivityKind from 0.
                    (ActivityKind)(span.GetProperty("kind").GetInt32() - 1),
                    span.GetProperty("spanId").GetString()!,
                    span.TryGetProperty("parentSpanId", out var parent) ? parent.GetString() ?? "" : ""));
        })];
    }

    public static string Describe(IReadOnlyList<Span> spans) => spans.Count == 0
        ? "the dashboard has no span of the trace"
        : string.Join("\n", spans.Select(s => $"{s.Service}: {s.Name} ({s.Kind}, {s.SpanId} ← {s.ParentSpanId})"));
}
