using EduPlatform.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EduPlatform.Messaging;

/// <summary>
/// Readiness from the publishing side: the outbox backlog and its age, and Unhealthy once events have waited longer
/// than <see cref="MessagingOptions.ReadinessThreshold"/> while nothing was sent for as long (by any replica) — a
/// service that cannot publish. A large import that drains steadily stays ready.
/// </summary>
public sealed class OutboxReadiness<TDatabase>(TDatabase database, IOptions<MessagingOptions> options, TimeProvider clock) : IHealthCheck
    where TDatabase : ServiceDatabase
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (count, oldest) = await database.ReadAsync(s => s.BacklogAsync(), cancellationToken);
        var now = clock.GetUtcNow();
        var threshold = options.Value.ReadinessThreshold;
        var data = new Dictionary<string, object> { ["outboxBacklog"] = count };
        if (oldest is not { } first)
        {
            return HealthCheckResult.Healthy($"{database.ServiceName} outbox is empty", data);
        }

        var age = now - first;
        data["outboxOldestAgeSeconds"] = Math.Round(age.TotalSeconds, 1);
        if (age < threshold)
        {
            return HealthCheckResult.Healthy($"{database.ServiceName} outbox: {count} event(s) waiting", data);
        }

        var lastSent = await database.ReadAsync(s => s.LastSentAsync(), cancellationToken);
        if (lastSent is { } sent)
        {
            data["lastSentAgeSeconds"] = Math.Round((now - sent).TotalSeconds, 1);
            if (now - sent < threshold)
            {
                return HealthCheckResult.Healthy($"{database.ServiceName} outbox: {count} event(s) waiting, draining", data);
            }
        }

        return HealthCheckResult.Unhealthy(
            $"{database.ServiceName} cannot publish: {count} event(s) wait, the oldest for {age.TotalSeconds:N0} s, and nothing was sent for longer than {threshold.TotalSeconds:N0} s",
            data: data);
    }
}
