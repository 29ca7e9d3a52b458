namespace EduPlatform.Spreadsheets;

/// <summary>
/// What one uploaded sheet may hold. An .xlsx is a zip: a 1 MB upload once inflated to 352 MB and a 5 KB one put a cell
/// at column ZZZZZ, and reading either whole took gigabytes. The readers stream and stop at the first limit passed.
/// The largest real county file (a 4,000-person roster, 11 columns) is far inside every one of them.
/// </summary>
public sealed record SpreadsheetLimits
{
    /// <summary>
    /// Bytes read out of the .xlsx zip, all parts together (the workbook, its strings and the sheet): seven times the
    /// largest roster's 2.8 MB, and small enough that text held from it stays far under 100 MB.
    /// </summary>
    public long MaxInflatedBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Data rows: ten times the largest roster's 4,213.</summary>
    public int MaxRows { get; init; } = 50_000;

    /// <summary>Columns a row may use: 256 (A–IV) is ten times what any import reads.</summary>
    public int MaxColumns { get; init; } = 256;

    /// <summary>Cells kept, the blanks between values included: twice the largest roster's 46,000.</summary>
    public int MaxCells { get; init; } = 100_000;

    /// <summary>Characters in one cell: Excel's own limit.</summary>
    public int MaxCellCharacters { get; init; } = 32_767;

    public static SpreadsheetLimits Default { get; } = new();
}

/// <summary>A sheet passed one of <see cref="SpreadsheetLimits"/>; the message names the limit.</summary>
public sealed class SpreadsheetLimitException(string message) : Exception(message);
