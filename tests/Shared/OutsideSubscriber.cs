using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EduPlatform.Tests;

/// <summary>
/// What another government system does (docs/events.md): plain RabbitMQ.Client, its own queue bound to the event's
/// exchange (named by the contract's full type name), reading the JSON envelope's "message" and deduping on "messageId".
/// </summary>
public sealed class OutsideSubscriber : IAsyncDisposable
{
    readonly IConnection _connection;
    readonly IChannel _channel;
    readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    readonly ConcurrentDictionary<string, List<JsonElement>> _byExchange = new();

    OutsideSubscriber(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<OutsideSubscriber> BindAsync(string brokerUri, params string[] exchanges)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(brokerUri) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        foreach (var exchange in exchanges)
        {
            // MassTransit publishes to a durable fanout exchange with this name; declaring it first lets us bind before the first event.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync(queue.QueueName, exchange, "");
        }

        var subscriber = new OutsideSubscriber(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var envelope = JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span)).RootElement.Clone();
            subscriber._received.Writer.TryWrite(envelope);
            var list = subscriber._byExchange.GetOrAdd(delivery.Exchange, _ => []);
            lock (list)
            {
                list.Add(envelope);
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return subscriber;
    }

    /// <summary>The next envelope whose message matches, within the timeout.</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var envelope = await _received.Reader.ReadAsync(cts.Token);
            if (match(envelope.GetProperty("message")))
            {
                return envelope;
            }
        }
    }

    /// <summary>Every envelope received so far, by the exchange it was published to (the event's full type name).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> ByExchange() =>
        _byExchange.ToDictionary(e => e.Key, e =>
        {
            lock (e.Value)
            {
                return (IReadOnlyList<JsonElement>)e.Value.ToList();
            }
        });

    /// <summary>
    /// Sends an envelope again to its exchange, as a broker redelivers after a lost acknowledgement: the same messageId,
    /// which every consumer's inbox must recognise.
    /// </summary>
    public async Task RepublishAsync(string exchange, JsonElement envelope)
    {
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true };
        await _channel.BasicPublishAsync(exchange, "", mandatory: false, properties, Encoding.UTF8.GetBytes(envelope.GetRawText()));
    }

    /// <summary>An envelope already received, without waiting.</summary>
    public bool TryNext(out JsonElement envelope) => _received.Reader.TryRead(out envelope);

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
