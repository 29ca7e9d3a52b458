namespace EduPlatform.Persistence;

/// <summary>
/// The outbox read as a history: every event a service has committed (unsent ones too, so a reader that finishes the
/// feed after binding its queue has missed nothing), in sequence order, after a cursor.
/// </summary>
public static class EventFeedStore
{
    public static async Task<IReadOnlyList<OutboxMessage>> ReadFeedAsync(
        this DbSession session, IReadOnlyCollection<string>? counties, IReadOnlyCollection<string>? types, long after, int limit)
    {
        var filter = (counties is null ? "" : " AND CountyCode IN @Counties") + (types is null ? "" : " AND MessageType IN @Types");
        var rows = await session.QueryAsync<OutboxMessage>(
            $"""
            SELECT Sequence, MessageId, MessageType, CountyCode, Payload, CreatedAt, SentAt
            FROM outbox_messages WHERE Sequence > @After{filter} ORDER BY Sequence {session.Dialect.Paging}
            """,
            new { After = after, Counties = counties, Types = types, Offset = 0, Limit = limit });
        return rows.ToList();
    }

    /// <summary>The oldest event still kept (older ones were purged after the retention), or null when none is.</summary>
    public static Task<DateTimeOffset?> OldestKeptAsync(this DbSession session) =>
        session.ExecuteScalarAsync<DateTimeOffset?>("SELECT MIN(CreatedAt) FROM outbox_messages");
}
