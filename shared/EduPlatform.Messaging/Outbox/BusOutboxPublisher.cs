using System.Diagnostics;
using System.Text.Json;
using EduPlatform.Persistence;
using MassTransit;

namespace EduPlatform.Messaging;

/// <summary>
/// Publishes through MassTransit's bus one row at a time: the in-memory transport of the standalone suite, where a
/// publish is a hand-over inside the process and there is no confirm to wait for.
/// </summary>
public sealed class BusOutboxPublisher(IBus bus, ServiceDatabase database, TimeSpan publishTimeout) : IOutboxPublisher
{
    public async Task<PublishOutcome> PublishAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken ct)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                await PublishAsync(batch[i], ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                return new PublishOutcome(i, ex);
            }
        }

        return new PublishOutcome(batch.Count, null);
    }

    async Task PublishAsync(OutboxMessage message, CancellationToken ct)
    {
        var type = MessageTypes.Resolve(message.MessageType);
        var payload = JsonSerializer.Deserialize(message.Payload, type, EventJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {message.Sequence} holds no {type.Name}.");

        // Publish under the trace of the request that wrote the row.
        using var activity = database.ActivitySource.StartActivity(
            $"outbox publish {type.Name}", ActivityKind.Producer, parentId: message.TraceParent);
        activity?.SetTag("messaging.message.id", message.MessageId.ToString());
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(publishTimeout);
        try
        {
            await bus.Publish(payload, type, Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = message.MessageId;
                context.Headers.Set(OutboxEnvelope.CountyHeader, message.CountyCode);
            }), deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm {type.Name} {message.MessageId} within {publishTimeout}.");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
