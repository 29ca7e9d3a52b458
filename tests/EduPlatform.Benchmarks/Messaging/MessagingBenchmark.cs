using System.Diagnostics;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EduPlatform.Benchmarks.Messaging;

/// <summary>
/// Event throughput and latency on a real broker, two ways, one after the other:
/// the suite's path (a transaction writes the event to the producer's outbox; the relay publishes it with a confirm;
/// MassTransit delivers it; the consumer commits its effect and inbox row) and a raw RabbitMQ.Client baseline
/// (persistent publish, awaited confirm, consume, ack). Latency is from the write (or publish) to the committed effect (or ack).
/// </summary>
public static class MessagingBenchmark
{
    public sealed record Result(string Path, int Events, double Seconds, double PerSecond, double P50Ms, double P99Ms, double MaxMs);

    public static async Task RunAsync(string[] args)
    {
        var broker = Environment.GetEnvironmentVariable("EDUPLATFORM_RABBITMQ") ?? "amqp://guest:guest@localhost:5672/";
        var events = args.SkipWhile(a => a != "--events").Skip(1).Select(int.Parse).FirstOrDefault(5_000);
        Console.WriteLine($"broker {broker}; {events} events per path; {Environment.ProcessorCount} cores; .NET {Environment.Version}");

        // A burst as fast as each path takes it (throughput; latency then includes the queue), then a paced stream well
        // below both capacities (latency of one event on an idle path).
        const int pacedRate = 100;
        var paced = Math.Max(100, events / 10);
        var raw = await RawAsync(broker, events, rate: null);
        var suite = await SuiteAsync(broker, events, rate: null);
        var rawPaced = await RawAsync(broker, paced, pacedRate);
        var suitePaced = await SuiteAsync(broker, paced, pacedRate);
        Console.WriteLine($"{"path",-58} {"events",6} {"seconds",8} {"events/s",9} {"p50 ms",9} {"p99 ms",9} {"max ms",9}");
        foreach (var r in new[] { raw, suite, rawPaced, suitePaced })
        {
            Console.WriteLine($"{r.Path,-58} {r.Events,6} {r.Seconds,8:F2} {r.PerSecond,9:F0} {r.P50Ms,9:F2} {r.P99Ms,9:F2} {r.MaxMs,9:F1}");
        }

        Console.WriteLine($"burst: suite/raw throughput {suite.PerSecond / raw.PerSecond:P0}; paced at {pacedRate}/s: suite/raw p50 latency ×{suitePaced.P50Ms / rawPaced.P50Ms:F1}, p99 ×{suitePaced.P99Ms / rawPaced.P99Ms:F1}");
    }

    /// <summary>Waits until the i-th event's turn at the given rate (events per second); no wait for a burst.</summary>
    static async Task PaceAsync(long started, int i, int? rate)
    {
        if (rate is { } perSecond)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
        }
    }

    static async Task<Result> RawAsync(string broker, int count, int? rate)
    {
        var factory = new ConnectionFactory { Uri = new Uri(broker) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consuming = await connection.CreateChannelAsync();
        var queue = $"bench-raw-{Guid.NewGuid():N}";
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: true);
        await consuming.BasicQosAsync(0, 1000, false); // the suite's prefetch

        var latencies = new long[count];
        var received = 0;
        var done = new TaskCompletionSource();
        var consumer = new AsyncEventingBasicConsumer(consuming);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var sent = BitConverter.ToInt64(delivery.Body.Span[..8]);
            var index = BitConverter.ToInt32(delivery.Body.Span[8..12]);
            await consuming.BasicAckAsync(delivery.DeliveryTag, false);
            latencies[index] = Stopwatch.GetTimestamp() - sent;
            if (Interlocked.Increment(ref received) == count)
            {
                done.TrySetResult();
            }
        };
        await consuming.BasicConsumeAsync(queue, autoAck: false, consumer);

        // A body the size of a serialised event envelope (~600 bytes), persistent, one awaited confirm at a time as the relay does.
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await PaceAsync(started, i, rate);
            var body = new byte[600];
            BitConverter.TryWriteBytes(body.AsSpan(0, 8), Stopwatch.GetTimestamp());
            BitConverter.TryWriteBytes(body.AsSpan(8, 4), i);
            await publisher.BasicPublishAsync("", queue, mandatory: false, properties, body);
        }

        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return Summarise($"raw RabbitMQ.Client (confirm, consume, ack){Mode(rate)}", latencies, seconds);
    }

    static async Task<Result> SuiteAsync(string broker, int count, int? rate)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"eduplatform-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker,
            ["Data:Folder"] = folder,
        });
        builder.AddServiceDatabase("producer", s => new ProducerDatabase(s));
        builder.AddServiceDatabase("consumer", s => new ConsumerDatabase(s));
        builder.AddOutboxRelay<ProducerDatabase>();
        builder.AddServiceConsumer<BenchEventConsumer>("bench");
        builder.AddEduMessaging();
        using var host = builder.Build();
        await host.StartAsync();
        var producer = host.Services.GetRequiredService<ProducerDatabase>();
        var consumer = host.Services.GetRequiredService<ConsumerDatabase>();

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await PaceAsync(started, i, rate);
            // One transaction per event, as one API call writes its change and its event.
            await producer.InTransactionAsync(s => s.EnqueueEventAsync(new BenchEventHappened
            {
                EventId = Guid.CreateVersion7(),
                CountyCode = "421125",
                OccurredAt = DateTimeOffset.UtcNow,
                WrittenAt = Stopwatch.GetTimestamp(),
            }), CancellationToken.None);
        }

        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await consumer.ReadAsync(s => s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM effects WHERE WrittenAt >= @started", new { started }), CancellationToken.None) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the suite path did not apply every event within 5 minutes");
            }

            await Task.Delay(50);
        }

        var rows = (await consumer.ReadAsync(s => s.QueryAsync<(long WrittenAt, long AppliedAt)>(
            "SELECT WrittenAt, AppliedAt FROM effects WHERE WrittenAt >= @started", new { started }), CancellationToken.None)).ToList();
        var seconds = Stopwatch.GetElapsedTime(started, rows.Max(r => r.AppliedAt)).TotalSeconds;
        await host.StopAsync();
        return Summarise($"suite (outbox, relay, MassTransit, inbox + effect){Mode(rate)}", rows.Select(r => r.AppliedAt - r.WrittenAt).ToArray(), seconds);
    }

    static string Mode(int? rate) => rate is null ? ", burst" : $", {rate}/s";

    static Result Summarise(string path, long[] latencyTicks, double seconds)
    {
        var ms = latencyTicks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        double At(double q) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
        return new Result(path, ms.Length, seconds, ms.Length / seconds, At(0.50), At(0.99), ms[^1]);
    }
}
