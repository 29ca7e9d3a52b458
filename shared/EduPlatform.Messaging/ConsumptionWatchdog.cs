using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduPlatform.Messaging;

/// <summary>
/// Notices a service that has silently stopped consuming — its queue holds ready messages, the broker is up, and not one
/// delivery reached this process for a whole <see cref="MessagingOptions.StallTimeout"/> — and gets it consuming again.
/// First it drops the process's broker connections (<see cref="BrokerSocket.DropConnections"/>), which MassTransit
/// answers by connecting again; unacknowledged deliveries return and the inbox drops those already applied. If the
/// queues are still stalled a timeout later, it marks the process dead on /alive and stops it with exit code 1 so its
/// supervisor (Kubernetes, compose's restart policy, systemd) starts a fresh one. Evidence it acts on: the broker's
/// own ready count, asked on a separate connection, and the last delivery <see cref="DeliveryActivity"/> saw.
/// </summary>
public sealed class ConsumptionWatchdog(
    IReadOnlyCollection<string> queues,
    IQueueDepths depths,
    DeliveryActivity activity,
    ConsumptionStatus status,
    Func<int> dropConnections,
    TimeSpan stallTimeout,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ConsumptionWatchdog> logger) : BackgroundService
{
    public const int ExitCodeWhenStuck = 1;
    static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartedAsync(stoppingToken);
        var detector = new StallDetector(stallTimeout, clock.GetUtcNow());
        var interval = stallTimeout / 4 > ShortestInterval ? stallTimeout / 4 : ShortestInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                if (await LookOnceAsync(detector, stoppingToken) == StallVerdict.StalledAfterReconnect)
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "The consumption watchdog could not look at the queues; it looks again in {Interval}", interval);
            }
        }
    }

    /// <summary>One look at every queue of this process, and what it did about them.</summary>
    public async Task<StallVerdict> LookOnceAsync(StallDetector detector, CancellationToken cancellationToken)
    {
        var ready = await depths.ReadyAsync(queues, cancellationToken);
        if (ready is null)
        {
            return StallVerdict.Consuming; // the broker is away: MassTransit is reconnecting, nothing here is stuck
        }

        var now = clock.GetUtcNow();
        var worst = StallVerdict.Consuming;
        string? stalledQueue = null;
        foreach (var (queue, count) in ready)
        {
            var verdict = detector.Observe(now, queue, count, activity.LastDelivery(queue));
            if (verdict > worst)
            {
                (worst, stalledQueue) = (verdict, queue);
            }
        }

        switch (worst)
        {
            case StallVerdict.Stalled:
                var dropped = dropConnections();
                detector.Recovered(now);
                status.Recovered(now, stalledQueue!);
                MessagingTelemetry.ConsumerStalls.Add(1, new KeyValuePair<string, object?>("action", "reconnect"));
                logger.LogWarning(
                    "Queue {Queue} has held {Ready} ready messages for {Timeout} and none reached this process: dropped its {Dropped} broker connection(s) so the client connects again",
                    stalledQueue, ready[stalledQueue!], stallTimeout, dropped);
                break;
            case StallVerdict.StalledAfterReconnect:
                status.Stuck(now, stalledQueue!);
                MessagingTelemetry.ConsumerStalls.Add(1, new KeyValuePair<string, object?>("action", "restart"));
                logger.LogCritical(
                    "Queue {Queue} still has {Ready} ready messages and nothing reached this process since its broker connections were dropped; stopping with exit code {ExitCode} for the supervisor to restart it",
                    stalledQueue, ready[stalledQueue!], ExitCodeWhenStuck);
                Environment.ExitCode = ExitCodeWhenStuck;
                lifetime.StopApplication();
                break;
        }

        return worst;
    }
}
