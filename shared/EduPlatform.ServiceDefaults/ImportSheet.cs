using System.Text.Json;
using EduPlatform.Kernel;
using EduPlatform.Spreadsheets;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// One column of an import: its field (the JSON property and the English header), the Chinese headers county sheets use
/// (the first is the template's), whether it is required, what it means, the values it allows, and the template's sample.
/// </summary>
public sealed record ImportColumn(string Key, string Field, IReadOnlyList<string> Headers, bool Required, Words Meaning, Words? Allowed = null, string Sample = "");

/// <summary>
/// What an import reads, declared once: the file's columns, the JSON rows beside it, the blank template and its column
/// sheet, and the API document's schema of the rows all come from it, so they cannot disagree.
/// </summary>
public sealed record ImportSheet(string Name, Words Title, IReadOnlyList<ImportColumn> Columns)
{
    /// <summary>Every header a column answers to, by its key: the Chinese ones and the field name.</summary>
    public IReadOnlyDictionary<string, string[]> Aliases { get; } = Columns.ToDictionary(c => c.Key, c => c.Headers.Append(c.Field).ToArray());

    public IReadOnlyList<string> Required { get; } = Columns.Where(c => c.Required).Select(c => c.Key).ToList();

    /// <summary>
    /// JSON rows as the sheet a file would give (row n is the body's nth object). A property that is not a column of this
    /// import, or a required one left out or empty, is an error on that row, as on any body.
    /// </summary>
    public Outcome<RosterFile> TableOf(IReadOnlyList<JsonElement>? rows)
    {
        if (rows is null || rows.Count == 0)
        {
            return Outcome<RosterFile>.Fail("body", Texts.NoRowsInBody);
        }

        var indexOf = Columns.Select((c, i) => (c.Field, i)).ToDictionary(x => x.Field, x => x.i, StringComparer.OrdinalIgnoreCase);
        var errors = new List<FieldError>();
        var table = new List<SpreadsheetRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].ValueKind != JsonValueKind.Object)
            {
                errors.Add(new FieldError("row", Texts.RowNotAnObject, i + 1));
                continue;
            }

            var cells = new string[Columns.Count];
            foreach (var property in rows[i].EnumerateObject())
            {
                if (!indexOf.TryGetValue(property.Name, out var column))
                {
                    errors.Add(new FieldError(property.Name, Texts.UnknownField, i + 1));
                    continue;
                }

                cells[column] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString() ?? "",
                    JsonValueKind.Null or JsonValueKind.Undefined => "",
                    JsonValueKind.Array => string.Join("、", property.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
                    _ => property.Value.GetRawText(),
                };
            }

            // A required field must be there in every row, as a file must have its required columns.
            for (var column = 0; column < Columns.Count; column++)
            {
                if (Columns[column].Required && string.IsNullOrWhiteSpace(cells[column]))
                {
                    errors.Add(new FieldError(Columns[column].Field, Texts.Required("", null), i + 1));
                }
            }

            table.Add(new SpreadsheetRow(i + 1, cells.Select(c => c ?? "").ToList()));
        }

        if (errors.Count > 0)
        {
            return new Outcome<RosterFile>.Invalid(errors);
        }

        var columns = Columns.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i);
        return new RosterFile(new SpreadsheetTable(Columns.Select(c => c.Field).ToList(), table), columns);
    }

    /// <summary>
    /// The blank template: a title row, the headers (Chinese, or the field names in English) and one sample row; then a
    /// sheet saying for every column what it means, whether it is required and what it allows. Imports read the first
    /// sheet and skip the title row, so the template filled in is a valid file.
    /// </summary>
    public byte[] Template()
    {
        var english = Language.IsEnglish;
        var headers = Columns.Select(c => english ? c.Field : c.Headers[0]).ToList();
        var sample = Columns.Select(c => (object?)c.Sample).ToList();
        var guide = Columns.Select(c => (IReadOnlyList<object?>)
        [
            english ? c.Field : c.Headers[0], c.Field, (string)Texts.Yes(c.Required), (string)c.Meaning, c.Allowed is { } allowed ? (string)allowed : "",
            string.Join(english ? ", " : "、", c.Headers.Skip(english ? 0 : 1).Append(english ? "" : c.Field).Where(h => h.Length > 0)),
        ]).ToList();
        return XlsxWriter.Write(
        [
            new XlsxSheet(Texts.TemplateSheet, headers, [sample], Texts.TemplateTitle(Title)),
            new XlsxSheet(Texts.GuideSheet, Texts.GuideHeaders.Items, guide, Texts.GuideTitle(Title)),
        ]);
    }
}
