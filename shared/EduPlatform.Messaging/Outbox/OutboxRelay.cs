using EduPlatform.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EduPlatform.Messaging;

/// <summary>
/// Publishes a service's outbox rows to the bus in sequence order, with MassTransit MessageId = the row's MessageId,
/// then stamps sent the rows the broker confirmed. Only the holder of the database's relay lease publishes, so replicas
/// never race; a crash after publishing and before stamping re-sends the rows on restart, and consumers' inboxes drop
/// the repeats. Order and its limits: docs/decisions.md, "Order of events".
/// </summary>
public sealed class OutboxRelay<TDatabase>(
    TDatabase database,
    IOutboxPublisherFactory publishers,
    IHostApplicationLifetime lifetime,
    IOptions<OutboxRelayOptions> options,
    ILogger<OutboxRelay<TDatabase>> logger) : BackgroundService where TDatabase : ServiceDatabase
{
    const string LeaseName = "outbox";
    readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartedAsync(stoppingToken);
        await using var publisher = publishers.Create(database);
        var settings = options.Value;
        var backoff = settings.InitialBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await RelayOnceAsync(publisher, settings, stoppingToken);
                backoff = settings.InitialBackoff;
                if (outcome == RelayOutcome.MoreWaiting)
                {
                    continue;
                }

                await database.WaitForOutboxSignalAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Service} outbox relay failed; retrying in {Backoff}", database.ServiceName, backoff);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.MaxBackoff.Ticks));
            }
        }

        await RelayLease.ReleaseAsync(database, LeaseName, _owner, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    enum RelayOutcome { Idle, MoreWaiting }

    async Task<RelayOutcome> RelayOnceAsync(IOutboxPublisher publisher, OutboxRelayOptions settings, CancellationToken ct)
    {
        if (!await RelayLease.TryTakeAsync(database, LeaseName, _owner, settings.LeaseDuration, ct))
        {
            return RelayOutcome.Idle;
        }

        var batch = await database.ReadAsync(s => s.ReadUnsentAsync(settings.BatchSize), ct);
        if (batch.Count > 0)
        {
            var (confirmed, failure) = await publisher.PublishAsync(batch, ct);
            if (confirmed > 0)
            {
                await database.InTransactionAsync(s => s.MarkSentAsync(batch.Take(confirmed).Select(m => m.Sequence).ToList()), CancellationToken.None);
                CountPublished(batch.Take(confirmed));
            }

            if (failure is not null)
            {
                MessagingTelemetry.PublishFailures.Add(1, new KeyValuePair<string, object?>("service", database.ServiceName));
                await database.InTransactionAsync(s => s.RecordFailureAsync(batch[confirmed].Sequence, failure.Message), CancellationToken.None);
                throw new OutboxPublishException(confirmed, batch.Count, failure);
            }
        }

        await ReportBacklogAndPurgeAsync(settings, ct);
        return batch.Count == settings.BatchSize ? RelayOutcome.MoreWaiting : RelayOutcome.Idle;
    }

    void CountPublished(IEnumerable<OutboxMessage> sent)
    {
        foreach (var group in sent.GroupBy(m => m.MessageType))
        {
            MessagingTelemetry.EventsPublished.Add(group.Count(),
                new KeyValuePair<string, object?>("service", database.ServiceName),
                new KeyValuePair<string, object?>("event", group.Key[(group.Key.LastIndexOf('.') + 1)..]));
        }
    }

    async Task ReportBacklogAndPurgeAsync(OutboxRelayOptions settings, CancellationToken ct)
    {
        var (count, oldest) = await database.ReadAsync(s => s.BacklogAsync(), ct);
        var age = oldest is { } o ? (DateTimeOffset.UtcNow - o).TotalSeconds : 0;
        MessagingTelemetry.ReportBacklog(database.ServiceName, count, age);

        if (DateTimeOffset.UtcNow >= _nextPurge)
        {
            _nextPurge = DateTimeOffset.UtcNow.AddHours(1);
            var purged = await database.InTransactionAsync(s => s.PurgeSentAsync(DateTimeOffset.UtcNow - settings.SentRetention), ct);
            if (purged > 0)
            {
                logger.LogInformation("{Service} outbox: purged {Count} sent rows", database.ServiceName, purged);
            }
        }
    }
}

/// <summary>A batch stopped short; the rows from <see cref="Confirmed"/> on go out again after the back-off.</summary>
public sealed class OutboxPublishException(int confirmed, int batch, Exception inner)
    : Exception($"{confirmed} of {batch} events confirmed: {inner.Message}", inner)
{
    public int Confirmed => confirmed;
}
