using System.Text.Json;

namespace EduPlatform.Persistence;

/// <summary>Who changed what, when, and the record before and after (JSON), written in the change's own transaction.</summary>
public sealed record AuditEntry
{
    public Guid Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string Actor { get; init; } = "";
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string EntityId { get; init; } = "";
    public string CountyCode { get; init; } = "";
    public string? Before { get; init; }
    public string? After { get; init; }
}

public static class AuditLog
{
    public static Task WriteAuditAsync(this DbSession session, string actor, string action, string entityType,
        object entityId, string countyCode, object? before, object? after) =>
        session.ExecuteAsync(
            """
            INSERT INTO audit_log (Id, OccurredAt, Actor, Action, EntityType, EntityId, CountyCode, Before, After)
            VALUES (@Id, @OccurredAt, @Actor, @Action, @EntityType, @EntityId, @CountyCode, @Before, @After)
            """,
            new
            {
                Id = Guid.CreateVersion7(),
                OccurredAt = DateTimeOffset.UtcNow,
                Actor = actor,
                Action = action,
                EntityType = entityType,
                EntityId = entityId.ToString(),
                CountyCode = countyCode,
                Before = before is null ? null : JsonSerializer.Serialize(before, EventJson.Options),
                After = after is null ? null : JsonSerializer.Serialize(after, EventJson.Options),
            });

    /// <summary>One page of the county's audit trail, newest first, and how many entries matched in all.</summary>
    public static async Task<(IReadOnlyList<AuditEntry> Items, int Total)> ReadAuditAsync(this DbSession session, string countyCode,
        string? entityType, string? entityId, int offset, int limit)
    {
        var args = new { CountyCode = countyCode, EntityType = entityType, EntityId = entityId, Offset = offset, Limit = limit };
        var rows = await session.QueryAsync<AuditEntry>(
            $"""
            SELECT Id, OccurredAt, Actor, Action, EntityType, EntityId, CountyCode, Before, After FROM audit_log
            WHERE CountyCode = @CountyCode
              AND (@EntityType IS NULL OR EntityType = @EntityType)
              AND (@EntityId IS NULL OR EntityId = @EntityId)
            ORDER BY OccurredAt DESC, Id DESC {session.Dialect.Paging}
            """,
            args);
        var total = await session.ExecuteScalarAsync<int>(
            """
            SELECT COUNT(*) FROM audit_log
            WHERE CountyCode = @CountyCode
              AND (@EntityType IS NULL OR EntityType = @EntityType)
              AND (@EntityId IS NULL OR EntityId = @EntityId)
            """,
            args);
        return (rows.ToList(), total);
    }
}
