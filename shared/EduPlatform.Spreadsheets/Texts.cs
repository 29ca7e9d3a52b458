using EduPlatform.Kernel;

namespace EduPlatform.Spreadsheets;

/// <summary>Why a file could not be read, in Chinese and English (the limits' own messages are in <see cref="SpreadsheetLimits"/>).</summary>
static class Texts
{
    public static Words NotASheet(string fileName) => new($"“{fileName}”既不是 .xlsx 也不是 .csv 文件。", $"'{fileName}' is neither .xlsx nor .csv.");
    public static Words NoWorkbook => new("文件中没有工作簿。", "The file has no workbook.");
    public static Words NoWorksheet => new("工作簿中没有工作表。", "The workbook has no worksheet.");
    public static Words FirstSheetMissing => new("工作簿的第一个工作表缺失。", "The workbook's first worksheet is missing.");
    public static Words NotZip => new("文件不是 .xlsx 工作簿（不是 zip 包）。", "The file is not an .xlsx workbook (it is not a zip package).");
    public static Words NoPart(string path) => new($"工作簿缺少部件“{path}”。", $"The workbook has no part '{path}'.");
}
