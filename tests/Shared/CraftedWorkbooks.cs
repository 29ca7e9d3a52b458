using System.IO.Compression;
using System.Text;

namespace EduPlatform.Tests;

/// <summary>
/// .xlsx files as an attacker builds them: a valid package whose one sheet is written as a stream, so a small zip can
/// hold hundreds of megabytes of XML.
/// </summary>
static class CraftedWorkbooks
{
    const string SheetHead = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    const string SheetTail = "</sheetData></worksheet>";

    /// <summary>A sheet that inflates to about <paramref name="inflatedMegabytes"/> MB of rows, each with ten text cells.</summary>
    public static byte[] RowBomb(int inflatedMegabytes) => Build(sheet =>
    {
        var row = new StringBuilder("<row>");
        for (var c = 0; c < 10; c++)
        {
            row.Append("<c t=\"inlineStr\"><is><t>东山镇中心小学</t></is></c>");
        }

        var bytes = Encoding.UTF8.GetBytes(row.Append("</row>").ToString());
        for (long written = 0; written < inflatedMegabytes * 1024L * 1024; written += bytes.Length)
        {
            sheet.Write(bytes);
        }
    });

    /// <summary>A header row, then <paramref name="inflatedMegabytes"/> MB of blanks between rows (legal XML, no cells).</summary>
    public static byte[] BlankBomb(int inflatedMegabytes) => Build(sheet =>
    {
        sheet.Write(Encoding.UTF8.GetBytes("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>学校名称</t></is></c></row>"));
        var blanks = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        for (var i = 0; i < inflatedMegabytes * 16; i++)
        {
            sheet.Write(blanks);
        }
    });

    /// <summary>A few values at a far-right column such as ZZZZZ (column 12,356,630).</summary>
    public static byte[] FarRight(string column, int rows) => Build(sheet =>
    {
        var xml = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>学校名称</t></is></c></row>");
        for (var r = 2; r < rows + 2; r++)
        {
            xml.Append($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>学校{r}</t></is></c><c r=\"{column}{r}\"><v>1</v></c></row>");
        }

        sheet.Write(Encoding.UTF8.GetBytes(xml.ToString()));
    });

    /// <summary>A cell formatted far to the right but empty, as Excel leaves after a column is styled.</summary>
    public static byte[] StyledEmptyFarRight() => Build(sheet => sheet.Write(Encoding.UTF8.GetBytes(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>学校名称</t></is></c><c r=\"XFD1\" s=\"1\"/></row>" +
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>东山小学</t></is></c><c r=\"XFD2\" s=\"1\"/></row>")));

    static byte[] Build(Action<Stream> writeRows)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Text(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Text(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Text(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            sheet.Write(Encoding.UTF8.GetBytes(SheetHead));
            writeRows(sheet);
            sheet.Write(Encoding.UTF8.GetBytes(SheetTail));
        }

        return output.ToArray();
    }

    static void Text(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
