using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EduPlatform.Spreadsheets;

/// <summary>
/// One sheet: an optional title row (what it is, the county, the date), a header row and rows of text or number cells.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows, string? Title = null);

/// <summary>
/// Writes sheets a bureau prints: the title row across the table, a bold header row that stays in view (frozen) and repeats
/// on every printed page, columns as wide as their content, A4 landscape fitted to the page width. Cells are inline
/// strings, so there is no shared-string table.
/// </summary>
public static class XlsxWriter
{
    const uint Plain = 0, Bold = 1, TitleStyle = 2;
    const double MinWidth = 6, MaxWidth = 60;

    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, string? title = null) =>
        Write([new XlsxSheet(sheetName, headers, rows, title)]);

    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            var printTitles = new DefinedNames();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var worksheet = workbook.AddNewPart<WorksheetPart>();
                var headerRow = sheet.Title is null ? 1 : 2;
                worksheet.Worksheet = Sheet(sheet, headerRow);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = id, Name = sheet.Name });
                printTitles.Append(new DefinedName($"'{sheet.Name.Replace("'", "''")}'!$1:${headerRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
                id++;
            }

            workbook.Workbook.Append(printTitles);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    static Worksheet Sheet(XlsxSheet sheet, int headerRow)
    {
        var rows = sheet.Rows.ToList();
        var data = new SheetData();
        uint number = 1;
        if (sheet.Title is { } title)
        {
            data.Append(ToRow(number++, [title], TitleStyle));
        }

        data.Append(ToRow(number++, sheet.Headers.Cast<object?>().ToList(), Bold));
        foreach (var row in rows)
        {
            data.Append(ToRow(number++, row, Plain));
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            Columns(sheet.Headers, rows),
            data);
        if (sheet.Title is not null && sheet.Headers.Count > 1)
        {
            worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{ColumnName(sheet.Headers.Count)}1" }));
        }

        worksheet.Append(
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            // A4 (paper size 9), landscape, as wide as one page and as long as it takes.
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    /// <summary>Each column as wide as its longest cell; Chinese characters take two widths.</summary>
    static Columns Columns(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var columns = new Columns();
        for (var i = 0; i < headers.Count; i++)
        {
            var longest = rows.Select(r => i < r.Count ? Width(r[i]) : 0).DefaultIfEmpty(0).Max();
            var width = Math.Clamp(Math.Max(longest, Width(headers[i])) + 2, MinWidth, MaxWidth);
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true });
        }

        return columns;
    }

    static double Width(object? value) => value switch
    {
        null => 0,
        double d => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture).Length,
        _ => (value.ToString() ?? "").Sum(c => c > 0x2E80 ? 2.0 : 1.0),
    };

    static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + (number - 1) % 26) + name;
        }

        return name;
    }

    static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }),
            new Font(new Bold(), new FontSize { Val = 11 }),
            new Font(new Bold(), new FontSize { Val = 14 })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { FontId = 2, ApplyFont = true }) { Count = 3 });

    /// <summary>A row with its number, so a reader (and a clerk told "row 7") counts as Excel does.</summary>
    static Row ToRow(uint number, IReadOnlyList<object?> values, uint style)
    {
        var row = new Row { RowIndex = number };
        foreach (var value in values)
        {
            var cell = value switch
            {
                null => new Cell(),
                int or long or double or decimal or float => new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
                },
                _ => new Cell
                {
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (style != Plain)
            {
                cell.StyleIndex = style;
            }

            row.Append(cell);
        }

        return row;
    }
}
