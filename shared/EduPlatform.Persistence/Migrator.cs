using System.Reflection;
using System.Text.RegularExpressions;

namespace EduPlatform.Persistence;

/// <summary>One numbered script of one source (the shared platform tables, or a service's own).</summary>
public sealed record MigrationScript(string Source, int Step, string Name, string Sql);

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

    /// <summary>The platform scripts, then the service's own, for the database's engine.</summary>
    public static IReadOnlyList<MigrationScript> ScriptsFor(ServiceDatabase database) =>
        ScriptsFor(database.GetType().Assembly, database.Engine);

    /// <summary>The platform scripts, then those embedded in the service's assembly, for one engine.</summary>
    public static IReadOnlyList<MigrationScript> ScriptsFor(Assembly serviceAssembly, DatabaseEngine engine) =>
        Discover(typeof(Migrator).Assembly, PlatformSource, engine)
            .Concat(Discover(serviceAssembly, ServiceSource, engine))
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
            scripts.Add(new MigrationScript(source, int.Parse(match.Groups[1].Value), match.Groups[2].Value, reader.ReadToEnd()));
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
                    return false;
                }

                foreach (var batch in Batches(script.Sql, sqlServer))
                {
                    await session.ExecuteAsync(batch);
                }

                await session.ExecuteAsync(
                    "INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (@Source, @Step, @Name, @AppliedAt)",
                    new { script.Source, script.Step, script.Name, AppliedAt = DateTimeOffset.UtcNow });
                return true;
            }, ct);
            if (ran)
            {
                applied.Add(script);
            }
        }

        return applied;
    }

    static IEnumerable<string> Batches(string sql, bool sqlServer) =>
        sqlServer
            ? GoSeparator().Split(sql).Where(b => !string.IsNullOrWhiteSpace(b))
            : [sql];

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}
