using System.Diagnostics;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduPlatform.Benchmarks.Messaging;

/// <summary>
/// (d) the suite: a transaction writes events to the producer's outbox; the relay publishes them (pipelined confirms);
/// MassTransit delivers them (prefetch 1000, 64 concurrent); the consumer commits effect and inbox rows (group commit,
/// synchronous=FULL). Latency from the outbox write to the committed effect. A burst is written in transactions of
/// <c>perTransaction</c> events (an import or a plan approval writes thousands in one); a paced stream one event per
/// transaction, as one API call does.
/// </summary>
static class SuitePath
{
    static Task WriteAsync(ProducerDatabase producer, int from, int to, string padding) =>
        producer.InTransactionAsync(async s =>
        {
            for (var i = from; i < to; i++)
            {
                await s.EnqueueEventAsync(new BenchEventHappened
                {
                    EventId = Guid.CreateVersion7(),
                    CountyCode = "421125",
                    OccurredAt = DateTimeOffset.UtcNow,
                    Index = i,
                    WrittenAt = Stopwatch.GetTimestamp(),
                    Padding = padding,
                });
            }
        }, CancellationToken.None);

    /// <summary>A producer database of its own in a new folder, migrated, with nothing else using it.</summary>
    static async Task<ProducerDatabase> FreshProducerAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"eduplatform-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var producer = new ProducerDatabase(new ServiceDatabaseSettings("producer", DatabaseEngine.Sqlite, $"Data Source={Path.Combine(folder, "producer.db")}"));
        await Migrator.MigrateAsync(producer, CancellationToken.None);
        return producer;
    }

    /// <summary>What writing <paramref name="count"/> events in one transaction costs, as an import of that many schools writes them.</summary>
    public static async Task<double> BulkWriteAsync(int count, string padding)
    {
        var producer = await FreshProducerAsync();
        await WriteAsync(producer, 0, 100, padding);
        var started = Stopwatch.GetTimestamp();
        await WriteAsync(producer, 0, count, padding);
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>What one event's own transaction costs the producer's database, written one after another with nothing else running.</summary>
    public static async Task<double> TransactionCostAsync(int count, string padding)
    {
        var producer = await FreshProducerAsync();
        await WriteAsync(producer, 0, 1, padding);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await WriteAsync(producer, i, i + 1, padding);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds / count;
    }

    public static async Task<Result> RunAsync(string broker, int count, int? rate, int perTransaction, string padding)
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
        // Start publishing only once the consumer's queue is bound, or the first events go nowhere.
        builder.Services.Configure<MassTransit.MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        using var host = builder.Build();
        await host.StartAsync();
        var producer = host.Services.GetRequiredService<ProducerDatabase>();
        CommittedEffects.Reset(count);

        // Paced writes are issued at their time whether or not earlier ones have finished, as independent API calls
        // are (a closed loop would hide the waits it causes); a burst's transactions follow one another.
        var started = Stopwatch.GetTimestamp();
        var size = rate is null ? perTransaction : 1;
        var writes = new List<Task>();
        for (var first = 0; first < count; first += size)
        {
            await Measure.PaceAsync(started, first, rate);
            var write = WriteAsync(producer, first, Math.Min(count, first + size), padding);
            if (rate is null)
            {
                await write;
            }
            else
            {
                writes.Add(write);
            }
        }

        await Task.WhenAll(writes);
        await Measure.WaitAsync(CommittedEffects.Done.Task, "suite");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var consumer = host.Services.GetRequiredService<ConsumerDatabase>();
        var effects = await consumer.ReadAsync(s => s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM effects"), CancellationToken.None);
        await host.StopAsync();
        if (effects != count)
        {
            throw new InvalidOperationException($"the suite path committed {effects} effects for {count} events");
        }

        var toPublish = Measure.Summarise("", rate, CommittedEffects.ToPublish, seconds);
        Console.WriteLine($"    (d) {Measure.Mode(rate)}: outbox write to publish p50 {toPublish.P50Ms:F2} ms, p99 {toPublish.P99Ms:F2} ms; the rest is delivery and the consumer's commit");
        var mode = rate is null ? $"(d) suite: outbox, relay, MassTransit, inbox + effect ({perTransaction} events a transaction)" : "(d) suite: outbox, relay, MassTransit, inbox + effect (one event a transaction)";
        return Measure.Summarise(mode, rate, CommittedEffects.Latencies, seconds);
    }
}
