using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EduPlatform.ArchitectureTests;

/// <summary>
/// No SQL Server runs here, so what can be proven about the SQL Server path without one is proven with Microsoft's own
/// T-SQL parser (ScriptDom, SQL Server 2022 grammar): every SQL Server migration, every hand script in deploy/sql, and
/// every SQL text the repositories send on the SQL Server dialect parse without an error. (Whether they run is what
/// the tests gated on EDUPLATFORM_SQLSERVER show.)
/// </summary>
public sealed partial class SqlServerGrammarTests(ITestOutputHelper output)
{
    public static readonly TheoryData<string> Migrations = new(
        Repo.Files("services", "*.sql").Concat(Repo.Files("shared", "*.sql"))
            .Where(f => f.Replace('\\', '/').Contains("/Migrations/sqlserver/", StringComparison.Ordinal) && !Regex.IsMatch(f.Replace('\\', '/'), "/(bin|obj)/"))
            .Select(Repo.Relative));

    public static readonly TheoryData<string> HandScripts = new(Repo.Files("deploy/sql", "*.sql").Select(Repo.Relative));

    [Theory]
    [MemberData(nameof(Migrations))]
    public void Every_sql_server_migration_parses(string migration) =>
        AssertParses(migration, File.ReadAllText(Path.Combine(Repo.Root, migration)));

    /// <summary>sqlcmd's own directives (<c>:on error exit</c>) are sqlcmd's, not T-SQL; the rest is T-SQL with GO batches.</summary>
    [Theory]
    [MemberData(nameof(HandScripts))]
    public void Every_hand_script_parses_with_its_sqlcmd_directives_aside(string script) =>
        AssertParses(script, string.Join('\n', File.ReadLines(Path.Combine(Repo.Root, script)).Where(line => !line.StartsWith(':'))));

    [Fact]
    public void Every_sql_text_the_repositories_send_on_sql_server_parses()
    {
        var (texts, unread) = RepositorySql.Read();

        // Only the migrator's batches are read at run time; they are the migration scripts, parsed one by one above.
        Assert.True(unread.Select(u => (u.File, u.Expression)).SequenceEqual([("Migrator.cs", "batch")]),
            "SQL the scan cannot read:\n" + string.Join("\n", unread.Select(u => $"{u.File}: {u.Expression}")));
        Assert.True(texts.Count > 150, $"only {texts.Count} SQL texts found: the source scan has missed the repositories");
        var failures = texts.Select(t => (t.Where, t.Sql, Errors: Errors(DapperExpanded(t.Sql)))).Where(t => t.Errors.Count > 0).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Select(f => $"{f.Where}: {string.Join("; ", f.Errors)}\n{f.Sql}")));
        output.WriteLine($"{texts.Count} SQL texts from {texts.Select(t => t.Where).Distinct().Count()} calls parse under the SQL Server 2022 grammar");
    }

    static void AssertParses(string name, string sql)
    {
        var errors = Errors(sql);
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
    }

    static List<string> Errors(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return [.. errors.Select(e => $"line {e.Line}: {e.Message}")];
    }

    /// <summary>
    /// Dapper sends a list parameter <c>IN @Ids</c> as <c>IN (@Ids1, @Ids2, …)</c>; that is the text SQL Server receives.
    /// </summary>
    static string DapperExpanded(string sql) => ListParameter().Replace(sql, "IN ($1_1, $1_2)");

    [GeneratedRegex(@"\bIN\s+(@\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListParameter();
}
