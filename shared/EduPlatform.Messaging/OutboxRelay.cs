using System.Diagnostics;
using System.Text.Json;
using EduPlatform.Persistence;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EduPlatform.Messaging;

/// <summary>
/// Publishes a service's outbox rows to the bus in sequence order, with MassTransit MessageId = the row's MessageId,
/// then stamps them sent. Only the holder of the database's relay lease publishes, so replicas never race; a crash
/// after publishing and before stamping re-sends the row on restart, and consumers' inboxes drop the repeat.
/// </summary>
public sealed class OutboxRelay<TDatabase>(
    TDatabase database,
    IBus bus,
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
        var settings = options.Value;
        var backoff = settings.InitialBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await RelayOnceAsync(settings, stoppingToken);
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

    async Task<RelayOutcome> RelayOnceAsync(OutboxRelayOptions settings, CancellationToken ct)
    {
        if (!await RelayLease.TryTakeAsync(database, LeaseName, _owner, settings.LeaseDuration, ct))
        {
            return RelayOutcome.Idle;
        }

        var batch = await database.ReadAsync(s => s.ReadUnsentAsync(settings.BatchSize), ct);
        var sent = new List<long>(batch.Count);
        try
        {
            foreach (var message in batch)
            {
                await PublishAsync(message, settings.PublishTimeout, ct);
                sent.Add(message.Sequence);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MessagingTelemetry.PublishFailures.Add(1, new KeyValuePair<string, object?>("service", database.ServiceName));
            var failed = batch[sent.Count];
            await database.InTransactionAsync(s => s.RecordFailureAsync(failed.Sequence, ex.Message), CancellationToken.None);
            throw;
        }
        finally
        {
            if (sent.Count > 0)
            {
                await database.InTransactionAsync(s => s.MarkSentAsync(sent), CancellationToken.None);
            }
        }

        await ReportBacklogAndPurgeAsync(settings, ct);
        return batch.Count == settings.BatchSize ? RelayOutcome.MoreWaiting : RelayOutcome.Idle;
    }

    async Task PublishAsync(OutboxMessage message, TimeSpan timeout, CancellationToken ct)
    {
        var type = MessageTypes.Resolve(message.MessageType);
        var payload = JsonSerializer.Deserialize(message.Payload, type, EventJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {message.Sequence} holds no {type.Name}.");

        // Publish under the trace of the request that wrote the row.
        using var activity = database.ActivitySource.StartActivity(
            $"outbox publish {type.Name}", ActivityKind.Internal, parentId: message.TraceParent);
        activity?.SetTag("messaging.message.id", message.MessageId.ToString());
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await bus.Publish(payload, type, Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = message.MessageId;
                context.Headers.Set("county-code", message.CountyCode);
            }), deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm {type.Name} {message.MessageId} within {timeout}.");
        }

        MessagingTelemetry.EventsPublished.Add(1,
            new KeyValuePair<string, object?>("service", database.ServiceName),
            new KeyValuePair<string, object?>("event", type.Name));
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
