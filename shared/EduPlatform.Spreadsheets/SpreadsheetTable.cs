namespace EduPlatform.Spreadsheets;

/// <summary>
/// A sheet read as text: the header row, then data rows that keep their row number in the file. The header is row 1, or
/// row 2 under a title row (one filled cell above a row of several, as the suite's own exports and templates have).
/// </summary>
public sealed class SpreadsheetTable(IReadOnlyList<string> headers, IReadOnlyList<SpreadsheetRow> rows)
{
    public IReadOnlyList<string> Headers { get; } = headers;
    public IReadOnlyList<SpreadsheetRow> Rows { get; } = rows;

    /// <summary>Whether <paramref name="first"/> is a title above the header row <paramref name="next"/>.</summary>
    public static bool IsTitleAbove(IReadOnlyList<string> first, IReadOnlyList<string> next) =>
        first.Count(c => !string.IsNullOrWhiteSpace(c)) == 1 && next.Count(c => !string.IsNullOrWhiteSpace(c)) > 1;

    /// <summary>The index of the first header that matches one of the names (trimmed, case-insensitive), or -1.</summary>
    public int ColumnOf(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < Headers.Count; i++)
            {
                if (string.Equals(Headers[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}

public sealed class SpreadsheetRow(int rowNumber, IReadOnlyList<string> cells)
{
    public int RowNumber { get; } = rowNumber;
    public IReadOnlyList<string> Cells { get; } = cells;

    /// <summary>The trimmed cell text, or "" when the column is absent or the row is short.</summary>
    public string this[int column] => column >= 0 && column < Cells.Count ? Cells[column].Trim() : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
