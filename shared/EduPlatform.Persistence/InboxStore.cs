namespace EduPlatform.Persistence;

/// <summary>Remembers which messages each consumer has applied, inside the transaction of the effect.</summary>
public static class InboxStore
{
    /// <summary>True when this is the first time <paramref name="consumer"/> sees <paramref name="messageId"/>; false for a duplicate.</summary>
    public static async Task<bool> TryRecordAsync(this DbSession session, Guid messageId, string consumer)
    {
        var sql = session.Dialect.InsertIfAbsent(
            "inbox_messages",
            "MessageId, Consumer, ReceivedAt",
            "@MessageId, @Consumer, @ReceivedAt",
            "MessageId = @MessageId AND Consumer = @Consumer");
        var rows = await session.ExecuteAsync(sql, new { MessageId = messageId, Consumer = consumer, ReceivedAt = DateTimeOffset.UtcNow });
        return rows == 1;
    }
}
