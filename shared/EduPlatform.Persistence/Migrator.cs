using System.Reflection;
using System.Text.RegularExpressions;

namespace EduPlatform.Persistence;

/// <summary>
/// One numbered script of one source: the platform tables, a shared schema a service declares with
/// <see cref="SharedSchemaAttribute"/>, or the service's own.
/// </summary>
public sealed record MigrationScript(string Source, int Step, string Name, string Sql)
{
    /// <summary>
    /// What an older migration of the service may already have made (<c>-- adopt-if-present: table|column|index name</c> as
    /// the script's first line): where it exists the step is journaled without running, so tables that moved into a
    /// shared schema are neither created twice nor lost.
    /// </summary>
    public SchemaObject? AdoptIfPresent { get; init; }

    /// <summary>True when this start journaled the step because its change was already there.</summary>
    public bool Adopted { get; init; }
}

/// <summary>A table, a column (<c>table.column</c>) or an index, by name.</summary>
public sealed record SchemaObject(string Kind, string Name);

/// <summary>A service database that also keeps a schema owned by a shared project (the organization copy).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class SharedSchemaAttribute(string source, Type ownerType) : Attribute
{
    /// <summary>The journal's source name for the schema's steps, e.g. "organization-copy".</summary>
    public string Source { get; } = source;

    /// <summary>A type of the assembly that embeds the schema's <c>Migrations/{sqlite,sqlserver}</c> scripts.</summary>
    public Type OwnerType { get; } = ownerType;
}

/// <summary>
/// Applies numbered embedded scripts (<c>Migrations/{sqlite,sqlserver}/NNNN_name.sql</c>) in order, each in its own
/// transaction together with its journal row, so a crash leaves either the whole step or none of it.
/// Replicas starting at once are serialised (SQLite: BEGIN IMMEDIATE; SQL Server: an application lock).
/// </summary>
public static partial class Migrator
{
    public const string PlatformSource = "platform";
    public const string ServiceSource = "service";

    const string JournalSqlite = """
        CREATE TABLE IF NOT EXISTS schema_journal (
            Source TEXT NOT NULL, Step INTEGER NOT NULL, Name TEXT NOT NULL, AppliedAt TEXT NOT NULL,
            PRIMARY KEY (Source, Step))
        """;

    internal const string JournalSqlServer = """
        IF OBJECT_ID('schema_journal') IS NULL
        CREATE TABLE schema_journal (
            Source NVARCHAR(50) NOT NULL, Step INT NOT NULL, Name NVARCHAR(200) NOT NULL, AppliedAt DATETIMEOFFSET NOT NULL,
            CONSTRAINT pk_schema_journal PRIMARY KEY (Source, Step))
        """;

    const string LockSqlServer =
        "EXEC sp_getapplock @Resource = 'eduplatform-migrations', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000";

    /// <summary>The platform scripts, the shared schemas' and then the service's own, for the database's engine.</summary>
    public static IReadOnlyList<MigrationScript> ScriptsFor(ServiceDatabase database) =>
        ScriptsFor(database.GetType(), database.Engine);

    /// <summary>
    /// The platform scripts, then those of every <see cref="SharedSchemaAttribute"/> on the database type, then those
    /// embedded in the service's assembly, for one engine.
    /// </summary>
    public static IReadOnlyList<MigrationScript> ScriptsFor(Type databaseType, DatabaseEngine engine) =>
        Discover(typeof(Migrator).Assembly, PlatformSource, engine)
            .Concat(databaseType.GetCustomAttributes<SharedSchemaAttribute>()
                .SelectMany(schema => Discover(schema.OwnerType.Assembly, schema.Source, engine)))
            .Concat(Discover(databaseType.Assembly, ServiceSource, engine))
            .ToList();

    public static IReadOnlyList<MigrationScript> Discover(Assembly assembly, string source, DatabaseEngine engine)
    {
        var folder = engine == DatabaseEngine.SqlServer ? ".Migrations.sqlserver." : ".Migrations.sqlite.";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(folder, StringComparison.Ordinal)))
        {
            var fileName = resource[(resource.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..];
            var match = ScriptName().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration '{resource}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var sql = reader.ReadToEnd();
            scripts.Add(new MigrationScript(source, int.Parse(match.Groups[1].Value), match.Groups[2].Value, sql)
            {
                AdoptIfPresent = AdoptionOf(sql, resource),
            });
        }

        var ordered = scripts.OrderBy(s => s.Step).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Step != i + 1)
            {
                throw new InvalidOperationException($"{assembly.GetName().Name} {engine} migrations must be numbered 1, 2, 3… without gaps; step {i + 1} is missing.");
            }
        }

        return ordered;
    }

    /// <summary>Applies every script not yet in the journal; returns the steps applied now.</summary>
    public static async Task<IReadOnlyList<MigrationScript>> MigrateAsync(ServiceDatabase database, CancellationToken ct)
    {
        var sqlServer = database.Engine == DatabaseEngine.SqlServer;
        await database.InTransactionAsync(s => s.ExecuteAsync(sqlServer ? JournalSqlServer : JournalSqlite), ct);

        var applied = new List<MigrationScript>();
        foreach (var script in ScriptsFor(database))
        {
            var ran = await database.InTransactionAsync(async session =>
            {
                if (sqlServer)
                {
                    await session.ExecuteAsync(LockSqlServer);
                }

                var done = await session.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM schema_journal WHERE Source = @Source AND Step = @Step",
                    new { script.Source, script.Step });
                if (done > 0)
                {
                    return (Ran: false, Adopted: false);
                }

                var adopted = script.AdoptIfPresent is { } existing && await ExistsAsync(session, existing);
                foreach (var batch in adopted ? Enumerable.Empty<string>() : Batches(script.Sql, sqlServer))
                {
                    await session.ExecuteAsync(batch);
                }

                await session.ExecuteAsync(
                    "INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (@Source, @Step, @Name, @AppliedAt)",
                    new { script.Source, script.Step, script.Name, AppliedAt = DateTimeOffset.UtcNow });
                return (Ran: true, Adopted: adopted);
            }, ct);
            if (ran.Ran)
            {
                applied.Add(script with { Adopted = ran.Adopted });
            }
        }

        return applied;
    }

    static SchemaObject? AdoptionOf(string sql, string resource)
    {
        var firstLine = sql.TrimStart().Split('\n', 2)[0].Trim();
        if (!firstLine.StartsWith("-- adopt-if-present:", StringComparison.Ordinal))
        {
            return null;
        }

        var match = AdoptionLine().Match(firstLine);
        return match.Success
            ? new SchemaObject(match.Groups[1].Value, match.Groups[2].Value)
            : throw new InvalidOperationException($"Migration '{resource}': write '-- adopt-if-present: table|column|index <name>' (a column as table.column).");
    }

    static async Task<bool> ExistsAsync(DbSession session, SchemaObject existing)
    {
        var sqlServer = session.Dialect.Engine == DatabaseEngine.SqlServer;
        var (table, column) = existing.Kind == "column" && existing.Name.Split('.') is [var t, var c] ? (t, c) : (existing.Name, "");
        var sql = sqlServer
            ? existing.Kind == "table" ? "SELECT COUNT(*) FROM sys.tables WHERE name = @Table"
                : existing.Kind == "index" ? "SELECT COUNT(*) FROM sys.indexes WHERE name = @Table"
                : "SELECT COUNT(*) FROM sys.columns WHERE object_id = OBJECT_ID(@Table) AND name = @Column"
            : existing.Kind == "table" ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @Table"
                : existing.Kind == "index" ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = @Table"
                : "SELECT COUNT(*) FROM pragma_table_info(@Table) WHERE name = @Column";
        return await session.ExecuteScalarAsync<long>(sql, new { Table = table, Column = column }) > 0;
    }

    static IEnumerable<string> Batches(string sql, bool sqlServer) =>
        sqlServer
            ? GoSeparator().Split(sql).Where(b => !string.IsNullOrWhiteSpace(b))
            : [sql];

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();

    [GeneratedRegex(@"^-- adopt-if-present: (table|index|column) ([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)$")]
    private static partial Regex AdoptionLine();

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}
