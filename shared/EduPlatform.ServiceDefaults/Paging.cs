using EduPlatform.Persistence;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// The suite's one paging convention for lists that grow without bound (a county's schools, people, placements,
/// residential units, its audit trails):
/// <c>?offset=</c> (default 0) and <c>?limit=</c> (default 50, at most 500), answered as <see cref="Page{T}"/> with the
/// total count of what matched. The event feeds page by cursor instead (<c>after</c>), as a subscriber catches up.
/// </summary>
public readonly record struct Paging(int Offset, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>The page asked for: a negative offset reads from the start; a limit is held to 1–500.</summary>
    public static Paging From(int? offset, int? limit) => new(Math.Max(0, offset ?? 0), Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit));
}

/// <summary>One page of a list: its items, how many matched in all, and where the page starts.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit)
{
    public static Page<T> Of(IReadOnlyList<T> items, int total, Paging paging) => new(items, total, paging.Offset, paging.Limit);

    /// <summary>The page of a list already read whole (a county's people, placements or units are read together for their rules).</summary>
    public static Page<T> Of(IReadOnlyCollection<T> all, Paging paging) =>
        new(all.Skip(paging.Offset).Take(paging.Limit).ToList(), all.Count, paging.Offset, paging.Limit);
}

public static class AuditPages
{
    /// <summary>One page of a county's audit trail (newest first) with the total, as every service's audit route answers it.</summary>
    public static Task<Page<AuditEntry>> ReadAuditPageAsync(this ServiceDatabase database, string countyCode, string? entityType, string? entityId,
        int? offset, int? limit, CancellationToken ct) =>
        database.ReadAsync(async s =>
        {
            var paging = Paging.From(offset, limit);
            var (items, total) = await s.ReadAuditAsync(countyCode, entityType, entityId, paging.Offset, paging.Limit);
            return Page<AuditEntry>.Of(items, total, paging);
        }, ct);
}
