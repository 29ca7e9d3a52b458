using System.Text;

namespace EduPlatform.Spreadsheets;

/// <summary>
/// RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). Files saved by Excel on Chinese Windows
/// are GB18030 rather than UTF-8, so a file that is not valid UTF-8 is read as GB18030.
/// </summary>
public static class CsvReader
{
    static CsvReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SpreadsheetTable Read(byte[] bytes, SpreadsheetLimits? limits = null)
    {
        var text = Decode(bytes);
        var records = Parse(text, limits ?? SpreadsheetLimits.Default);
        if (records.Count == 0)
        {
            return new SpreadsheetTable([], []);
        }

        var header = records.Count > 1 && SpreadsheetTable.IsTitleAbove(records[0], records[1]) ? 1 : 0;
        var rows = records.Skip(header + 1)
            .Select((cells, i) => new SpreadsheetRow(i + header + 2, cells))
            .Where(r => !r.IsBlank)
            .ToList();
        return new SpreadsheetTable(records[header], rows);
    }

    static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    static List<string[]> Parse(string text, SpreadsheetLimits limits)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var cells = 0L;
        void EndRecord()
        {
            // Trailing empty fields are not kept (",,,,," to the right of the data); a value past the last column is refused.
            var used = fields.FindLastIndex(f => f.Length > 0) + 1;
            if (used > limits.MaxColumns)
            {
                throw limits.ValueBeyondColumns($"第 {records.Count + 1} 行第 {used} 列", $"column {used} of line {records.Count + 1}");
            }

            cells += used;
            if (cells > limits.MaxCells || records.Count > limits.MaxRows)
            {
                throw records.Count > limits.MaxRows ? limits.TooManyRows() : limits.TooManyCells();
            }

            records.Add([.. fields.Take(used)]);
            fields.Clear();
        }

        void EndField()
        {
            if (field.Length > limits.MaxCellCharacters)
            {
                throw limits.CellTooLong();
            }

            fields.Add(field.ToString());
            field.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndField();
                    EndRecord();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            EndField();
            EndRecord();
        }

        return records;
    }
}
