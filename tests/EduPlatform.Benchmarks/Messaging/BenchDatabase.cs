using System.Collections.Concurrent;
using System.Diagnostics;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using MassTransit;

namespace EduPlatform.Benchmarks.Messaging;

/// <summary>The publishing service's database: its outbox is where each event starts.</summary>
public sealed class ProducerDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

/// <summary>The consuming service's database: its inbox and one table of effects.</summary>
public sealed class ConsumerDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

/// <summary>An event shaped like every contract, padded to a SchoolRegistered's size, carrying when it was written (Stopwatch ticks).</summary>
public sealed record BenchEventHappened
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required int Index { get; init; }
    public required long WrittenAt { get; init; }
    public required string Padding { get; init; }
}

/// <summary>Where the suite path's consumer notes each event's latency once its effect is committed.</summary>
public static class CommittedEffects
{
    public static long[] Latencies = [];

    /// <summary>From the outbox write to the relay's publish (the envelope's sentTime), in Stopwatch ticks.</summary>
    public static long[] ToPublish = [];

    static readonly (DateTime Utc, long Ticks) Epoch = (DateTime.UtcNow, Stopwatch.GetTimestamp());

    public static long TicksOf(DateTime utc) => Epoch.Ticks + (long)((utc - Epoch.Utc).TotalSeconds * Stopwatch.Frequency);
    public static TaskCompletionSource Done = new();
    static int _received;

    public static void Reset(int count)
    {
        Latencies = new long[count];
        ToPublish = new long[count];
        Done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _received = 0;
    }

    public static void Record(int index, long ticks)
    {
        Latencies[index] = ticks;
        if (Interlocked.Increment(ref _received) == Latencies.Length)
        {
            Done.TrySetResult();
        }
    }
}

/// <summary>The effect: one row per event, in the inbox's transaction, as every consumer of the suite writes.</summary>
public sealed class BenchEffect(ConsumerDatabase database) : InboxConsumer<BenchEventHappened, ConsumerDatabase>(database)
{
    protected override Task ApplyAsync(BenchEventHappened message, DbSession session) =>
        session.ExecuteAsync("INSERT INTO effects (EventId, WrittenAt, AppliedAt) VALUES (@EventId, @WrittenAt, @AppliedAt)",
            new { message.EventId, message.WrittenAt, AppliedAt = Stopwatch.GetTimestamp() });
}

/// <summary>The suite's consumer, timed: latency ends when <see cref="InboxConsumer{TMessage,TDatabase}.Consume"/> returns, after the commit.</summary>
public sealed class BenchEventConsumer(ConsumerDatabase database) : IConsumer<BenchEventHappened>
{
    public async Task Consume(ConsumeContext<BenchEventHappened> context)
    {
        await new BenchEffect(database).Consume(context);
        if (context.SentTime is { } sent)
        {
            CommittedEffects.ToPublish[context.Message.Index] = CommittedEffects.TicksOf(sent) - context.Message.WrittenAt;
        }

        CommittedEffects.Record(context.Message.Index, Stopwatch.GetTimestamp() - context.Message.WrittenAt);
    }
}
