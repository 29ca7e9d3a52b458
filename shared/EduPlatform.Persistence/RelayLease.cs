namespace EduPlatform.Persistence;

/// <summary>
/// A time-limited lease row that lets exactly one relay per service database publish at a time, across replicas.
/// Taking it is one conditional UPDATE, atomic on both engines; a crashed holder loses it when it expires.
/// </summary>
public static class RelayLease
{
    const string TakeSql = """
        UPDATE relay_leases SET Owner = @Owner, ExpiresAt = @ExpiresAt
        WHERE Name = @Name AND (Owner = @Owner OR Owner IS NULL OR ExpiresAt < @Now)
        """;

    public static async Task<bool> TryTakeAsync(ServiceDatabase database, string name, string owner, TimeSpan duration, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = await database.InTransactionAsync(
            s => s.ExecuteAsync(TakeSql, new { Name = name, Owner = owner, Now = now, ExpiresAt = now + duration }), ct);
        return rows == 1;
    }

    public static Task ReleaseAsync(ServiceDatabase database, string name, string owner, CancellationToken ct) =>
        database.InTransactionAsync(s => s.ExecuteAsync(
            "UPDATE relay_leases SET Owner = NULL, ExpiresAt = @Past WHERE Name = @Name AND Owner = @Owner",
            new { Name = name, Owner = owner, Past = DateTimeOffset.UnixEpoch }), ct);
}
