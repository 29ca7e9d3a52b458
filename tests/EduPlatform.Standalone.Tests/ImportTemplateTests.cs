using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EduPlatform.DemoCounty;
using EduPlatform.Spreadsheets;
using EduPlatform.Tests;

namespace EduPlatform.Standalone.Tests;

/// <summary>
/// Issue 21: every import's blank template, downloaded, its sample row filled in Excel's way (cells changed in the file
/// itself) and uploaded, imports; what it imported reads back. On the demo county, so every service knows its schools.
/// </summary>
public sealed class ImportTemplateTests(DemoCountyTests.StandaloneApp app) : IClassFixture<DemoCountyTests.StandaloneApp>
{
    const string County = DemoCountyLoader.CountyCode;
    static string Api(string service, string path) => $"/api/{service}/counties/{County}/{path}";

    [Fact]
    public async Task Every_template_filled_in_imports_and_reads_back()
    {
        var client = await DemoCountyTests.CountyAdminAsync(app);
        var primaries = (await client.GetFromJsonAsync<JsonElement>(Api("organization", "schools?stage=primary&limit=2"))).GetProperty("items");
        var (schoolA, schoolB) = (primaries[0], primaries[1]);
        var codeA = schoolA.GetProperty("code").GetString()!;
        var codeB = schoolB.GetProperty("code").GetString()!;

        // Organization: a school, its term, and an alliance of it with three new rural schools.
        await ImportAsync(client, "organization", "schools", Api("organization", "schools/import"), new() { ["学校标识码"] = "T000000001" });
        var school = Assert.Single((await client.GetFromJsonAsync<JsonElement>(Api("organization", "schools?q=T000000001"))).GetProperty("items").EnumerateArray());
        Assert.Equal("城关第一小学", school.GetProperty("name").GetString());
        await ImportAsync(client, "organization", "terms", Api("organization", "schools/terms/import"), new() { ["学校标识码"] = "T000000001" });
        var terms = await client.GetFromJsonAsync<JsonElement>(Api("organization", $"schools/{school.GetProperty("id").GetGuid()}/terms"));
        Assert.Equal(54, Assert.Single(terms.EnumerateArray()).GetProperty("students").GetInt32());
        var members = await client.PostAsJsonAsync(Api("organization", "schools/import/rows"), new[] { "T000000002", "T000000003", "T000000004" }
            .Select((code, i) => new { code, name = $"模板成员校{i + 1}", stage = "小学", locality = "乡村", township = "东山镇" }));
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        await ImportAsync(client, "organization", "alliances", Api("organization", "alliances/import"),
            new() { ["核心校标识码"] = "T000000001", ["成员校标识码"] = "T000000002、T000000003、T000000004" });
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>(Api("organization", "alliances"))).EnumerateArray(), a => a.GetProperty("name").GetString() == "城关第一小学教育联合体");

        // Staffing: actual staff and subject teachers at a demo primary school.
        var staff = await ImportAsync(client, "staffing", "head-counts", Api("staffing", "head-counts/import"), new() { ["学校标识码"] = codeA });
        Assert.Equal(36, staff.GetProperty("staff").GetInt32());
        var subjects = await ImportAsync(client, "staffing", "subject-staff", Api("staffing", "subject-staff/import"), new() { ["学校标识码"] = codeA });
        Assert.Equal((1, 2), (subjects.GetProperty("specialists").GetInt32(), subjects.GetProperty("nonSpecialists").GetInt32()));

        // Rotation: a teacher at school A who taught at school B before.
        await ImportAsync(client, "rotation", "people", Api("rotation", "people/import"),
            new() { ["学校标识码"] = codeA, ["工作经历"] = $"{codeB}:2008-09-01~2016-08-31" });
        var teacher = (await client.GetAllAsync(Api("rotation", "people?q=李明"))).Single(p => p.GetProperty("idNumber").GetString()!.StartsWith("421125", StringComparison.Ordinal)
            && p.GetProperty("hiredOn").GetString() == "2008-09-01");
        Assert.Equal(schoolA.GetProperty("id").GetGuid(), teacher.GetProperty("currentSchoolId").GetGuid());

        // Zoning: a residential unit.
        await ImportAsync(client, "zoning", "units", Api("zoning", "units/import"), new() { ["编码"] = "T-U001" });
        Assert.Contains(await client.GetAllAsync(Api("zoning", "units")), u => u.GetProperty("code").GetString() == "T-U001" && u.GetProperty("name").GetString() == "清泉花园");

        // Evaluation: school A's 2024 figures, and the teacher's proposed rating for 2025.
        await ImportAsync(client, "evaluation", "figures", Api("evaluation", "figures/import"), new() { ["学校标识码"] = codeA });
        var figures = await client.GetFromJsonAsync<JsonElement>(Api("evaluation", "figures/2024"));
        Assert.Contains(figures.EnumerateArray(), f => f.GetProperty("schoolId").GetGuid() == schoolA.GetProperty("id").GetGuid() && f.GetProperty("academicScore").GetDouble() == 78.5);
        await ImportAsync(client, "evaluation", "ratings", Api("evaluation", "ratings/2025/import"),
            new() { ["人员标识"] = teacher.GetProperty("id").GetGuid().ToString(), ["学校标识码"] = codeA });
        Assert.Contains(await client.GetAllAsync(Api("evaluation", "ratings/2025")),
            r => r.GetProperty("personId").GetGuid() == teacher.GetProperty("id").GetGuid() && r.GetProperty("rating").GetString() == "competent");
    }

    /// <summary>Downloads the template, changes the named cells of its sample row in the file, uploads it and expects 200.</summary>
    static async Task<JsonElement> ImportAsync(HttpClient client, string service, string template, string importUrl, Dictionary<string, string> fill)
    {
        var blank = await client.GetByteArrayAsync($"/api/{service}/templates/{template}.xlsx");
        var filled = Fill(blank, fill);
        Assert.Single(SpreadsheetReader.Read($"{template}.xlsx", filled).Rows);
        var form = new MultipartFormDataContent { { new ByteArrayContent(filled), "file", $"{template}.xlsx" } };
        var response = await client.PostAsync(importUrl, form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{template}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Sets cells of the sample row (row 3, under the title and the headers) by their header, as a clerk would in Excel.</summary>
    static byte[] Fill(byte[] xlsx, Dictionary<string, string> values)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.First(p => p.Uri.OriginalString.EndsWith("sheet1.xml", StringComparison.Ordinal)).Worksheet;
            var rows = sheet.Descendants<Row>().ToList();
            var headers = rows[1].Elements<Cell>().Select(c => c.InnerText).ToList();
            var sample = rows[2].Elements<Cell>().ToList();
            foreach (var (header, value) in values)
            {
                var cell = sample[headers.IndexOf(header)];
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(value));
            }

            sheet.Save();
        }

        return stream.ToArray();
    }
}
