using System.Text;

namespace EduPlatform.Persistence;

/// <summary>
/// One SQL Server script a DBA runs by hand (sqlcmd, or SSMS in SQLCMD mode) on an empty database: the migrations a
/// service would apply at start, in order, with the journal rows that make the service skip them afterwards. All of it
/// is one transaction and stops at the first error, so a failed run leaves the database empty.
/// </summary>
public static class HandScript
{
    public static string For(string serviceName, IReadOnlyList<MigrationScript> scripts)
    {
        var sql = new StringBuilder();
        sql.Append($"""
            -- {serviceName} database schema for SQL Server, generated from the service's migrations (deploy/README.md).
            -- Run once on an empty database: sqlcmd -b -S <server> -d {serviceName} -i {serviceName}.sql
            -- The service finds these steps in schema_journal and applies only later ones at start.
            :on error exit
            SET XACT_ABORT ON;
            BEGIN TRANSACTION;
            GO

            {Migrator.JournalSqlServer}
            GO

            """);
        foreach (var script in scripts)
        {
            sql.Append($"-- {script.Source} step {script.Step}: {script.Name}\n");
            sql.Append(script.Sql.Trim().ReplaceLineEndings("\n"));
            sql.Append("\nGO\n");
            sql.Append($"INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'{script.Source}', {script.Step}, N'{script.Name}', SYSDATETIMEOFFSET());\nGO\n\n");
        }

        sql.Append("COMMIT TRANSACTION;\nGO\n");
        return sql.ToString().ReplaceLineEndings("\n");
    }
}
