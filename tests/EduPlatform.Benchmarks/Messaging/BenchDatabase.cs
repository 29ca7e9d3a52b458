using EduPlatform.Messaging;
using EduPlatform.Persistence;

namespace EduPlatform.Benchmarks.Messaging;

/// <summary>The publishing service's database: its outbox is where each event starts.</summary>
public sealed class ProducerDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

/// <summary>The consuming service's database: its inbox and one table of effects with their timings.</summary>
public sealed class ConsumerDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

/// <summary>An event shaped like every contract, carrying when its outbox row was written (Stopwatch ticks).</summary>
public sealed record BenchEventHappened
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long WrittenAt { get; init; }
}

/// <summary>The committed effect: one row per event, stamped with when it was applied, in the inbox's transaction.</summary>
public sealed class BenchEventConsumer(ConsumerDatabase database) : InboxConsumer<BenchEventHappened, ConsumerDatabase>(database)
{
    protected override Task ApplyAsync(BenchEventHappened message, DbSession session) =>
        session.ExecuteAsync("INSERT INTO effects (EventId, WrittenAt, AppliedAt) VALUES (@EventId, @WrittenAt, @AppliedAt)",
            new { message.EventId, message.WrittenAt, AppliedAt = System.Diagnostics.Stopwatch.GetTimestamp() });
}
