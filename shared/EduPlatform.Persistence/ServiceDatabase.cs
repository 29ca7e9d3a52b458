using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace EduPlatform.Persistence;

/// <summary>
/// One service's own database. Each service derives a sealed type from this (OrganizationDatabase, …) so that
/// several services can live in one process (standalone mode) without ever sharing a database.
/// </summary>
public abstract class ServiceDatabase
{
    readonly SemaphoreSlim _outboxSignal = new(0, int.MaxValue);
    readonly SharedTransactions _shared;

    /// <summary>
    /// SQLite takes one writer at a time, and a writer that finds the database locked sleeps in SQLite's busy handler,
    /// up to 100 ms a turn: under a steady stream of small writes (events written, stamped sent, applied) those sleeps
    /// were most of an event's latency. The process's writers wait here in turn instead; other processes on the same
    /// file still meet the busy timeout.
    /// </summary>
    readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    /// <summary>The same wait as SQLite's busy timeout below.</summary>
    static readonly TimeSpan SqliteBusyTimeout = TimeSpan.FromSeconds(10);

    protected ServiceDatabase(ServiceDatabaseSettings settings)
    {
        _shared = new SharedTransactions(this);
        DapperTypeHandlers.Register();
        Settings = settings;
        Dialect = ISqlDialect.For(settings.Engine);
        ActivitySource = new ActivitySource(TelemetryName);
    }

    public ServiceDatabaseSettings Settings { get; }
    public string ServiceName => Settings.ServiceName;
    public DatabaseEngine Engine => Settings.Engine;
    public ISqlDialect Dialect { get; }

    /// <summary>"EduPlatform.Organization": the ActivitySource and Meter name of the owning service.</summary>
    public string TelemetryName => "EduPlatform." + char.ToUpperInvariant(ServiceName[0]) + ServiceName[1..];

    public ActivitySource ActivitySource { get; }

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        DbConnection connection = Engine == DatabaseEngine.SqlServer
            ? new SqlConnection(Settings.ConnectionString)
            : new SqliteConnection(Settings.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            if (connection is SqliteConnection sqlite)
            {
                await PrepareSqliteAsync(sqlite, ct);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: the change, its audit rows and its outbox rows commit
    /// together or not at all. The outbox relay is woken after a commit that wrote events.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        if (Engine != DatabaseEngine.Sqlite)
        {
            return await InTransactionCoreAsync(work, ct);
        }

        if (!await _sqliteWriter.WaitAsync(SqliteBusyTimeout, ct))
        {
            // What SQLite itself answers after its busy timeout, so callers see the same transient refusal (a 503).
            throw new SqliteException($"{ServiceName}: the database stayed locked by another write of this service for {SqliteBusyTimeout.TotalSeconds:F0} s.", 5 /* SQLITE_BUSY */);
        }

        try
        {
            return await InTransactionCoreAsync(work, ct);
        }
        finally
        {
            _sqliteWriter.Release();
        }
    }

    async Task<T> InTransactionCoreAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var session = new DbSession(this, connection, transaction, ct);
        var result = await work(session);
        if (session.RolledBack)
        {
            await transaction.RollbackAsync(ct);
            return result;
        }

        await transaction.CommitAsync(ct);
        if (session.EventsWritten > 0)
        {
            SignalOutbox();
        }

        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction it may share with other works waiting at the same moment (group
    /// commit, see <see cref="SharedTransactions"/>): for consumed events, each of which would otherwise pay a commit of
    /// its own. The work may run twice (together, then alone after another work failed the group), so it must not act
    /// outside the session; its result is the one of the run that committed.
    /// </summary>
    public Task<T> InSharedTransactionAsync<T>(Func<DbSession, Task<T>> work) => _shared.RunAsync(work);

    public Task InTransactionAsync(Func<DbSession, Task> work, CancellationToken ct) =>
        InTransactionAsync<bool>(async session => { await work(session); return true; }, ct);

    /// <summary>Reads outside a transaction.</summary>
    public async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await read(new DbSession(this, connection, null, ct));
    }

    public void SignalOutbox() => _outboxSignal.Release();

    /// <summary>Waits until events are written in this process or the timeout passes (the relay also polls, for other processes).</summary>
    public async Task WaitForOutboxSignalAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (await _outboxSignal.WaitAsync(timeout, ct))
        {
            while (_outboxSignal.CurrentCount > 0 && _outboxSignal.Wait(0))
            {
                // Collapse a burst of signals into one wake-up.
            }
        }
    }

    static async Task PrepareSqliteAsync(SqliteConnection connection, CancellationToken ct)
    {
        // WAL lets readers run beside the writer; foreign keys are off by default in SQLite. synchronous=FULL (the
        // default, said here so nobody trades it away unknowingly) syncs the log at every commit: a committed effect or
        // event survives a power cut, which the inbox and outbox rely on. Group commit, not NORMAL, is how consumers go fast.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        await command.ExecuteNonQueryAsync(ct);
    }
}
