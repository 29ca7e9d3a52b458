using System.Text;

namespace EduPlatform.Spreadsheets;

/// <summary>
/// RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). Files saved by Excel on Chinese Windows
/// are GB18030 rather than UTF-8, so a file that is not valid UTF-8 is read as GB18030.
/// </summary>
public static class CsvReader
{
    static CsvReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SpreadsheetTable Read(byte[] bytes)
    {
        var text = Decode(bytes);
        var records = Parse(text);
        if (records.Count == 0)
        {
            return new SpreadsheetTable([], []);
        }

        var rows = records.Skip(1)
            .Select((cells, i) => new SpreadsheetRow(i + 2, cells))
            .Where(r => !r.IsBlank)
            .ToList();
        return new SpreadsheetTable(records[0], rows);
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

    static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
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
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
