using System.Data.Common;
using System.Diagnostics;
using Dapper;

namespace EduPlatform.Persistence;

/// <summary>An open connection (and transaction, for writes) of one service's database, with traced Dapper calls.</summary>
public sealed class DbSession
{
    internal DbSession(ServiceDatabase database, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        Database = database;
        Connection = connection;
        Transaction = transaction;
        CancellationToken = ct;
    }

    public ServiceDatabase Database { get; }
    public DbConnection Connection { get; }
    public DbTransaction? Transaction { get; }
    public CancellationToken CancellationToken { get; }
    public ISqlDialect Dialect => Database.Dialect;

    /// <summary>How every SQL call's span name starts ("db SELECT Code, Name,"), so telemetry can tell them apart.</summary>
    public const string SpanNamePrefix = "db ";
    internal int EventsWritten { get; set; }
    internal bool RolledBack { get; private set; }

    /// <summary>Ends the transaction without committing (used when a rule check fails after reads).</summary>
    public void Rollback() => RolledBack = true;

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        Traced(sql, () => Connection.ExecuteAsync(Command(sql, parameters)));

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        Traced(sql, () => Connection.QueryAsync<T>(Command(sql, parameters)));

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) =>
        Traced(sql, () => Connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters)));

    public Task<T> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        Traced(sql, async () => (await Connection.ExecuteScalarAsync<T>(Command(sql, parameters)))!);

    /// <summary>
    /// Guids for an <c>IN @Ids</c> list: Dapper expands lists without the type handlers, so on SQLite they go as text.
    /// </summary>
    public IEnumerable<object> IdList(IEnumerable<Guid> ids) =>
        Database.Engine == DatabaseEngine.Sqlite ? ids.Select(id => (object)id.ToString("D")) : ids.Cast<object>();

    CommandDefinition Command(string sql, object? parameters) =>
        new(sql, parameters, Transaction, cancellationToken: CancellationToken);

    async Task<T> Traced<T>(string sql, Func<Task<T>> run)
    {
        using var activity = Database.ActivitySource.StartActivity(SpanNamePrefix + FirstWords(sql), ActivityKind.Client);
        activity?.SetTag("db.system.name", Database.Engine == DatabaseEngine.SqlServer ? "microsoft.sql_server" : "sqlite");
        activity?.SetTag("db.namespace", Database.ServiceName);
        activity?.SetTag("db.query.text", sql);
        try
        {
            return await run();
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }

    static string FirstWords(string sql)
    {
        var words = sql.Split((char[]?)null, 4, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(3));
    }
}
