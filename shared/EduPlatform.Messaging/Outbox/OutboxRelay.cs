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
    DateTimeOffset _nextReport = DateTimeOffset.MinValue;
    DateTimeOffset _renewLeaseAt = DateTimeOffset.MinValue;

    // Rows the broker confirmed and the relay has not stamped sent yet; the next read starts after the last of them.
    readonly List<long> _unstamped = [];
    long _lastPublished;
    DateTimeOffset _stampDue = DateTimeOffset.MaxValue;
    Task _stamping = Task.CompletedTask;

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

                if (_unstamped.Count > 0 && !_stamping.IsCompleted && DateTimeOffset.UtcNow >= _stampDue)
                {
                    // A stamp is due while the last is still running: wait for that one rather than spin until it ends.
                    await Task.WhenAny(_stamping, Task.Delay(settings.PollInterval, stoppingToken));
                    continue;
                }

                var wait = _unstamped.Count == 0 ? settings.PollInterval
                    : TimeSpan.FromTicks(Math.Clamp((_stampDue - DateTimeOffset.UtcNow).Ticks, 0, settings.PollInterval.Ticks));
                await database.WaitForOutboxSignalAsync(wait, stoppingToken);
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

        await FlushStampsAsync();
        await RelayLease.ReleaseAsync(database, LeaseName, _owner, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    enum RelayOutcome { Idle, MoreWaiting }

    async Task<RelayOutcome> RelayOnceAsync(IOutboxPublisher publisher, OutboxRelayOptions settings, CancellationToken ct)
    {
        if (!await HoldLeaseAsync(settings, ct))
        {
            await FlushStampsAsync(); // what this relay sent before another took over is still sent
            return RelayOutcome.Idle;
        }

        var after = _unstamped.Count > 0 || !_stamping.IsCompleted ? _lastPublished : 0;
        var batch = await database.ReadAsync(s => s.ReadUnsentAsync(settings.BatchSize, after), ct);
        if (batch.Count > 0)
        {
            var (confirmed, failure) = await publisher.PublishAsync(batch, ct);
            if (confirmed > 0)
            {
                if (_unstamped.Count == 0)
                {
                    _stampDue = DateTimeOffset.UtcNow + settings.StampInterval;
                }

                _unstamped.AddRange(batch.Take(confirmed).Select(m => m.Sequence));
                _lastPublished = batch[confirmed - 1].Sequence;
                CountPublished(batch.Take(confirmed));
            }

            if (failure is not null)
            {
                await FlushStampsAsync();
                MessagingTelemetry.PublishFailures.Add(1, new KeyValuePair<string, object?>("service", database.ServiceName));
                await database.InTransactionAsync(s => s.RecordFailureAsync(batch[confirmed].Sequence, failure.Message), CancellationToken.None);
                throw new OutboxPublishException(confirmed, batch.Count, failure);
            }
        }

        if (_unstamped.Count >= settings.BatchSize || DateTimeOffset.UtcNow >= _stampDue)
        {
            StartStamp();
        }

        await ReportBacklogAndPurgeAsync(settings, ct);
        return batch.Count == settings.BatchSize ? RelayOutcome.MoreWaiting : RelayOutcome.Idle;
    }

    /// <summary>
    /// Stamps sent what the broker confirmed, beside the publishing rather than in its way: a stamp is a committed write
    /// that waits its turn among the producer's, and at a thousand events a second arriving one by one a stamp per
    /// publish took as much of the database as writing the events, while waiting for it held every event behind it.
    /// Stamps are deferred up to <see cref="OutboxRelayOptions.StampInterval"/> (or a batch's worth of rows), one at a
    /// time. Rows not stamped when the process dies, or whose stamp failed, are sent again; consumers' inboxes drop them.
    /// </summary>
    void StartStamp()
    {
        if (_unstamped.Count == 0 || !_stamping.IsCompleted)
        {
            return;
        }

        var sequences = _unstamped.ToList();
        _unstamped.Clear();
        _stampDue = DateTimeOffset.MaxValue;
        _stamping = StampAsync(sequences);
    }

    async Task StampAsync(List<long> sequences)
    {
        try
        {
            await database.InTransactionAsync(s => s.MarkSentAsync(sequences), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{Service} outbox: {Count} published events could not be stamped sent; they will be sent again", database.ServiceName, sequences.Count);
        }
    }

    async Task FlushStampsAsync()
    {
        await _stamping;
        StartStamp();
        await _stamping;
    }

    /// <summary>
    /// Renews the lease only once half of it has run: taking it is a committed write, and at a thousand events a second
    /// in ones and twos a write per batch would cost the producer's database as much as the events themselves.
    /// </summary>
    async Task<bool> HoldLeaseAsync(OutboxRelayOptions settings, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        if (now < _renewLeaseAt)
        {
            return true;
        }

        var taken = await RelayLease.TryTakeAsync(database, LeaseName, _owner, settings.LeaseDuration, ct);
        _renewLeaseAt = taken ? now + settings.LeaseDuration / 2 : DateTimeOffset.MinValue;
        return taken;
    }

    void CountPublished(IEnumerable<OutboxMessage> sent)
    {
        foreach (var group in sent.GroupBy(m => m.MessageType))
        {
            MessagingTelemetry.EventsPublished.Add(group.Count(),
                new KeyValuePair<string, object?>("service", database.ServiceName),
                new KeyValuePair<string, object?>("event", OutboxEnvelope.TypeName(group.Key)));
        }
    }

    async Task ReportBacklogAndPurgeAsync(OutboxRelayOptions settings, CancellationToken ct)
    {
        // The backlog gauges are read every few seconds at most; counting after every batch would only load the database.
        if (DateTimeOffset.UtcNow < _nextReport)
        {
            return;
        }

        _nextReport = DateTimeOffset.UtcNow.AddSeconds(1);
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

/// <summary>A batch stopped short; the rows after the confirmed ones go out again after the back-off.</summary>
public sealed class OutboxPublishException(int confirmed, int batch, Exception inner)
    : Exception($"{confirmed} of {batch} events confirmed: {inner.Message}", inner);
