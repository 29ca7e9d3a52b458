using EduPlatform.Kernel;

namespace EduPlatform.Persistence;

/// <summary>
/// Where a service keeps one kind of county settings: its table's read (the defaults at version 0 when none are
/// stored) and its write that succeeds only while the stored version is the expected one, and the names the audit and
/// the version conflict use.
/// </summary>
public sealed record SettingsTable<T>(
    string Title, string AuditAction, string EntityType, Func<DbSession, string, Task<T>> Read, Func<DbSession, T, int, Task<bool>> Write);

/// <summary>
/// Every service's county settings are saved the same way: validated, then in one transaction checked against the
/// version the caller read, written with the next version, and audited with the record before and after.
/// </summary>
public sealed class CountySettingsStore<T>(ServiceDatabase database, SettingsTable<T> table) where T : class, ICountySettings<T>
{
    public Task<T> ReadAsync(string countyCode, CancellationToken ct) => database.ReadAsync(s => table.Read(s, countyCode), ct);

    public Task<Outcome<T>> SaveAsync(T requested, string actor, CancellationToken ct)
    {
        var errors = requested.Validate();
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<T>.Fail(errors));
        }

        return database.InTransactionAsync<Outcome<T>>(async s =>
        {
            var current = await table.Read(s, requested.CountyCode);
            var saved = requested.WithVersion(current.Version + 1);
            if (current.Version != requested.Version || !await table.Write(s, saved, current.Version))
            {
                return new Outcome<T>.Stale($"{table.Title} of {requested.CountyCode}", requested.Version, current.Version);
            }

            await s.WriteAuditAsync(actor, table.AuditAction, table.EntityType, requested.CountyCode, requested.CountyCode,
                current.Version == 0 ? null : current, saved);
            return saved;
        }, ct);
    }
}
