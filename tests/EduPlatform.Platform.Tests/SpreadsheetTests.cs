using System.Text;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Platform.Tests;

public sealed class SpreadsheetTests
{
    [Fact]
    public void Csv_handles_quotes_commas_line_breaks_and_keeps_file_row_numbers()
    {
        var csv = "学校名称,备注\n\"东山镇中心小学, 本部\",\"说\"\"好\"\"\"\n\n\"两行\n文字\",x\n";
        var table = CsvReader.Read(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(["学校名称", "备注"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("东山镇中心小学, 本部", table.Rows[0][0]);
        Assert.Equal("说\"好\"", table.Rows[0][1]);
        Assert.Equal(2, table.Rows[0].RowNumber);
        Assert.Equal("两行\n文字", table.Rows[1][0]);
    }

    [Fact]
    public void Csv_saved_by_excel_on_chinese_windows_is_read_as_gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("学校名称,学段\n浠水县第一实验小学,小学\n");
        var table = CsvReader.Read(bytes);
        Assert.Equal("学段", table.Headers[1]);
        Assert.Equal("浠水县第一实验小学", table.Rows[0][0]);
    }

    [Fact]
    public void Csv_with_a_utf8_bom_loses_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("code,name\n1,a\n")).ToArray();
        Assert.Equal(0, CsvReader.Read(bytes).ColumnOf(["code"]));
    }

    [Fact]
    public void Xlsx_written_by_us_reads_back_with_numbers_gaps_and_row_numbers()
    {
        var bytes = XlsxWriter.Write("学校", ["学校名称", "在校学生数", "备注"],
        [
            ["东山镇中心小学", 612, null],
            ["北河镇教学点", 23.5, "两个班"],
        ]);
        var table = SpreadsheetReader.Read("roster.xlsx", bytes);

        Assert.Equal(["学校名称", "在校学生数", "备注"], table.Headers);
        Assert.Equal("612", table.Rows[0][1]);
        Assert.Equal("", table.Rows[0][2]);
        Assert.Equal("23.5", table.Rows[1][1]);
        Assert.Equal("两个班", table.Rows[1][2]);
        Assert.Equal(3, table.Rows[1].RowNumber);
    }

    [Theory]
    [InlineData("2024-09-01")]
    [InlineData("2024/9/1")]
    [InlineData("2024年9月1日")]
    [InlineData("45536")]
    public void Dates_are_read_as_text_or_excel_serials(string text)
    {
        Assert.True(XlsxReader.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(2024, 9, 1), date);
    }

    [Fact]
    public void A_column_is_found_by_any_of_its_names()
    {
        var table = new SpreadsheetTable(["名称", " Code "], []);
        Assert.Equal(1, table.ColumnOf(["学校标识码", "code"]));
        Assert.Equal(-1, table.ColumnOf(["stage"]));
    }
}
