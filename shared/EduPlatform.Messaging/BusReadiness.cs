using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EduPlatform.Messaging;

/// <summary>
/// Readiness from the broker's side: MassTransit's view of the connection and of every receive endpoint. A reconnect
/// is Degraded (still 200); not reaching the broker for longer than <see cref="MessagingOptions.ReadinessThreshold"/>
/// is Unhealthy, so <c>/health</c> answers 503 and the gateway's aggregate with it. Measured from the first probe that
/// saw it, so probe at least as often as the threshold.
/// </summary>
public sealed class BusReadiness(IBusControl bus, IOptions<MessagingOptions> options, TimeProvider clock) : IHealthCheck
{
    readonly object _gate = new();
    DateTimeOffset? _downSince;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = bus.CheckHealth();
        var now = clock.GetUtcNow();
        DateTimeOffset since;
        lock (_gate)
        {
            if (health.Status == BusHealthStatus.Healthy)
            {
                _downSince = null;
                return Task.FromResult(HealthCheckResult.Healthy($"connected to the broker; {health.Endpoints.Count} endpoint(s) ready"));
            }

            since = _downSince ??= now;
        }

        var threshold = options.Value.ReadinessThreshold;
        var waited = now - since;
        var data = new Dictionary<string, object>
        {
            ["since"] = since.ToString("O"),
            ["waitedSeconds"] = Math.Round(waited.TotalSeconds, 1),
            ["thresholdSeconds"] = threshold.TotalSeconds,
            ["endpointsNotReady"] = health.Endpoints.Where(e => e.Value.Status != BusHealthStatus.Healthy).Select(e => e.Key).ToArray(),
        };
        var description = $"the bus is {health.Status} for {waited.TotalSeconds:N0} s: {health.Description}";
        return Task.FromResult(waited >= threshold
            ? HealthCheckResult.Unhealthy(description, health.Exception, data)
            : HealthCheckResult.Degraded(description, health.Exception, data));
    }
}
