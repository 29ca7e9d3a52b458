using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.DemoCounty;
using EduPlatform.Spreadsheets;
using EduPlatform.Tests;

namespace EduPlatform.Standalone.Tests;

/// <summary>
/// Issue 21: on the demo county a county-admin reads Chinese — a rule violation, an eligibility line, an import row error,
/// an export's cells and title — and the same calls with <c>Accept-Language: en</c> answer in English, the codes unchanged.
/// </summary>
public sealed class ReaderLanguageTests(DemoCountyTests.StandaloneApp app) : IClassFixture<DemoCountyTests.StandaloneApp>
{
    const string County = DemoCountyLoader.CountyCode;

    static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content, string? language, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {url}: {(int)response.StatusCode} {text}");
        Assert.Equal(language is "en" ? "en" : "zh-CN", response.Content.Headers.ContentLanguage.SingleOrDefault() ?? response.Headers.GetValues("Content-Language").Single());
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task A_rule_violation_is_Chinese_by_default_and_English_on_request_with_the_same_rule_id()
    {
        var client = await DemoCountyTests.CountyAdminAsync(app);
        // No autumn figures for 2031: every stage's standard is 0, so a move of −1 leaves a stage below zero.
        var body = () => JsonContent.Create(new { moves = new Dictionary<string, int> { ["primary"] = -1 }, version = 0 });
        var url = $"/api/staffing/counties/{County}/plans/2031/moves";

        var chinese = await SendAsync(client, HttpMethod.Put, url, body(), null, HttpStatusCode.Conflict);
        var english = await SendAsync(client, HttpMethod.Put, url, body(), "en", HttpStatusCode.Conflict);

        Assert.Equal("staffing.plan.stage-below-zero", chinese.GetProperty("rule").GetString());
        Assert.Equal("staffing.plan.stage-below-zero", english.GetProperty("rule").GetString());
        Assert.Equal("不符合规则 staffing.plan.stage-below-zero。", chinese.GetProperty("title").GetString());
        Assert.Equal("小学：核定编制 0 调整 -1 后为 -1。", chinese.GetProperty("detail").GetString());
        Assert.Equal("Rule staffing.plan.stage-below-zero is violated.", english.GetProperty("title").GetString());
        Assert.Equal("primary: 0 standard posts -1 would leave -1.", english.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_eligibility_line_reads_in_the_policy_documents_words_or_in_English()
    {
        var client = await DemoCountyTests.CountyAdminAsync(app);
        var url = $"/api/rotation/counties/{County}/eligibility/2025?status=must-rotate";

        var chinese = (await SendAsync(client, HttpMethod.Get, url, null, "zh-CN", HttpStatusCode.OK)).GetProperty("people")[0];
        var english = (await SendAsync(client, HttpMethod.Get, url, null, "en", HttpStatusCode.OK)).GetProperty("people")[0];

        Assert.Equal(chinese.GetProperty("personId").GetGuid(), english.GetProperty("personId").GetGuid());
        Assert.Equal("must-rotate", chinese.GetProperty("status").GetString());
        Assert.StartsWith("须交流：", chinese.GetProperty("explanation").GetString());
        Assert.StartsWith("must rotate: ", english.GetProperty("explanation").GetString());
        Assert.Equal(chinese.GetProperty("findings")[0].GetProperty("rule").GetString(), english.GetProperty("findings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task An_import_row_error_names_the_row_and_field_in_Chinese_or_English()
    {
        var client = await DemoCountyTests.CountyAdminAsync(app);
        var url = $"/api/staffing/counties/{County}/head-counts/import";
        MultipartFormDataContent File() => new()
        {
            { new ByteArrayContent("学校标识码,学段,在编教职工数\nNO-SUCH-SCHOOL,小学,12\n"u8.ToArray()), "file", "在编教职工.csv" },
        };

        var chinese = await SendAsync(client, HttpMethod.Post, url, File(), null, HttpStatusCode.BadRequest);
        var english = await SendAsync(client, HttpMethod.Post, url, File(), "en", HttpStatusCode.BadRequest);

        Assert.Equal("文件中有不符合要求的行。", chinese.GetProperty("title").GetString());
        Assert.Equal("1 行有误，整个文件均未导入。", chinese.GetProperty("detail").GetString());
        Assert.Equal(["“NO-SUCH-SCHOOL”不是本县编制服务已知的学校。"], chinese.GetProperty("errors").GetProperty("row 2: code").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("The file has invalid rows.", english.GetProperty("title").GetString());
        Assert.Equal(["'NO-SUCH-SCHOOL' is not a school staffing knows in this county"], english.GetProperty("errors").GetProperty("row 2: code").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_export_is_titled_with_the_county_name_and_the_date_and_its_cells_follow_the_language()
    {
        var client = await DemoCountyTests.CountyAdminAsync(app);
        var url = $"/api/staffing/counties/{County}/quotas/2024/export";
        // Staffing learns the demo county's schools and terms over the bus after the load.
        await Eventually.UntilAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{County}/quotas/2024"),
            t => t.GetProperty("total").GetInt32() > 0, TimeSpan.FromSeconds(60), t => t.ToString());

        var chinese = await DownloadAsync(client, url, null);
        var english = await DownloadAsync(client, url, "en");

        var table = SpreadsheetReader.Read("quotas.xlsx", chinese);
        Assert.Equal("计算依据", table.Headers[7]);
        Assert.True(table.Rows.Any(r => r[7].Contains("生师比", StringComparison.Ordinal)), string.Join("\n", table.Rows.Take(3).Select(r => string.Join("|", r.Cells))));
        var sheet = SheetXml(chinese);
        Assert.Contains("浠水县（演示数据）2024年核定编制（", sheet);
        Assert.Contains("日导出）", sheet);
        Assert.Contains("state=\"frozen\"", sheet);
        Assert.Contains("paperSize=\"9\"", sheet);
        Assert.Contains("orientation=\"landscape\"", sheet);

        var inEnglish = SpreadsheetReader.Read("quotas.xlsx", english);
        Assert.Equal("Basis", inEnglish.Headers[7]);
        Assert.Contains(inEnglish.Rows, r => r[7].Contains("students per staff", StringComparison.Ordinal));
        Assert.Contains("浠水县（演示数据）: 2024 standard quotas (exported ", SheetXml(english));
    }

    [Fact]
    public async Task The_rosters_and_lists_a_bureau_prints_are_titled_in_Chinese_and_mask_identity_numbers_for_roles_without_them()
    {
        var admin = await DemoCountyTests.CountyAdminAsync(app);
        var viewer = app.CreateClient();
        var token = await viewer.PostAsJsonAsync("/dev/token", new { roles = new[] { "viewer" }, counties = new[] { County } });
        viewer.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());

        var schools = await DownloadAsync(admin, $"/api/organization/counties/{County}/schools/export.xlsx", null);
        var schoolTable = SpreadsheetReader.Read("schools.xlsx", schools);
        Assert.Equal(["学校标识码", "学校名称", "学段"], schoolTable.Headers.Take(3));
        var total = (await admin.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{County}/schools?limit=1")).GetProperty("total").GetInt32();
        Assert.Equal(total, schoolTable.Rows.Count);
        Assert.Contains("浠水县（演示数据）学校名册（", SheetXml(schools));

        var alliances = SpreadsheetReader.Read("alliances.xlsx", await DownloadAsync(admin, $"/api/organization/counties/{County}/alliances/export.xlsx", null));
        Assert.Equal(21, alliances.Rows.Count(r => r[6] == "核心校"));
        Assert.Equal(21, alliances.Rows.Select(r => r[0]).Distinct().Count());

        var eligibility = await DownloadAsync(admin, $"/api/rotation/counties/{County}/eligibility/2025/export.xlsx", null);
        var lines = SpreadsheetReader.Read("eligibility.xlsx", eligibility);
        Assert.Equal(["姓名", "学校", "岗位", "骨干教师", "结论", "依据规则", "说明"], lines.Headers);
        Assert.Contains(lines.Rows, r => r[4] == "须交流" && r[6].StartsWith("须交流：", StringComparison.Ordinal));
        Assert.Contains("浠水县（演示数据）2025学年交流轮岗对象名单（", SheetXml(eligibility));
        var english = SpreadsheetReader.Read("eligibility.xlsx", await DownloadAsync(admin, $"/api/rotation/counties/{County}/eligibility/2025/export.xlsx", "en"));
        Assert.Contains(english.Rows, r => r[4] == "must rotate" && r[6].StartsWith("must rotate: ", StringComparison.Ordinal));

        var forAdmin = SpreadsheetReader.Read("people.xlsx", await DownloadAsync(admin, $"/api/rotation/counties/{County}/people/export.xlsx", null));
        var forViewer = SpreadsheetReader.Read("people.xlsx", await DownloadAsync(viewer, $"/api/rotation/counties/{County}/people/export.xlsx", null));
        Assert.Equal("身份证号", forAdmin.Headers[1]);
        Assert.Equal(forAdmin.Rows.Count, forViewer.Rows.Count);
        Assert.All(forAdmin.Rows, r => Assert.DoesNotContain("*", r[1]));
        Assert.All(forViewer.Rows, r => Assert.Contains("********", r[1]));
    }

    [Fact]
    public async Task An_approved_plans_rotation_list_shows_every_move_and_the_targets_and_the_placements_list_who_went()
    {
        var admin = await DemoCountyTests.CountyAdminAsync(app);
        var plan = await DemoCountyTests.ApproveRotationPlanAsync(app, admin);
        var moves = plan.GetProperty("moves").GetArrayLength();

        var list = await DownloadAsync(admin, $"/api/rotation/counties/{County}/plans/{plan.GetProperty("id").GetGuid()}/export.xlsx", null);
        var table = SpreadsheetReader.Read("plan.xlsx", list);
        Assert.Equal(["序号", "姓名", "岗位", "骨干教师", "学段", "学科", "派出学校", "接收学校", "交流方式"], table.Headers.Take(9));
        Assert.Equal(moves, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Contains(r[8], new[] { "交流", "支教", "走教", "挂职", "跟岗" }));
        Assert.Contains($"{DemoCountyLoader.RosterYear}学年交流轮岗名单（已批准）", SheetXml(list));
        Assert.Contains("目标完成情况", Workbook(list));
        var bySchool = Sheet(list, 3);
        Assert.Contains("教联体合计", bySchool);

        var placements = SpreadsheetReader.Read("placements.xlsx",
            await DownloadAsync(admin, $"/api/rotation/counties/{County}/placements/export.xlsx?status=active", null));
        Assert.Equal("派出学校", placements.Headers[1]);
        Assert.Equal(moves, placements.Rows.Count);
        Assert.All(placements.Rows, r => Assert.Equal("在岗", r[8]));
    }

    static string Sheet(byte[] xlsx, int number)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry($"xl/worksheets/sheet{number}.xml")!.Open());
        return reader.ReadToEnd();
    }

    static string Workbook(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        return reader.ReadToEnd();
    }

    static async Task<byte[]> DownloadAsync(HttpClient client, string url, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    static string SheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
