using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EduPlatform.Spreadsheets;

/// <summary>Reads the first worksheet of an .xlsx as text. Numbers come back in invariant culture; empty cells as "".</summary>
public static class XlsxReader
{
    public static SpreadsheetTable Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("The workbook has no worksheet.");
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];

        var rows = new List<SpreadsheetRow>();
        IReadOnlyList<string>? headers = null;
        foreach (var row in worksheet.Worksheet.Descendants<Row>())
        {
            var rowNumber = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + (headers is null ? 1 : 2)));
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(CellText(cell, shared));
            }

            if (headers is null)
            {
                headers = cells;
                continue;
            }

            var data = new SpreadsheetRow(rowNumber, cells);
            if (!data.IsBlank)
            {
                rows.Add(data);
            }
        }

        return new SpreadsheetTable(headers ?? [], rows);
    }

    static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index < shared.Length)
        {
            return shared[index];
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        return raw;
    }

    /// <summary>"C7" → 2.</summary>
    static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>Excel stores dates as serial numbers; county sheets also type them as text. Accepts both.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }
}
