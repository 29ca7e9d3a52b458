using System.Diagnostics;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// OpenTelemetry the Aspire way (as dotnet/eShop's ServiceDefaults): the hosting package starts and flushes the providers,
/// the ASP.NET Core, HttpClient and runtime instrumentation packages bring their spans and meters (the server span named
/// by its route, with <c>http.route</c> and status), and the suite adds what only it has: MassTransit's source and meter,
/// its own <c>EduPlatform.*</c> sources (a span per SQL call) and meters (outbox, events, stalls). Logs, traces and
/// metrics go over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, which Aspire does for every project it runs;
/// the exporter reads the other <c>OTEL_*</c> settings (protocol, headers, metric interval) itself.
/// </summary>
public static class Telemetry
{
    /// <summary>Sources no instrumentation package covers.</summary>
    public static readonly string[] ActivitySources = ["MassTransit", "EduPlatform.*"];

    /// <summary>Meters no instrumentation package covers.</summary>
    public static readonly string[] Meters = ["MassTransit", MessagingTelemetry.MeterName, "EduPlatform.*"];

    static bool OtlpConfigured(IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    public static void AddTelemetry(IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName,
                autoGenerateServiceInstanceId: false,
                serviceInstanceId: InstanceIdGiven(builder) ? null : $"{Environment.MachineName}-{Environment.ProcessId}"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new NoBackgroundQueries()))
                .AddSource(ActivitySources)
                // Health probes every few seconds (the gateway's of each service too) would bury the requests people make.
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !IsProbe(context.Request.Path.Value);
                    o.EnrichWithHttpRequest = (activity, _) => RedactUrl(activity, "url.path", "url.query");
                    o.EnrichWithHttpResponse = (activity, _) => TrimRoute(activity);
                })
                .AddHttpClientInstrumentation(o =>
                {
                    o.FilterHttpRequestMessage = request => !IsProbe(request.RequestUri?.AbsolutePath);
                    o.EnrichWithHttpRequestMessage = (activity, _) => RedactUrl(activity, "url.full");
                }));

        if (OtlpConfigured(builder))
        {
            telemetry.UseOtlpExporter();
        }
    }

    /// <summary>
    /// Aspire names each replica in OTEL_RESOURCE_ATTRIBUTES (service.instance.id), which is how its dashboard ties
    /// telemetry to the resource; elsewhere host and process tell replicas apart.
    /// </summary>
    static bool InstanceIdGiven(IHostApplicationBuilder builder) =>
        builder.Configuration["OTEL_RESOURCE_ATTRIBUTES"]?.Contains("service.instance.id=", StringComparison.Ordinal) == true;

    static bool IsProbe(string? path) => path is "/health" or "/alive";

    /// <summary>An identity number in a URL (which no route accepts) is not recorded: see <see cref="IdNumberRedaction"/>.</summary>
    static void RedactUrl(Activity activity, params string[] tags)
    {
        foreach (var tag in tags)
        {
            if (activity.GetTagItem(tag) is string value && IdNumberRedaction.Redact(value) is var redacted && redacted != value)
            {
                activity.SetTag(tag, redacted);
            }
        }
    }

    /// <summary>
    /// A route group joined with an empty pattern ends in "/" (<c>…/schools/</c>), which is not the route a client calls;
    /// the span is named and tagged without it.
    /// </summary>
    static void TrimRoute(Activity activity)
    {
        if (activity.GetTagItem("http.route") is string { Length: > 1 } route && route.EndsWith('/'))
        {
            var trimmed = route.TrimEnd('/');
            activity.SetTag("http.route", trimmed);
            activity.DisplayName = activity.DisplayName.Replace(route, trimmed, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The outbox relay's poll and the health checks query the database every second or so with nothing behind them;
    /// as traces of their own they would bury the requests and events an operator looks for in the dashboard. A SQL
    /// call is traced inside a request, a consumed event or a relayed publish (the parent decides), never on its own.
    /// </summary>
    sealed class NoBackgroundQueries : Sampler
    {
        public override SamplingResult ShouldSample(in SamplingParameters parameters) =>
            new(parameters.Kind == ActivityKind.Client && parameters.Name.StartsWith(DbSession.SpanNamePrefix, StringComparison.Ordinal)
                ? SamplingDecision.Drop
                : SamplingDecision.RecordAndSample);
    }
}
