using System.Diagnostics;
using EduPlatform.Persistence;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace EduPlatform.Messaging;

/// <summary>
/// Publishes a relay's rows with RabbitMQ.Client on one confirm channel of its own connection, in row order, with up
/// to <see cref="OutboxRelayOptions.ConfirmWindow"/> confirms outstanding (awaiting each confirm before the next
/// publish held the suite to about a tenth of what the broker takes; docs/benchmarks/messaging.md). RabbitMQ keeps the
/// order of one channel's publishes into each queue, so a consumer's queue receives a service's events in outbox order;
/// after a nack, a timeout or a lost connection the relay sends again from the first row not confirmed, so a queue may
/// see a run of rows twice (the inbox drops the repeats) and, after a nack only, a later row before the refused one.
/// The connection does not recover on its own: a new one is opened for the next batch, with delivery tags from 1.
/// </summary>
public sealed class RabbitMqOutboxPublisher(
    Uri broker, ServiceDatabase database, OutboxRelayOptions settings, TimeSpan heartbeat) : IOutboxPublisher
{
    readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    /// <summary>Where an envelope says it was sent, as MassTransit writes it: "rabbitmq://host[:port]/[vhost/]" + exchange.</summary>
    readonly string _destinationBase = DestinationBase(broker);
    IConnection? _connection;
    IChannel? _channel;
    volatile ConfirmWindow? _window;

    public async Task<PublishOutcome> PublishAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken ct)
    {
        ConfirmWindow? window = null;
        try
        {
            var channel = await ChannelAsync(ct);
            window = new ConfirmWindow(await channel.GetNextPublishSequenceNumberAsync(ct), batch.Count);
            _window = window;
            foreach (var message in batch)
            {
                while (window.Outstanding >= settings.ConfirmWindow && !window.Stopped)
                {
                    await AwaitConfirmAsync(window, batch, ct);
                }

                if (window.Stopped)
                {
                    break;
                }

                await PublishAsync(channel, message, ct);
                window.Published();
            }

            while (!window.AllConfirmed && !window.Stopped)
            {
                await AwaitConfirmAsync(window, batch, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            window?.Fail(ex);
            if (window is null)
            {
                await ResetAsync();
                return new PublishOutcome(0, ex);
            }
        }
        finally
        {
            _window = null;
        }

        var confirmed = window!.ConfirmedPrefix;
        if (confirmed == batch.Count)
        {
            return new PublishOutcome(confirmed, null);
        }

        // A channel that nacked, timed out or failed is not trusted with the next batch's delivery tags.
        await ResetAsync();
        var failure = window.Failure ?? (window.FirstNacked is { } nacked
            ? new IOException($"The broker refused {Describe(batch[nacked])} (basic.nack).")
            : new IOException($"The broker confirmed {confirmed} of {batch.Count} events."));
        return new PublishOutcome(confirmed, failure);
    }

    async Task AwaitConfirmAsync(ConfirmWindow window, IReadOnlyList<OutboxMessage> batch, CancellationToken ct)
    {
        if (!await window.WaitForProgressAsync(settings.PublishTimeout, ct) && !window.Stopped)
        {
            var first = batch[Math.Min(window.ConfirmedPrefix, batch.Count - 1)];
            window.Fail(new TimeoutException($"The broker did not confirm {Describe(first)} within {settings.PublishTimeout}."));
        }
    }

    async Task PublishAsync(IChannel channel, OutboxMessage message, CancellationToken ct)
    {
        var exchange = OutboxEnvelope.ExchangeFor(message.MessageType);
        if (_declared.Add(exchange))
        {
            // The exchange MassTransit's consumers bind their queues to; declared the way MassTransit declares it.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
        }

        // The publish span continues the trace of the request that wrote the row, and the consumer's continues it.
        using var activity = database.ActivitySource.StartActivity(
            $"outbox publish {OutboxEnvelope.TypeName(message.MessageType)}", ActivityKind.Producer, parentId: message.TraceParent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.destination.name", exchange);
        activity?.SetTag("messaging.message.id", message.MessageId.ToString());
        var headers = new Dictionary<string, object?> { [OutboxEnvelope.CountyHeader] = message.CountyCode };
        if (activity?.Id is { } traceId)
        {
            headers[OutboxEnvelope.TraceHeader] = traceId;
        }

        var properties = new BasicProperties
        {
            ContentType = OutboxEnvelope.ContentType,
            MessageId = message.MessageId.ToString("D"),
            CorrelationId = message.MessageId.ToString("D"),
            Persistent = true,
            Headers = headers,
        };
        var body = OutboxEnvelope.Write(message, _destinationBase + exchange, DateTime.UtcNow);

        // Writing the frames can block too (a broker under a memory alarm stops reading): it gets the same deadline.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(settings.PublishTimeout);
        try
        {
            await channel.BasicPublishAsync(exchange, "", mandatory: false, properties, body, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not take {Describe(message)} within {settings.PublishTimeout}.");
        }
    }

    static string DestinationBase(Uri broker)
    {
        var virtualHost = Uri.UnescapeDataString(broker.AbsolutePath.Trim('/'));
        return $"rabbitmq://{broker.Host}{(broker.IsDefaultPort || broker.Port <= 0 ? "" : $":{broker.Port}")}/"
            + (virtualHost is "" or "/" ? "" : Uri.EscapeDataString(virtualHost) + "/");
    }

    async Task<IChannel> ChannelAsync(CancellationToken ct)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }

        await ResetAsync();
        var factory = new ConnectionFactory
        {
            Uri = broker, // the client reads host, port, virtual host and credentials from it, as the watchdog's probe does
            // Recovery would renumber delivery tags under an open window; the relay opens a new connection instead.
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedHeartbeat = heartbeat,
            SocketFactory = BrokerSocket.Create,
            ClientProvidedName = $"{database.ServiceName} outbox relay",
        };
        _connection = await factory.CreateConnectionAsync(ct);
        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: false), ct);
        _channel.BasicAcksAsync += OnAckAsync;
        _channel.BasicNacksAsync += OnNackAsync;
        _channel.ChannelShutdownAsync += OnShutdownAsync;
        return _channel;
    }

    Task OnAckAsync(object sender, BasicAckEventArgs args)
    {
        _window?.Ack(args.DeliveryTag, args.Multiple);
        return Task.CompletedTask;
    }

    Task OnNackAsync(object sender, BasicNackEventArgs args)
    {
        _window?.Nack(args.DeliveryTag, args.Multiple);
        return Task.CompletedTask;
    }

    Task OnShutdownAsync(object sender, ShutdownEventArgs args)
    {
        _window?.Fail(new AlreadyClosedException(args));
        return Task.CompletedTask;
    }

    static string Describe(OutboxMessage message) => $"{OutboxEnvelope.TypeName(message.MessageType)} {message.MessageId}";

    /// <summary>Ends the connection without waiting on a broker that may not answer (a dead socket would hold a close).</summary>
    async Task ResetAsync()
    {
        _declared.Clear();
        var (channel, connection) = (_channel, _connection);
        (_channel, _connection) = (null, null);
        if (connection is null)
        {
            return;
        }

        try
        {
            await connection.AbortAsync(TimeSpan.FromSeconds(2));
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }

            await connection.DisposeAsync();
        }
        catch (Exception ex) when (ex is OperationInterruptedException or IOException or ObjectDisposedException or TimeoutException)
        {
            // The connection is gone already; the next batch opens a new one.
        }
    }

    public async ValueTask DisposeAsync() => await ResetAsync();
}
