using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduPlatform.Benchmarks.Messaging;

/// <summary>
/// (c) MassTransit alone, tuned as a user would: publishes with up to 256 in flight, a consumer endpoint at prefetch
/// 1000 and 64 concurrent, no outbox and no database. Latency from the publish call to the consumer being called.
/// </summary>
static class MassTransitPath
{
    public static async Task<Result> RunAsync(string broker, int count, int? rate, string padding)
    {
        var uri = new Uri(broker);
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var queue = $"bench-mt-{Guid.NewGuid():N}";
        var sink = new LatencySink(count);
        builder.Services.AddSingleton(sink);
        builder.Services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.AddConsumer<PlainConsumer>().Endpoint(e =>
            {
                e.Name = queue;
                e.PrefetchCount = 1000;
                e.ConcurrentMessageLimit = 64;
                e.Temporary = true;
            });
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(uri.Host, (ushort)(uri.IsDefaultPort || uri.Port <= 0 ? 5672 : uri.Port), "/", h =>
                {
                    h.Username(Uri.UnescapeDataString(userInfo[0]));
                    h.Password(userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "");
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        // Start publishing only once the consumer's queue is bound, or the first events go nowhere.
        builder.Services.Configure<MassTransit.MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        using var host = builder.Build();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();

        var inFlight = new SemaphoreSlim(256);
        var publishes = new List<Task>(count);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await Measure.PaceAsync(started, i, rate);
            await inFlight.WaitAsync();
            var message = new PlainEvent(Guid.CreateVersion7(), "421125", i, Stopwatch.GetTimestamp(), padding);
            publishes.Add(Release(bus.Publish(message), inFlight));
        }

        await Task.WhenAll(publishes);
        await Measure.WaitAsync(sink.Done, "MassTransit");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await host.StopAsync();
        return Measure.Summarise("(c) MassTransit, tuned, no outbox", rate, sink.Latencies, seconds);
    }

    static async Task Release(Task publish, SemaphoreSlim inFlight)
    {
        try
        {
            await publish;
        }
        finally
        {
            inFlight.Release();
        }
    }

    public sealed record PlainEvent(Guid EventId, string CountyCode, int Index, long SentAt, string Padding);

    public sealed class LatencySink(int count)
    {
        readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        int _received;

        public long[] Latencies { get; } = new long[count];

        public Task Done => _done.Task;

        public void Record(int index, long ticks)
        {
            Latencies[index] = ticks;
            if (Interlocked.Increment(ref _received) == Latencies.Length)
            {
                _done.TrySetResult();
            }
        }
    }

    public sealed class PlainConsumer(LatencySink sink) : IConsumer<PlainEvent>
    {
        public Task Consume(ConsumeContext<PlainEvent> context)
        {
            sink.Record(context.Message.Index, Stopwatch.GetTimestamp() - context.Message.SentAt);
            return Task.CompletedTask;
        }
    }
}
