using EduPlatform.Kernel;
using EduPlatform.Spreadsheets;

namespace EduPlatform.ServiceDefaults;

/// <summary>An uploaded roster, read and checked for its required columns: the common first step of every import.</summary>
public sealed record RosterFile(SpreadsheetTable Table, IReadOnlyDictionary<string, int> Columns)
{
    /// <summary>Where the rows came from, for the audit trail: the file's name, or "json" for rows sent as JSON.</summary>
    public string Source { get; init; } = "json";

    /// <summary>Reads the file against the import's declared columns.</summary>
    public static Outcome<RosterFile> Open(string fileName, byte[] content, ImportSheet sheet) => Open(fileName, content, sheet.Aliases, sheet.Required);

    /// <summary>Reads the file; a file that cannot be read, lacks a required column or has no rows is a field error on "file".</summary>
    public static Outcome<RosterFile> Open(string fileName, byte[] content, IReadOnlyDictionary<string, string[]> columns, IReadOnlyList<string> required)
    {
        SpreadsheetTable table;
        try
        {
            table = SpreadsheetReader.Read(fileName, content);
        }
        catch (SpreadsheetLimitException ex)
        {
            return Outcome<RosterFile>.Fail("file", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Outcome<RosterFile>.Fail("file", Texts.Unreadable(ex.Message));
        }

        var found = columns.ToDictionary(c => c.Key, c => table.ColumnOf(c.Value));
        var missing = required.Where(r => found[r] < 0).ToList();
        if (missing.Count > 0)
        {
            return Outcome<RosterFile>.Fail(missing.Select(m => ("file", (string)Texts.NoColumn(columns[m][0], m))));
        }

        return table.Rows.Count == 0 ? Outcome<RosterFile>.Fail("file", Texts.NoRows) : new RosterFile(table, found) { Source = fileName };
    }

    /// <summary>The same failure, as the outcome of the import that asked.</summary>
    public static Outcome<T> Failure<T>(Outcome<RosterFile> failed) => failed switch
    {
        Outcome<RosterFile>.Invalid invalid => new Outcome<T>.Invalid(invalid.Errors),
        _ => throw new InvalidOperationException("Only a failed read is converted."),
    };
}
