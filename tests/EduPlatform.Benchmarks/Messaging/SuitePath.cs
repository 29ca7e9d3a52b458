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
        using var host = builder.Build();
        await host.StartAsync();
        var producer = host.Services.GetRequiredService<ProducerDatabase>();
        CommittedEffects.Reset(count);

        var started = Stopwatch.GetTimestamp();
        var size = rate is null ? perTransaction : 1;
        for (var first = 0; first < count; first += size)
        {
            await Measure.PaceAsync(started, first, rate);
            var from = first;
            await producer.InTransactionAsync(async s =>
            {
                for (var i = from; i < Math.Min(count, from + size); i++)
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
        }

        await Measure.WaitAsync(CommittedEffects.Done.Task, "suite");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var consumer = host.Services.GetRequiredService<ConsumerDatabase>();
        var effects = await consumer.ReadAsync(s => s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM effects"), CancellationToken.None);
        await host.StopAsync();
        if (effects != count)
        {
            throw new InvalidOperationException($"the suite path committed {effects} effects for {count} events");
        }

        var mode = rate is null ? $"(d) suite: outbox, relay, MassTransit, inbox + effect ({perTransaction} events a transaction)" : "(d) suite: outbox, relay, MassTransit, inbox + effect (one event a transaction)";
        return Measure.Summarise(mode, rate, CommittedEffects.Latencies, seconds);
    }
}
