using EduPlatform.Kernel;

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

    // What the clerk is told, Chinese first; each names the limit passed and what to do.
    internal SpreadsheetLimitException TooManyRows() => new(
        new Words($"文件超过 {MaxRows:N0} 行数据，一次最多导入 {MaxRows:N0} 行，请拆分文件。", $"The file has more than {MaxRows:N0} data rows; a sheet may hold at most {MaxRows:N0}."));

    internal SpreadsheetLimitException TooManyCells(string? whereZh = null, string? whereEn = null) => new(
        new Words($"文件超过 {MaxCells:N0} 个单元格{whereZh}，一次最多 {MaxCells:N0} 个，请拆分文件。", $"The file has more than {MaxCells:N0} cells{whereEn}; a sheet may hold at most {MaxCells:N0} cells."));

    internal SpreadsheetLimitException ValueBeyondColumns(string whereZh, string whereEn) => new(
        new Words($"{whereZh}有内容，超出了可读取的 {MaxColumns} 列，请删除多余的列。", $"The file has a value at {whereEn}; a sheet may use at most {MaxColumns} columns."));

    internal SpreadsheetLimitException CellTooLong() => new(
        new Words($"有单元格超过 {MaxCellCharacters:N0} 个字符（Excel 的上限）。", $"The file has a cell longer than {MaxCellCharacters:N0} characters, Excel's own limit."));

    internal SpreadsheetLimitException UnpacksTooLarge()
    {
        var megabytes = MaxInflatedBytes / 1024 / 1024;
        return new(
            new Words($"文件解压后超过 {megabytes} MB，一次最多 {megabytes} MB，请拆分文件或删除空行空列。", $"The file unpacks to more than {megabytes} MB; a sheet may unpack to at most {megabytes} MB (split it, or remove unused rows and columns)."));
    }
}

/// <summary>A sheet passed one of <see cref="SpreadsheetLimits"/>; the message names the limit.</summary>
public sealed class SpreadsheetLimitException(Words message) : Exception(message);
