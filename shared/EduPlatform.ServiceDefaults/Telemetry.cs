using EduPlatform.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// OpenTelemetry with the core SDK only (our feed has no OpenTelemetry.Extensions.Hosting or instrumentation
/// packages): ASP.NET Core, HttpClient, runtime and MassTransit publish through their own ActivitySources and
/// Meters, so listening to them by name is enough. Export is OTLP, only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
public static class Telemetry
{
    public static readonly string[] ActivitySources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "EduPlatform.*"];

    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting",
        "System.Net.Http", "System.Runtime", "MassTransit", MessagingTelemetry.MeterName, "EduPlatform.*",
    ];

    public static bool OtlpConfigured(IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    public static void AddTelemetry(IHostApplicationBuilder builder, string serviceName)
    {
        var otlp = OtlpConfigured(builder);
        var resource = ResourceBuilder.CreateDefault()
            .AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName,
                serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}");

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            if (otlp)
            {
                logging.AddOtlpExporter();
            }
        });

        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(ActivitySources);
            if (otlp)
            {
                tracing.AddOtlpExporter();
            }

            return tracing.Build();
        });
        builder.Services.AddSingleton(_ =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Meters);
            if (otlp)
            {
                metrics.AddOtlpExporter((_, reader) =>
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds =
                        int.TryParse(builder.Configuration["OTEL_METRIC_EXPORT_INTERVAL"], out var ms) ? ms : 10_000);
            }

            return metrics.Build();
        });
        builder.Services.AddHostedService<TelemetryProvidersHost>();
    }

    /// <summary>
    /// The ASP.NET Core server span carries no route by itself; name it "GET /api/…/{id}" and tag route and status,
    /// as the OpenTelemetry HTTP conventions ask.
    /// </summary>
    public static IApplicationBuilder UseRouteTagging(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        var activity = context.Features.Get<IHttpActivityFeature>()?.Activity;
        if (activity is null)
        {
            return;
        }

        // Group prefixes joined with an empty pattern leave a trailing "/" that is not part of the route a client calls.
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } raw && raw.Length > 1 ? raw.TrimEnd('/') : null;
        activity.SetTag("http.request.method", context.Request.Method);
        activity.SetTag("url.path", context.Request.Path.Value);
        activity.SetTag("http.response.status_code", context.Response.StatusCode);
        if (route is not null)
        {
            activity.SetTag("http.route", route);
            activity.DisplayName = $"{context.Request.Method} {route}";
        }

        if (context.Response.StatusCode >= 500)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
        }
    });

    /// <summary>Creates the providers when the host starts (so listeners exist before traffic) and flushes them at stop.</summary>
    sealed class TelemetryProvidersHost(TracerProvider tracerProvider, MeterProvider meterProvider) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            tracerProvider.ForceFlush(2000);
            meterProvider.ForceFlush(2000);
            return Task.CompletedTask;
        }
    }
}
