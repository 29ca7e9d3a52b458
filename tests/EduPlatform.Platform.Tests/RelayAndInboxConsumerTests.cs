using System.Diagnostics.Metrics;
using System.Reflection;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EduPlatform.Platform.Tests;

/// <summary>The outbox relay and the inbox consumer base on the MassTransit test harness, over a real SQLite file.</summary>
public sealed class RelayAndInboxConsumerTests
{
    /// <summary>A host of the pretend service as our modules build it, with the harness in place of the transport.</summary>
    static IHost BuildHost(string databaseFile, bool failingConsumer = false, bool withRelay = true)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = $"Data Source={databaseFile}",
            ["Database:Engine"] = "sqlite",
            ["Messaging:Outbox:PollInterval"] = "00:00:00.050",
            ["Messaging:RetryLimit"] = "2",
        });
        builder.AddServiceDatabase("test", s => new TestDatabase(s));
        if (withRelay)
        {
            builder.AddOutboxRelay<TestDatabase>();
        }

        if (failingConsumer)
        {
            builder.AddServiceConsumer<FailingWidgetConsumer>("test");
        }
        else
        {
            builder.AddServiceConsumer<WidgetCreatedConsumer>("test");
        }

        builder.AddEduMessaging();
        builder.Services.AddMassTransitTestHarness();
        return builder.Build();
    }

    static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task An_event_committed_before_a_crash_goes_out_once_when_the_service_starts_again()
    {
        var file = TestDatabase.TempFile();
        var db = new TestDatabase(new ServiceDatabaseSettings("test", DatabaseEngine.Sqlite, $"Data Source={file}"));
        await Migrator.MigrateAsync(db, CancellationToken.None);
        // The process committed its change and event, then stopped before the relay published.
        var evt = WidgetCreated.New("after-crash");
        await db.InTransactionAsync(s => s.EnqueueEventAsync(evt), CancellationToken.None);

        using var host = BuildHost(file);
        await host.StartAsync();
        var harness = host.Services.GetTestHarness();
        var hostDb = host.Services.GetRequiredService<TestDatabase>();

        await WaitUntil(async () => await hostDb.CountAsync("widgets") == 1);
        await WaitUntil(async () => (await hostDb.ReadAsync(s => s.BacklogAsync(), CancellationToken.None)).Count == 0);
        await Task.Delay(300);

        var published = harness.Published.Select<WidgetCreated>().ToList();
        var single = Assert.Single(published);
        Assert.Equal(evt.EventId, single.Context.MessageId);
        Assert.Equal("after-crash", single.Context.Message.Name);
        Assert.Equal(1, await hostDb.CountAsync("widgets"));
        await host.StopAsync();
    }

    [Fact]
    public async Task An_event_published_but_not_stamped_before_a_crash_is_sent_again_and_applied_once()
    {
        var file = TestDatabase.TempFile();
        var evt = WidgetCreated.New("twice-sent");
        using (var first = BuildHost(file))
        {
            await first.StartAsync();
            var db = first.Services.GetRequiredService<TestDatabase>();
            await db.InTransactionAsync(s => s.EnqueueEventAsync(evt), CancellationToken.None);
            await WaitUntil(async () => await db.CountAsync("widgets") == 1);
            await WaitUntil(async () => (await db.ReadAsync(s => s.BacklogAsync(), CancellationToken.None)).Count == 0);
            await first.StopAsync();
            // Simulate the crash window: the publish happened but the "sent" stamp was lost.
            await db.InTransactionAsync(s => s.ExecuteAsync("UPDATE outbox_messages SET SentAt = NULL"), CancellationToken.None);
        }

        using var second = BuildHost(file);
        await second.StartAsync();
        var harness = second.Services.GetTestHarness();
        var db2 = second.Services.GetRequiredService<TestDatabase>();
        await WaitUntil(async () => harness.Consumed.Select<WidgetCreated>().Any() && (await db2.ReadAsync(s => s.BacklogAsync(), CancellationToken.None)).Count == 0);
        await Task.Delay(300);

        Assert.Equal(evt.EventId, Assert.Single(harness.Published.Select<WidgetCreated>()).Context.MessageId);
        Assert.Equal(1, await db2.CountAsync("widgets"));
        Assert.Equal(1, await db2.CountAsync("inbox_messages"));
        await second.StopAsync();
    }

    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        using var host = BuildHost(TestDatabase.TempFile());
        await host.StartAsync();
        var harness = host.Services.GetTestHarness();
        var db = host.Services.GetRequiredService<TestDatabase>();
        var evt = WidgetCreated.New("dup");
        long duplicates = 0, applied = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.MeterName) { l.EnableMeasurementEvents(instrument); }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument == MessagingTelemetry.DuplicatesDropped) { Interlocked.Add(ref duplicates, value); }
            if (instrument == MessagingTelemetry.EventsConsumed) { Interlocked.Add(ref applied, value); }
        });
        listener.Start();

        await harness.Bus.Publish(evt, ctx => ctx.MessageId = evt.EventId);
        await harness.Bus.Publish(evt, ctx => ctx.MessageId = evt.EventId);
        await WaitUntil(() => Task.FromResult(Interlocked.Read(ref duplicates) + Interlocked.Read(ref applied) >= 2));

        Assert.Equal(1, Interlocked.Read(ref applied));
        Assert.Equal(1, Interlocked.Read(ref duplicates));
        Assert.Equal(1, await db.CountAsync("widgets"));
        Assert.Equal(1, await db.CountAsync("inbox_messages"));
        await host.StopAsync();
    }

    [Fact]
    public async Task Many_events_are_relayed_in_write_order()
    {
        using var host = BuildHost(TestDatabase.TempFile());
        await host.StartAsync();
        var harness = host.Services.GetTestHarness();
        var db = host.Services.GetRequiredService<TestDatabase>();
        var events = Enumerable.Range(0, 450).Select(i => WidgetCreated.New($"w{i:D3}")).ToList();
        foreach (var chunk in events.Chunk(50))
        {
            await db.InTransactionAsync(async s =>
            {
                foreach (var e in chunk)
                {
                    await s.EnqueueEventAsync(e);
                }
            }, CancellationToken.None);
        }

        await WaitUntil(async () => await db.CountAsync("widgets") == events.Count);
        var publishedOrder = harness.Published.Select<WidgetCreated>().Select(p => p.Context.MessageId!.Value).ToList();
        Assert.Equal(events.Select(e => e.EventId), publishedOrder);
        await host.StopAsync();
    }

    [Fact]
    public async Task Two_replicas_on_one_database_publish_each_event_once()
    {
        var file = TestDatabase.TempFile();
        using var first = BuildHost(file);
        using var second = BuildHost(file);
        await first.StartAsync();
        await second.StartAsync();
        var db = first.Services.GetRequiredService<TestDatabase>();
        var events = Enumerable.Range(0, 300).Select(i => WidgetCreated.New($"r{i}")).ToList();
        foreach (var chunk in events.Chunk(30))
        {
            // Writes land on both replicas, as a load balancer would spread them.
            var writer = chunk[0].Name.EndsWith('0') ? second.Services.GetRequiredService<TestDatabase>() : db;
            await writer.InTransactionAsync(async s =>
            {
                foreach (var e in chunk)
                {
                    await s.EnqueueEventAsync(e);
                }
            }, CancellationToken.None);
        }

        await WaitUntil(async () => (await db.ReadAsync(s => s.BacklogAsync(), CancellationToken.None)).Count == 0);
        var published = first.Services.GetTestHarness().Published.Select<WidgetCreated>()
            .Concat(second.Services.GetTestHarness().Published.Select<WidgetCreated>())
            .Select(p => p.Context.MessageId!.Value).ToList();

        Assert.Equal(events.Count, published.Count);
        Assert.Equal(events.Select(e => e.EventId).Order(), published.Order());
        await second.StopAsync();
        await first.StopAsync();
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_then_faulted_without_blocking_the_queue()
    {
        using var host = BuildHost(TestDatabase.TempFile(), failingConsumer: true);
        await host.StartAsync();
        var harness = host.Services.GetTestHarness();
        FailingWidgetConsumer.Attempts = 0;
        var poison = WidgetCreated.New("poison");

        await harness.Bus.Publish(poison, ctx => ctx.MessageId = poison.EventId);
        await WaitUntil(() => Task.FromResult(harness.Published.Select<Fault<WidgetCreated>>().Any()));

        Assert.Equal(3, FailingWidgetConsumer.Attempts); // the first delivery and RetryLimit = 2 retries
        var fault = harness.Published.Select<Fault<WidgetCreated>>().Single().Context.Message;
        Assert.Equal(poison.EventId, fault.Message.EventId);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_publish_the_broker_never_confirms_times_out_is_recorded_and_is_sent_again()
    {
        using var host = BuildHost(TestDatabase.TempFile(), withRelay: false);
        await host.StartAsync();
        var harness = host.Services.GetTestHarness();
        var db = host.Services.GetRequiredService<TestDatabase>();
        var evt = WidgetCreated.New("unconfirmed");
        await db.InTransactionAsync(s => s.EnqueueEventAsync(evt), CancellationToken.None);

        // The first publish hangs as one does on a connection the client never learned was gone.
        var bus = StallingBus.Wrap(harness.Bus, stalls: 1);
        var options = Options.Create(new OutboxRelayOptions
        {
            // Long enough that the in-memory publish that follows never times out on a loaded CI machine (it did at 300 ms).
            PublishTimeout = TimeSpan.FromSeconds(2),
            InitialBackoff = TimeSpan.FromMilliseconds(50),
            PollInterval = TimeSpan.FromMilliseconds(50),
        });
        using var relay = new OutboxRelay<TestDatabase>(db, new FixedPublisher(new BusOutboxPublisher(bus.AsBus, db, options.Value.PublishTimeout)),
            host.Services.GetRequiredService<IHostApplicationLifetime>(),
            options, NullLogger<OutboxRelay<TestDatabase>>.Instance);
        await relay.StartAsync(CancellationToken.None);

        await WaitUntil(async () => await db.CountAsync("widgets") == 1);
        await WaitUntil(async () => (await db.ReadAsync(s => s.BacklogAsync(), CancellationToken.None)).Count == 0);
        var row = await db.ReadAsync(s => s.QuerySingleOrDefaultAsync<OutboxAttempt>(
            "SELECT Attempts, LastError FROM outbox_messages"), CancellationToken.None);
        await relay.StopAsync(CancellationToken.None);

        Assert.Equal(1, bus.Stalled);
        Assert.Equal(1, row!.Attempts);
        Assert.Contains("did not confirm WidgetCreated", row.LastError);
        Assert.Equal(evt.EventId, Assert.Single(harness.Published.Select<WidgetCreated>()).Context.MessageId);
        await host.StopAsync();
    }

    sealed record OutboxAttempt(long Attempts, string LastError);

    sealed class FixedPublisher(IOutboxPublisher publisher) : IOutboxPublisherFactory
    {
        public IOutboxPublisher Create(ServiceDatabase database) => publisher;
    }

    /// <summary>An <see cref="IBus"/> whose first publishes wait until cancelled; everything else goes to the real bus.</summary>
    public class StallingBus : DispatchProxy
    {
        IBus _inner = null!;
        int _stallsLeft;

        public int Stalled { get; private set; }

        public static StallingBus Wrap(IBus inner, int stalls)
        {
            var proxy = Create<IBus, StallingBus>();
            var self = (StallingBus)(object)proxy;
            self._inner = inner;
            self._stallsLeft = stalls;
            return self;
        }

        public IBus AsBus => (IBus)(object)this;

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IBus.Publish) && args![^1] is CancellationToken token && Interlocked.Decrement(ref _stallsLeft) >= 0)
            {
                Stalled++;
                return Task.Delay(Timeout.Infinite, token);
            }

            return method.Invoke(_inner, args);
        }
    }

    [Fact]
    public void Queue_names_are_prefixed_by_service_and_kebab_cased()
    {
        Assert.Equal("rotation-alliance-formed", EndpointNames.For("rotation", typeof(Contracts.Organization.AllianceFormed)));
        Assert.Equal("test-widget-created", EndpointNames.For("test", typeof(WidgetCreated)));
    }
}
