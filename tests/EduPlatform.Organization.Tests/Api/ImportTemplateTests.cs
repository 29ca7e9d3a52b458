using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Organization.Tests.Api;

/// <summary>
/// Issue 21: every import has a blank template (Chinese headers, a sample row, a sheet describing each column) that the
/// import accepts as downloaded and filled, and a JSON form beside the file with the same checks, all rows or none.
/// </summary>
public sealed class ImportTemplateTests(OrganizationApp app) : IClassFixture<OrganizationApp>
{
    static async Task<byte[]> TemplateAsync(HttpClient client, string name)
    {
        var response = await client.GetAsync($"/api/organization/templates/{name}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    static string Sheet(byte[] xlsx, int number)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry($"xl/worksheets/sheet{number}.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task Each_template_has_Chinese_headers_a_sample_row_and_a_sheet_describing_every_column()
    {
        var (_, admin) = await app.NewCountyAsync("xishui");
        foreach (var (name, headers) in new[]
                 {
                     ("schools", new[] { "学校标识码", "学校名称", "学段", "城乡类别" }),
                     ("terms", new[] { "学校标识码", "学期", "年级", "在校学生数", "班级数" }),
                     ("alliances", new[] { "教联体名称", "类型", "核心校标识码", "成员校标识码", "成立日期" }),
                 })
        {
            var template = await TemplateAsync(admin, name);
            var table = SpreadsheetReader.Read($"{name}.xlsx", template);
            Assert.All(headers, h => Assert.Contains(h, table.Headers));
            Assert.Single(table.Rows);
            var guide = Sheet(template, 2);
            Assert.Contains("是否必填", guide);
            Assert.Contains("可填写的值", guide);
        }

        var missing = await admin.GetAsync("/api/organization/templates/people.xlsx");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("schools、terms、alliances", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_templates_filled_in_import_and_read_back()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");

        // The school template's sample row as downloaded: an urban primary school, 4211250001, with its autumn term.
        var schools = await SchoolApiTests.Upload(admin, county, "学校名册.xlsx", await TemplateAsync(admin, "schools")).Expect(HttpStatusCode.OK);
        Assert.Equal(1, schools.GetProperty("created").GetInt32());
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{county}/schools?q=4211250001");
        var school = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("城关第一小学", school.GetProperty("name").GetString());
        Assert.Equal("urban", school.GetProperty("locality").GetString());

        // The term template's sample row (grade 1 of 4211250001 in 2024-autumn).
        await SchoolApiTests.Upload(admin, county, "学期统计.xlsx", await TemplateAsync(admin, "terms"), "schools/terms").Expect(HttpStatusCode.OK);
        var terms = await admin.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{county}/schools/{school.GetProperty("id").GetGuid()}/terms");
        var term = Assert.Single(terms.EnumerateArray(), t => t.GetProperty("term").GetString() == "2024-autumn");
        Assert.Equal(54, term.GetProperty("students").GetInt32());

        // The alliance template names three members by code: they are registered as JSON rows, the form beside the file.
        var members = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools/import/rows", new[]
        {
            new { code = "4211250002", name = "东山小学", stage = "小学", locality = "乡村", township = "东山镇" },
            new { code = "4211250003", name = "西湖小学", stage = "小学", locality = "乡村", township = "西湖乡" },
            new { code = "4211250004", name = "南岭小学", stage = "小学", locality = "乡村", township = "南岭乡" },
        }).Expect(HttpStatusCode.OK);
        Assert.Equal(3, members.GetProperty("created").GetInt32());
        await SchoolApiTests.Upload(admin, county, "教联体名册.xlsx", await TemplateAsync(admin, "alliances"), "alliances").Expect(HttpStatusCode.OK);
        var alliance = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{county}/alliances")).EnumerateArray());
        Assert.Equal("城关第一小学教育联合体", alliance.GetProperty("name").GetString());
        Assert.Equal(4, alliance.GetProperty("campuses").GetArrayLength());
    }

    [Fact]
    public async Task JSON_rows_are_checked_as_a_file_is_and_nothing_is_imported_when_one_is_bad()
    {
        var (county, admin) = await app.NewCountyAsync("xishui");
        var url = $"/api/organization/counties/{county}/schools/import/rows";

        var bad = await admin.PostAsJsonAsync(url, new object[]
        {
            new { code = "4211250101", name = "好学校", stage = "小学", locality = "城区", township = "城关镇" },
            new { code = "4211250102", name = "坏学段", stage = "大学", locality = "城区", township = "城关镇" },
            new { code = "4211250103", name = "多字段", stage = "小学", locality = "城区", township = "城关镇", principal = "张三" },
        }).Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["[2].principal"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.StartsWith("不是本请求的字段", bad.GetProperty("errors").GetProperty("[2].principal")[0].GetString());

        bad = await admin.PostAsJsonAsync(url, new object[]
        {
            new { code = "4211250101", name = "好学校", stage = "小学", locality = "城区", township = "城关镇" },
            new { code = "4211250102", name = "坏学段", stage = "大学", locality = "城区", township = "城关镇" },
        }).Expect(HttpStatusCode.BadRequest);
        Assert.Equal(["“大学”不是学段：幼儿园、小学、初中、九年一贯制或高中。"], bad.GetProperty("errors").GetProperty("[1].stage").EnumerateArray().Select(e => e.GetString()));

        // A required field left out of a row is named there, as the API document marks it.
        bad = await admin.PostAsJsonAsync(url, new object[] { new { code = "4211250104", name = "无学段", locality = "城区", township = "城关镇" } })
            .Expect(HttpStatusCode.BadRequest);
        Assert.Equal(["[0].stage"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{county}/schools")).GetProperty("total").GetInt32());

        var empty = await admin.PostAsJsonAsync(url, Array.Empty<object>()).Expect(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("body", out _));
    }
}
