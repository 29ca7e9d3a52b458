using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace EduPlatform.Spreadsheets;

/// <summary>
/// Reads the first worksheet of an .xlsx as text, streaming its XML out of the zip within <see cref="SpreadsheetLimits"/>
/// (a file past one is refused with <see cref="SpreadsheetLimitException"/> as soon as it is seen). Numbers come back in
/// invariant culture; empty cells as "".
/// </summary>
public static class XlsxReader
{
    const string RelationshipNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    public static SpreadsheetTable Read(Stream stream, SpreadsheetLimits? limits = null)
    {
        limits ??= SpreadsheetLimits.Default;
        var budget = new InflationBudget(limits);
        using var zip = Open(stream);
        var workbook = Target(zip, budget, "_rels/.rels", "", "/officeDocument")
            ?? throw new InvalidDataException(Texts.NoWorkbook);
        var folder = workbook.Contains('/') ? workbook[..(workbook.LastIndexOf('/') + 1)] : "";
        var relationships = $"{folder}_rels/{workbook[folder.Length..]}.rels";
        var sheetId = FirstSheetRelationship(zip, budget, workbook) ?? throw new InvalidDataException(Texts.NoWorksheet);
        var sheet = Target(zip, budget, relationships, folder, id: sheetId) ?? throw new InvalidDataException(Texts.FirstSheetMissing);
        var sharedPath = Target(zip, budget, relationships, folder, "/sharedStrings");
        var shared = sharedPath is null ? [] : SharedStrings(zip, budget, sharedPath, limits);
        return Sheet(zip, budget, sheet, shared, limits);
    }

    static ZipArchive Open(Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException(Texts.NotZip);
        }
    }

    static XmlReader Part(ZipArchive zip, InflationBudget budget, string path)
    {
        var entry = zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException(Texts.NoPart(path));
        return XmlReader.Create(budget.Wrap(entry.Open()), Xml);
    }

    /// <summary>A relationship's target, by type suffix or id, resolved against the folder of the part that has it.</summary>
    static string? Target(ZipArchive zip, InflationBudget budget, string relationships, string folder, string? typeSuffix = null, string? id = null)
    {
        if (zip.GetEntry(relationships) is null)
        {
            return null;
        }

        using var reader = Part(zip, budget, relationships);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && (id is null || reader.GetAttribute("Id") == id)
                && (typeSuffix is null || (reader.GetAttribute("Type")?.EndsWith(typeSuffix, StringComparison.Ordinal) ?? false))
                && reader.GetAttribute("Target") is { } target)
            {
                return Resolve(folder, target);
            }
        }

        return null;
    }

    static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) { parts.RemoveAt(parts.Count - 1); } }
            else if (part is not ("." or "")) { parts.Add(part); }
        }

        return string.Join('/', parts);
    }

    static string? FirstSheetRelationship(ZipArchive zip, InflationBudget budget, string workbook)
    {
        using var reader = Part(zip, budget, workbook);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                // r:id, in the transitional namespace or Strict OOXML's (http://purl.oclc.org/ooxml/…/relationships).
                return reader.GetAttribute("id", RelationshipNs) ?? RelationshipId(reader);
            }
        }

        return null;
    }

    static string? RelationshipId(XmlReader reader)
    {
        while (reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal))
            {
                return reader.Value;
            }
        }

        return null;
    }

    static string[] SharedStrings(ZipArchive zip, InflationBudget budget, string path, SpreadsheetLimits limits)
    {
        var strings = new List<string>();
        using var reader = Part(zip, budget, path);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (strings.Count >= limits.MaxCells)
                {
                    throw limits.TooManyCells();
                }

                strings.Add(RichText(reader, limits));
            }
        }

        return [.. strings];
    }

    static SpreadsheetTable Sheet(ZipArchive zip, InflationBudget budget, string path, string[] shared, SpreadsheetLimits limits)
    {
        var rows = new List<SpreadsheetRow>();
        IReadOnlyList<string>? headers = null;
        var headerRow = 0;
        var cellsKept = 0L;
        using var reader = Part(zip, budget, path);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            var rowNumber = int.TryParse(reader.GetAttribute("r"), out var r) ? r : rows.Count + headerRow + 1;
            var cells = Row(reader, shared, rowNumber, limits);
            cellsKept += cells.Count;
            if (cellsKept > limits.MaxCells)
            {
                throw limits.TooManyCells($"（第 {rowNumber} 行）", $" (at row {rowNumber})");
            }

            if (headers is null || (headerRow == 1 && rows.Count == 0 && SpreadsheetTable.IsTitleAbove(headers, cells)))
            {
                headers = cells;
                headerRow++;
                continue;
            }

            var data = new SpreadsheetRow(rowNumber, cells);
            if (!data.IsBlank)
            {
                if (rows.Count >= limits.MaxRows)
                {
                    throw limits.TooManyRows();
                }

                rows.Add(data);
            }
        }

        return new SpreadsheetTable(headers ?? [], rows);
    }

    /// <summary>The cells of the row the reader is on, up to its end element. Empty cells past the last value are not kept.</summary>
    static List<string> Row(XmlReader reader, string[] shared, int rowNumber, SpreadsheetLimits limits)
    {
        var cells = new List<string>();
        if (reader.IsEmptyElement)
        {
            return cells;
        }

        var depth = reader.Depth;
        reader.Read();
        for (; !AtEnd(reader, depth); reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }

            var reference = reader.GetAttribute("r");
            var column = reference is null ? cells.Count : ColumnIndex(reference, limits.MaxColumns);
            var text = Cell(reader, reader.GetAttribute("t"), shared, limits);
            if (text.Length == 0)
            {
                if (reference is null && column < limits.MaxColumns)
                {
                    cells.Add(""); // keeps the place of the unreferenced cells after it
                }

                continue;
            }

            if (column >= limits.MaxColumns)
            {
                throw limits.ValueBeyondColumns($"{reference ?? $"第 {column + 1} 列"}（第 {rowNumber} 行）", $"{reference ?? $"column {column + 1}"} (row {rowNumber})");
            }

            while (cells.Count < column)
            {
                cells.Add("");
            }

            if (column < cells.Count)
            {
                cells[column] = text;
            }
            else
            {
                cells.Add(text);
            }
        }

        return cells;
    }

    static string Cell(XmlReader reader, string? type, string[] shared, SpreadsheetLimits limits)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var raw = "";
        var depth = reader.Depth;
        reader.Read();
        while (!AtEnd(reader, depth))
        {
            switch (reader.NodeType, reader.LocalName)
            {
                case (XmlNodeType.Element, "v"):
                    raw = Text(reader, limits);
                    reader.Read();
                    break;
                case (XmlNodeType.Element, "is"):
                    raw = RichText(reader, limits);
                    reader.Read();
                    break;
                case (XmlNodeType.Element, _):
                    reader.Skip(); // a formula: its cached value is in <v>
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        return Value(raw, type, shared);
    }

    static string Value(string raw, string? type, string[] shared) => type switch
    {
        "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length ? shared[index] : "",
        "b" => raw == "1" ? "true" : "false",
        _ => raw,
    };

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt;: its &lt;t&gt; runs joined, phonetic runs (&lt;rPh&gt;) left out.</summary>
    static string RichText(XmlReader reader, SpreadsheetLimits limits)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = t_runs ??= new StringBuilder();
        text.Clear();
        var depth = reader.Depth;
        reader.Read();
        while (!AtEnd(reader, depth))
        {
            switch (reader.NodeType, reader.LocalName)
            {
                case (XmlNodeType.Element, "rPh"):
                    reader.Skip();
                    break;
                case (XmlNodeType.Element, "t"):
                    text.Append(Text(reader, limits));
                    if (text.Length > limits.MaxCellCharacters)
                    {
                        throw limits.CellTooLong();
                    }

                    reader.Read();
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        return text.ToString();
    }

    // Text is called once per cell; one buffer per thread keeps a 500,000-cell sheet from allocating a gigabyte of them.
    [ThreadStatic] static StringBuilder? t_text;
    [ThreadStatic] static StringBuilder? t_runs;
    [ThreadStatic] static char[]? t_buffer;

    /// <summary>The text content of the element the reader is on, read in chunks so an oversized cell is refused, not held.</summary>
    static string Text(XmlReader reader, SpreadsheetLimits limits)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = t_text ??= new StringBuilder();
        var buffer = t_buffer ??= new char[1024];
        text.Clear();
        var depth = reader.Depth;
        reader.Read();
        while (!AtEnd(reader, depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    if (text.Length + read > limits.MaxCellCharacters)
                    {
                        throw limits.CellTooLong();
                    }

                    text.Append(buffer, 0, read);
                }
            }

            reader.Read();
        }

        return text.ToString();
    }

    /// <summary>On the end of the element opened at <paramref name="depth"/> (or past the document's end).</summary>
    static bool AtEnd(XmlReader reader, int depth) =>
        reader.EOF || (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth);


    /// <summary>"C7" → 2; a column past <paramref name="beyond"/> comes back as <paramref name="beyond"/>.</summary>
    static int ColumnIndex(string reference, int beyond)
    {
        long index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > beyond)
            {
                return beyond;
            }
        }

        return (int)index - 1;
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
