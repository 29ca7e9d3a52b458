using System.Net.Http.Json;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EduPlatform.EndToEndTests;

using static Responses;

/// <summary>
/// The relay's promise (docs/decisions.md, "Order of events"): a queue receives a service's events in outbox order,
/// where after a failure a run already sent may come again; nothing is lost and every effect happens once. Tried on a
/// stream of imports during which the broker stops and starts and the producer is killed with SIGKILL.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class OrderUnderFaultsTests(Broker broker, ITestOutputHelper output)
{
    const string Exchange = "EduPlatform.Contracts.Organization:SchoolRegistered";
    readonly string _county = Counties.Fresh();

    [Fact]
    public async Task A_stream_arrives_in_outbox_order_and_applies_once_through_a_broker_restart_and_a_killed_producer()
    {
        await using var vhost = await broker.VirtualHostAsync();
        await using var recorder = await ArrivalRecorder.StartAsync(vhost.Uri, Exchange);
        await using var suite = await Suite.StartAsync(vhost.Uri, ["staffing", "organization"]);
        var api = suite.Client("organization", _county);
        await Ok(api.PutAsJsonAsync($"/api/organization/counties/{_county}", new { name = "顺序县", policyPreset = "xishui" }));
        var rounds = new[] { 1_000, 1_000, 500, 500, 3_000, 1_000, 1_000 };
        var round = 0;
        async Task ImportAsync() => await Ok(api.PostAsync($"/api/organization/counties/{_county}/schools/import",
            SchoolRoster(rounds[round], (char)('C' + round++))));

        await ImportAsync();
        await ImportAsync();
        // The broker stops right after an import committed, while the relay is publishing it, and stays down while two
        // more imports commit; their events wait in the outbox.
        await broker.StopAsync();
        var unsentAtStop = await UnsentAsync(suite);
        await ImportAsync();
        await ImportAsync();
        await broker.StartAsync();

        // The producer dies without warning right after a large import committed, halfway through relaying it.
        await ImportAsync();
        await suite.KillAndRestartAsync("organization");
        var unsentAtKill = await UnsentAsync(suite);
        api = suite.Client("organization", _county);
        while (round < rounds.Length)
        {
            await ImportAsync();
        }

        var total = rounds.Sum();
        var outboxOrder = (await suite.ColumnAsync("organization",
                "SELECT MessageId FROM outbox_messages WHERE CountyCode = @county AND MessageType LIKE '%SchoolRegistered' ORDER BY Sequence",
                new { county = _county }))
            .Select(id => Guid.Parse(id.ToString()!)).ToList();
        Assert.Equal(total, outboxOrder.Count);
        var position = outboxOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);

        await Eventually.UntilAsync(() => Task.FromResult(recorder.Distinct), n => n == total, TimeSpan.FromSeconds(180),
            n => $"the queue received {n} of {total} events\n{suite.Output}");
        var arrivals = recorder.Arrivals;
        var firstArrivals = arrivals.Distinct().ToList();
        // Outbox order: each event's first arrival comes after the first arrival of every event written before it.
        var outOfOrder = firstArrivals.Zip(firstArrivals.Skip(1)).Count(pair => position[pair.First] > position[pair.Second]);
        output.WriteLine($"broker stopped with {unsentAtStop} unsent; producer killed with {unsentAtKill} unsent; "
            + $"{arrivals.Count} arrivals of {total} events ({arrivals.Count - total} repeats), {outOfOrder} first arrivals out of order; "
            + $"recorder reconnected {recorder.Reconnects} times");
        Assert.Equal(0, outOfOrder);
        Assert.True(unsentAtStop > 0 || unsentAtKill > 0, "neither fault fell while the relay had events to send");

        // Every effect once: staffing's inbox holds each event once and knows each school once.
        await Eventually.UntilAsync(() => suite.CountAsync("staffing", "SELECT COUNT(*) FROM known_schools WHERE CountyCode = @county", new { county = _county }),
            n => n == total, TimeSpan.FromSeconds(180), n => $"staffing knows {n} of {total} schools\n{suite.Output}");
        var applied = (await suite.ColumnAsync("staffing", "SELECT MessageId FROM inbox_messages WHERE Consumer LIKE '%SchoolRegistered%'"))
            .Select(id => Guid.Parse(id.ToString()!)).ToList();
        Assert.Equal(total, applied.Count);
        Assert.True(applied.ToHashSet().SetEquals(outboxOrder));
        Assert.Null(await QueueProbe.DepthAsync(vhost.Uri, "staffing-school-registered_error"));
        await Eventually.UntilAsync(() => UnsentAsync(suite), n => n == 0, TimeSpan.FromSeconds(30), n => $"{n} events unsent"); // stamped within StampInterval
    }

    static Task<long> UnsentAsync(Suite suite) => suite.CountAsync("organization", "SELECT COUNT(*) FROM outbox_messages WHERE SentAt IS NULL");

    static MultipartFormDataContent SchoolRoster(int count, char prefix)
    {
        var csv = new StringBuilder("学校标识码,学校名称,学段,城乡类别,乡镇\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append($"{prefix}{i:D5},顺序小学{prefix}{i},小学,{(i % 3 == 0 ? "城区" : "乡村")},清泉镇\n");
        }

        return Csv(csv.ToString(), "schools.csv");
    }

    /// <summary>
    /// A durable queue of its own bound to one exchange, consumed with manual acks by a subscriber that connects again
    /// whenever its connection ends: it records every delivery's message id in the order the queue gave them.
    /// </summary>
    sealed class ArrivalRecorder : IAsyncDisposable
    {
        readonly List<Guid> _arrivals = [];
        readonly CancellationTokenSource _stop = new();
        readonly string _brokerUri;
        readonly string _queue = $"order-probe-{Guid.NewGuid():N}";
        Task _loop = Task.CompletedTask;

        ArrivalRecorder(string brokerUri) => _brokerUri = brokerUri;

        public int Reconnects { get; private set; }

        public List<Guid> Arrivals { get { lock (_arrivals) { return [.. _arrivals]; } } }

        public int Distinct { get { lock (_arrivals) { return _arrivals.Distinct().Count(); } } }

        public static async Task<ArrivalRecorder> StartAsync(string brokerUri, string exchange)
        {
            var recorder = new ArrivalRecorder(brokerUri);
            await using (var connection = await new ConnectionFactory { Uri = new Uri(brokerUri) }.CreateConnectionAsync())
            await using (var channel = await connection.CreateChannelAsync())
            {
                await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
                await channel.QueueDeclareAsync(recorder._queue, durable: true, exclusive: false, autoDelete: false);
                await channel.QueueBindAsync(recorder._queue, exchange, "");
            }

            recorder._loop = recorder.ConsumeAsync();
            return recorder;
        }

        async Task ConsumeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    var factory = new ConnectionFactory { Uri = new Uri(_brokerUri), AutomaticRecoveryEnabled = false };
                    await using var connection = await factory.CreateConnectionAsync(_stop.Token);
                    await using var channel = await connection.CreateChannelAsync(cancellationToken: _stop.Token);
                    await channel.BasicQosAsync(0, 500, false, _stop.Token);
                    var ended = new TaskCompletionSource();
                    channel.ChannelShutdownAsync += (_, _) => { ended.TrySetResult(); return Task.CompletedTask; };
                    var consumer = new AsyncEventingBasicConsumer(channel);
                    consumer.ReceivedAsync += async (_, delivery) =>
                    {
                        lock (_arrivals)
                        {
                            _arrivals.Add(Guid.Parse(delivery.BasicProperties.MessageId!));
                        }

                        await channel.BasicAckAsync(delivery.DeliveryTag, false);
                    };
                    await channel.BasicConsumeAsync(_queue, autoAck: false, consumer, _stop.Token);
                    await ended.Task.WaitAsync(_stop.Token);
                }
                catch (Exception) when (!_stop.IsCancellationRequested)
                {
                    // the broker is down or restarting: try again
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                Reconnects++;
                await Task.Delay(250).ConfigureAwait(false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
