using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace EduPlatform.Persistence;

/// <summary>An event waiting in (or sent from) a service's outbox.</summary>
public sealed record OutboxMessage
{
    public long Sequence { get; init; }
    public Guid MessageId { get; init; }
    public string MessageType { get; init; } = "";
    public string CountyCode { get; init; } = "";
    public string Payload { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public int Attempts { get; init; }
    public string? TraceParent { get; init; }

    /// <summary>When the relay stamped it sent; read by the replay feed only (null for a waiting row, and as the relay reads).</summary>
    public DateTimeOffset? SentAt { get; init; }
}

/// <summary>
/// Writes events in the caller's transaction and hands them to the relay in sequence order.
/// The event's own <c>EventId</c> becomes the outbox row's <c>MessageId</c>, which the relay uses as the bus MessageId,
/// so a consumer's inbox recognises a re-sent event.
/// </summary>
public static class OutboxStore
{
    const string InsertSql = """
        INSERT INTO outbox_messages (MessageId, MessageType, CountyCode, Payload, CreatedAt, TraceParent)
        VALUES (@MessageId, @MessageType, @CountyCode, @Payload, @CreatedAt, @TraceParent)
        """;

    /// <summary>Adds the event to the outbox inside the session's transaction.</summary>
    public static async Task EnqueueEventAsync<TEvent>(this DbSession session, TEvent @event) where TEvent : class
    {
        if (session.Transaction is null)
        {
            throw new InvalidOperationException("Events are written in the same transaction as the change they describe.");
        }

        // The runtime type, so an event passed as a base or object type is still written under its own name.
        var type = @event.GetType();
        var eventId = ReadRequired<Guid>(type, @event, "EventId");
        var countyCode = ReadRequired<string>(type, @event, "CountyCode");
        await session.ExecuteAsync(InsertSql, new
        {
            MessageId = eventId,
            MessageType = type.FullName,
            CountyCode = countyCode,
            Payload = JsonSerializer.Serialize(@event, type, EventJson.Options),
            CreatedAt = DateTimeOffset.UtcNow,
            // The relay publishes under this parent, so one trace runs from the request to every consumer.
            TraceParent = Activity.Current?.Id,
        });
        session.EventsWritten++;
    }

    /// <summary>
    /// The first unsent rows by sequence, from after <paramref name="after"/>: the relay skips rows it published and has
    /// not stamped yet. On SQL Server a row may commit after a higher sequence was read; a read from 0 (after each stamp)
    /// picks it up.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ReadUnsentAsync(this DbSession session, int max, long after = 0)
    {
        var rows = await session.QueryAsync<OutboxMessage>(
            $"""
            SELECT Sequence, MessageId, MessageType, CountyCode, Payload, CreatedAt, Attempts, TraceParent
            FROM outbox_messages WHERE SentAt IS NULL AND Sequence > @After ORDER BY Sequence {session.Dialect.Paging}
            """,
            new { Offset = 0, Limit = max, After = after });
        return rows.ToList();
    }

    public static async Task MarkSentAsync(this DbSession session, IReadOnlyCollection<long> sequences)
    {
        var now = DateTimeOffset.UtcNow;
        // In lists of at most 1,000: SQL Server takes 2,100 parameters a statement.
        foreach (var chunk in sequences.Chunk(1000))
        {
            await session.ExecuteAsync("UPDATE outbox_messages SET SentAt = @Now WHERE Sequence IN @Sequences", new { Sequences = chunk, Now = now });
        }
    }

    public static Task RecordFailureAsync(this DbSession session, long sequence, string error) =>
        session.ExecuteAsync("UPDATE outbox_messages SET Attempts = Attempts + 1, LastError = @Error WHERE Sequence = @Sequence",
            new { Sequence = sequence, Error = error.Length > 2000 ? error[..2000] : error });

    /// <summary>Unsent count and the age of the oldest unsent row (for the backlog metrics and /health detail).</summary>
    public static async Task<(long Count, DateTimeOffset? Oldest)> BacklogAsync(this DbSession session)
    {
        var count = await session.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE SentAt IS NULL");
        var oldest = count == 0
            ? (DateTimeOffset?)null
            : await session.QuerySingleOrDefaultAsync<DateTimeOffset>(
                $"SELECT CreatedAt FROM outbox_messages WHERE SentAt IS NULL ORDER BY Sequence {session.Dialect.Paging}",
                new { Offset = 0, Limit = 1 });
        return (count, oldest);
    }

    /// <summary>When any relay last stamped a row sent (null when none is kept).</summary>
    public static Task<DateTimeOffset?> LastSentAsync(this DbSession session) =>
        session.ExecuteScalarAsync<DateTimeOffset?>("SELECT MAX(SentAt) FROM outbox_messages");

    /// <summary>Deletes sent rows older than the retention; unsent rows are never deleted.</summary>
    public static Task<int> PurgeSentAsync(this DbSession session, DateTimeOffset sentBefore) =>
        session.ExecuteAsync("DELETE FROM outbox_messages WHERE SentAt IS NOT NULL AND SentAt < @SentBefore", new { SentBefore = sentBefore });

    static T ReadRequired<T>(Type type, object @event, string property)
    {
        var value = type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(@event);
        return value is T typed
            ? typed
            : throw new InvalidOperationException($"{type.Name} has no {property} of type {typeof(T).Name}; every event carries EventId, CountyCode and OccurredAt.");
    }
}
