namespace EduPlatform.Persistence;

/// <summary>The few places where SQL Server and SQLite differ for this suite; everything else is common SQL.</summary>
public interface ISqlDialect
{
    DatabaseEngine Engine { get; }

    /// <summary>A paging clause to append after ORDER BY, using parameters @Offset and @Limit.</summary>
    string Paging { get; }

    /// <summary>INSERT that does nothing when the key exists: <c>{0}</c> table, <c>{1}</c> column list, <c>{2}</c> values, <c>{3}</c> key predicate on the table.</summary>
    string InsertIfAbsent(string table, string columns, string values, string keyPredicate);

    /// <summary>Case-insensitive LIKE for user search text (SQLite LIKE is ASCII-only case-insensitive; SQL Server follows the collation).</summary>
    string ContainsText(string column, string parameter);

    public static ISqlDialect For(DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => SqliteDialect.Instance,
        DatabaseEngine.SqlServer => SqlServerDialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(engine)),
    };
}

public sealed class SqliteDialect : ISqlDialect
{
    public static readonly SqliteDialect Instance = new();
    public DatabaseEngine Engine => DatabaseEngine.Sqlite;
    public string Paging => "LIMIT @Limit OFFSET @Offset";

    public string InsertIfAbsent(string table, string columns, string values, string keyPredicate) =>
        $"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({values})";

    public string ContainsText(string column, string parameter) => $"instr({column}, {parameter}) > 0";
}

public sealed class SqlServerDialect : ISqlDialect
{
    public static readonly SqlServerDialect Instance = new();
    public DatabaseEngine Engine => DatabaseEngine.SqlServer;
    public string Paging => "OFFSET @Offset ROWS FETCH NEXT @Limit ROWS ONLY";

    // UPDLOCK + HOLDLOCK makes the existence check and the insert one atomic step under concurrency.
    public string InsertIfAbsent(string table, string columns, string values, string keyPredicate) =>
        $"INSERT INTO {table} ({columns}) SELECT {values} WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {keyPredicate})";

    public string ContainsText(string column, string parameter) => $"CHARINDEX({parameter}, {column}) > 0";
}
