using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EduPlatform.Messaging;

/// <summary>What the consumption watchdog last did, as the /alive check reports it.</summary>
public sealed class ConsumptionStatus : IHealthCheck
{
    volatile string? _recovered;
    volatile string? _stuck;

    public void Recovered(DateTimeOffset at, string queue) =>
        _recovered = $"dropped the broker connections at {at:O} because {queue} had stalled";

    public void Stuck(DateTimeOffset at, string queue) =>
        _stuck = $"{queue} stayed stalled after the broker connections were dropped; stopping since {at:O}";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_stuck is { } stuck ? HealthCheckResult.Unhealthy(stuck)
            : _recovered is { } recovered ? HealthCheckResult.Healthy($"consuming; last recovery: {recovered}")
            : HealthCheckResult.Healthy("consuming"));
}
