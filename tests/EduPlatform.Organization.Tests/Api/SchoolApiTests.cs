using System.Net;
using System.Net.Http.Json;
using EduPlatform.Contracts.Organization;
using EduPlatform.Organization.Domain;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Organization.Tests.Api;

public sealed class SchoolApiTests(OrganizationApp app) : IClassFixture<OrganizationApp>
{
    [Fact]
    public async Task Without_a_token_every_county_route_is_401()
    {
        var response = await app.CreateClient().GetAsync($"/api/organization/counties/{OrganizationApp.NewCountyCode()}/schools");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Registering_a_school_audits_it_and_publishes_SchoolRegistered()
    {
        var (county, admin) = await app.NewCountyAsync();
        var harness = app.Services.GetRequiredService<ITestHarness>();

        var id = await admin.Register(county, "4300000001", Stage.Junior, Locality.Town);

        var school = await admin.GetAsync($"/api/organization/counties/{county}/schools/{id}").Expect(HttpStatusCode.OK);
        Assert.Equal("junior", school.GetProperty("stage").GetString());
        Assert.Equal(1, school.GetProperty("version").GetInt32());
        var published = Assert.Single(await Published.Wait<SchoolRegistered>(harness, m => m.SchoolId == id));
        Assert.Equal(published.Context.Message.EventId, published.Context.MessageId);
        Assert.Equal("town", published.Context.Message.Locality);
        var audit = await admin.GetAsync($"/api/organization/counties/{county}/audit?entityType=school&entityId={id}").Expect(HttpStatusCode.OK);
        Assert.Equal(1, audit.GetProperty("total").GetInt32());
        Assert.Equal("school.register", audit.GetProperty("items")[0].GetProperty("action").GetString());
        Assert.Equal("county-admin-user", audit.GetProperty("items")[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Invalid_fields_are_400_with_each_field_and_its_rule()
    {
        var (county, admin) = await app.NewCountyAsync();
        var body = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools",
            new { code = "", name = "x", stage = "kindergarten", locality = "rural", township = "东山镇", latitude = 91, longitude = 115.0 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.BadRequest);

        var errors = body.GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("latitude", out _));
        Assert.Contains("full-day（全日制）或 half-day（半日制）", errors.GetProperty("kindergartenDay")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_enum_value_is_a_400_naming_the_field_not_a_500()
    {
        var (county, admin) = await app.NewCountyAsync();
        var body = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools",
            new { code = "1", name = "x", stage = "university", locality = "rural", township = "东山镇" }, OrganizationApp.Json)
            .Expect(HttpStatusCode.BadRequest);
        Assert.Equal("应为以下之一：kindergarten、primary、junior、nine-year、senior-high。", body.GetProperty("errors").GetProperty("stage")[0].GetString());

        var badDate = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/alliances",
            new { name = "x", kind = "fused", coreSchoolId = Guid.NewGuid(), formedOn = "去年" }, OrganizationApp.Json).Expect(HttpStatusCode.BadRequest);
        Assert.True(badDate.GetProperty("errors").TryGetProperty("formedOn", out _));
        var notJson = await admin.PostAsync($"/api/organization/counties/{county}/schools",
            new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json")).Expect(HttpStatusCode.BadRequest);
        Assert.True(notJson.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_duplicate_school_code_is_refused()
    {
        var (county, admin) = await app.NewCountyAsync();
        await admin.Register(county, "4300000002");
        var body = await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools", ApiHelpers.School("4300000002", "另一所"), OrganizationApp.Json)
            .Expect(HttpStatusCode.BadRequest);
        Assert.Contains("已登记", body.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [Fact]
    public async Task Another_countys_data_is_404_for_a_county_user_and_visible_to_the_province()
    {
        var (county, admin) = await app.NewCountyAsync();
        var id = await admin.Register(county, "4300000003");
        var (otherCounty, otherAdmin) = await app.NewCountyAsync();

        await otherAdmin.GetAsync($"/api/organization/counties/{county}/schools/{id}").Expect(HttpStatusCode.NotFound);
        await otherAdmin.GetAsync($"/api/organization/counties/{county}/schools").Expect(HttpStatusCode.NotFound);
        await otherAdmin.GetAsync($"/api/organization/counties/{otherCounty}/schools/{id}").Expect(HttpStatusCode.NotFound);
        await otherAdmin.PostAsJsonAsync($"/api/organization/counties/{county}/schools", ApiHelpers.School("9", "x"), OrganizationApp.Json).Expect(HttpStatusCode.NotFound);

        var province = app.ClientAs(Roles.ProvinceAdmin);
        await province.GetAsync($"/api/organization/counties/{county}/schools/{id}").Expect(HttpStatusCode.OK);
        var visible = await app.ClientAs(Roles.Viewer, county).GetAsync("/api/organization/counties").Expect(HttpStatusCode.OK);
        Assert.Equal([county], visible.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_viewer_reads_but_may_not_write()
    {
        var (county, admin) = await app.NewCountyAsync();
        await admin.Register(county, "4300000004");
        var viewer = app.ClientAs(Roles.Viewer, county);

        await viewer.GetAsync($"/api/organization/counties/{county}/schools").Expect(HttpStatusCode.OK);
        await viewer.PostAsJsonAsync($"/api/organization/counties/{county}/schools", ApiHelpers.School("5", "x"), OrganizationApp.Json).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stale_version_is_409_and_the_current_version_wins()
    {
        var (county, admin) = await app.NewCountyAsync();
        var id = await admin.Register(county, "4300000005");
        var url = $"/api/organization/counties/{county}/schools/{id}";
        object Change(string name, int version) => new { code = "4300000005", name, stage = "primary", locality = "rural", township = "东山镇", version };

        var updated = await admin.PutAsJsonAsync(url, Change("改名一", 1), OrganizationApp.Json).Expect(HttpStatusCode.OK);
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        var conflict = await admin.PutAsJsonAsync(url, Change("改名二", 1), OrganizationApp.Json).Expect(HttpStatusCode.Conflict);

        Assert.Equal("version", conflict.GetProperty("rule").GetString());
        Assert.Equal(2, conflict.GetProperty("currentVersion").GetInt32());
        Assert.Equal("改名一", (await admin.GetAsync(url).Expect(HttpStatusCode.OK)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Schools_are_searched_by_stage_locality_township_and_text()
    {
        var (county, admin) = await app.NewCountyAsync();
        await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools", ApiHelpers.School("A1", "东山镇中心小学", Stage.Primary, Locality.Town, "东山镇"), OrganizationApp.Json).Expect(HttpStatusCode.Created);
        await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools", ApiHelpers.School("A2", "北河镇初级中学", Stage.Junior, Locality.Rural, "北河镇"), OrganizationApp.Json).Expect(HttpStatusCode.Created);
        await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools", ApiHelpers.School("A3", "北河镇中心小学", Stage.Primary, Locality.Rural, "北河镇"), OrganizationApp.Json).Expect(HttpStatusCode.Created);
        async Task<string[]> Codes(string query) =>
            (await admin.GetAsync($"/api/organization/counties/{county}/schools?{query}").Expect(HttpStatusCode.OK))
                .GetProperty("items").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).Order().ToArray();

        Assert.Equal(["A1", "A3"], await Codes("stage=primary"));
        Assert.Equal(["A2", "A3"], await Codes("township=" + Uri.EscapeDataString("北河镇")));
        Assert.Equal(["A1"], await Codes("locality=town"));
        Assert.Equal(["A1", "A3"], await Codes("q=" + Uri.EscapeDataString("中心小学")));
        Assert.Equal(["A2"], await Codes("q=A2"));
        var page = await admin.GetAsync($"/api/organization/counties/{county}/schools?limit=2").Expect(HttpStatusCode.OK);
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Term_statistics_are_validated_versioned_and_published()
    {
        var (county, admin) = await app.NewCountyAsync();
        var id = await admin.Register(county, "4300000006");
        var url = $"/api/organization/counties/{county}/schools/{id}/terms/2024-autumn";
        var harness = app.Services.GetRequiredService<ITestHarness>();

        var bad = await admin.PutAsJsonAsync(url, new { students = 100, classes = 2, grades = new[] { new { grade = 1, students = 40, classes = 1 }, new { grade = 2, students = 40, classes = 1 } } }, OrganizationApp.Json)
            .Expect(HttpStatusCode.BadRequest);
        Assert.Contains("合计 80", bad.GetProperty("errors").GetProperty("grades")[0].GetString());

        await admin.PutAsJsonAsync(url, new { students = 80, classes = 2, grades = new[] { new { grade = 1, students = 40, classes = 1 }, new { grade = 2, students = 40, classes = 1 } } }, OrganizationApp.Json)
            .Expect(HttpStatusCode.OK);
        // Reported again without a version: the clerk's own first report, not "someone else's change", and how to replace it.
        var again = await admin.PutAsJsonAsync(url, new { students = 81, classes = 2 }, OrganizationApp.Json).Expect(HttpStatusCode.Conflict);
        Assert.Contains("已存在（版本 1）", again.GetProperty("detail").GetString());
        Assert.Contains("请带上 version = 1 重新提交", again.GetProperty("detail").GetString());
        Assert.DoesNotContain("修改", again.GetProperty("detail").GetString());
        var corrected = await admin.PutAsJsonAsync(url, new { students = 81, classes = 2, version = 1 }, OrganizationApp.Json).Expect(HttpStatusCode.OK);
        Assert.Equal(("2024-autumn", 2024, 2), (corrected.GetProperty("term").GetString(), corrected.GetProperty("schoolYear").GetInt32(), corrected.GetProperty("version").GetInt32()));

        // The term reads in the list as in the path that reports it; spring belongs to the school year that began the autumn before.
        await admin.PutAsJsonAsync($"/api/organization/counties/{county}/schools/{id}/terms/2025-spring", new { students = 80, classes = 2 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.OK);
        var listed = await admin.GetAsync($"/api/organization/counties/{county}/schools/{id}/terms").Expect(HttpStatusCode.OK);
        Assert.Equal(["2025-spring 2024", "2024-autumn 2024"], listed.EnumerateArray().Select(t => $"{t.GetProperty("term").GetString()} {t.GetProperty("schoolYear").GetInt32()}"));
        Assert.All(listed.EnumerateArray(), t => Assert.False(t.TryGetProperty("season", out _)));
        await admin.PutAsJsonAsync($"/api/organization/counties/{county}/schools/{id}/terms/2024-summer", new { students = 1, classes = 1 }, OrganizationApp.Json)
            .Expect(HttpStatusCode.BadRequest);

        Assert.NotEmpty(await Published.Wait<TermStatisticsReported>(harness, m => m.SchoolId == id && m.Students == 81));
        var reported = (await Published.Wait<TermStatisticsReported>(harness, m => m.SchoolId == id)).First().Context.Message;
        Assert.Equal(2024, reported.SchoolYear);
        Assert.Equal("autumn", reported.Season);
        Assert.Equal(2, reported.Grades.Count);
    }

    [Fact]
    public async Task A_roster_with_bad_rows_reports_every_row_and_imports_nothing()
    {
        var (county, admin) = await app.NewCountyAsync();
        var csv = """
            学校标识码,学校名称,学段,城乡类别,学校类型,乡镇,纬度,经度
            B1,东山镇中心小学,小学,镇区,普通,东山镇,30.5,115.2
            B2,北河镇初级中学,大学,乡村,普通,北河镇,30.5,115.2
            B3,北河镇幼儿园,幼儿园,月球,普通,北河镇,abc,115.2
            B1,重复的学校,小学,乡村,普通,北河镇,30.5,115.2
            """;
        var body = await Upload(admin, county, "roster.csv", System.Text.Encoding.UTF8.GetBytes(csv)).Expect(HttpStatusCode.BadRequest);

        var rows = body.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString())).ToList();
        Assert.Contains((3, "stage"), rows);
        Assert.Contains((4, "locality"), rows);
        Assert.Contains((4, "latitude"), rows);
        Assert.Contains((5, "code"), rows);
        var list = await admin.GetAsync($"/api/organization/counties/{county}/schools").Expect(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_refused_import_stays_an_open_item_until_the_same_sheet_is_imported_and_every_attempt_is_journaled()
    {
        var (county, admin) = await app.NewCountyAsync();
        const string header = "学校标识码,学校名称,学段,城乡类别,学校类型,乡镇,纬度,经度\n";
        await Upload(admin, county, "第一次.csv", System.Text.Encoding.UTF8.GetBytes(header + "J1,东山镇中心小学,大学,镇区,普通,东山镇,30.5,115.2\nJ2,北河镇小学,小学,月球,普通,北河镇,30.5,115.2\n"))
            .Expect(HttpStatusCode.BadRequest);
        await admin.PostAsJsonAsync($"/api/organization/counties/{county}/schools/terms/import/rows", new[] { new { code = "NOPE", term = "2024-autumn", students = 10, classes = 1 } })
            .Expect(HttpStatusCode.BadRequest);
        await admin.PostAsync($"/api/organization/counties/{county}/schools/import", new MultipartFormDataContent()).Expect(HttpStatusCode.BadRequest);

        var open = (await admin.GetAsync($"/api/organization/counties/{county}/imports?open=true").Expect(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal(["schools", "terms"], open.EnumerateArray().Select(a => a.GetProperty("sheet").GetString()!).Order());
        var roster = open.EnumerateArray().Single(a => a.GetProperty("sheet").GetString() == "schools");
        Assert.Equal("第一次.csv", roster.GetProperty("fileName").GetString());
        Assert.False(roster.GetProperty("accepted").GetBoolean());
        Assert.Equal(2, roster.GetProperty("errorCount").GetInt32());
        Assert.Contains("row 3: locality", roster.GetProperty("errors").GetString());

        await Upload(admin, county, "第二次.csv", System.Text.Encoding.UTF8.GetBytes(header + "J1,东山镇中心小学,小学,镇区,普通,东山镇,30.5,115.2\n")).Expect(HttpStatusCode.OK);

        open = (await admin.GetAsync($"/api/organization/counties/{county}/imports?open=true").Expect(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal("terms", Assert.Single(open.EnumerateArray()).GetProperty("sheet").GetString());
        var all = await admin.GetAsync($"/api/organization/counties/{county}/imports").Expect(HttpStatusCode.OK);
        Assert.Equal(3, all.GetProperty("total").GetInt32()); // the empty form was no attempt
        var newest = all.GetProperty("items")[0];
        Assert.True(newest.GetProperty("accepted").GetBoolean());
        Assert.Equal("学校名册", newest.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_xlsx_roster_registers_new_schools_updates_known_ones_and_reports_terms()
    {
        var (county, admin) = await app.NewCountyAsync();
        string[] headers = ["学校标识码", "学校名称", "学段", "城乡类别", "乡镇", "幼儿园类型", "学期", "在校学生数", "班级数"];
        var first = XlsxWriter.Write("学校", headers,
        [
            ["C1", "东山镇中心小学", "小学", "镇区", "东山镇", null, "2024-autumn", 612, 14],
            ["C2", "东山镇中心幼儿园", "幼儿园", "镇区", "东山镇", "半日制", "2024-autumn", 150, 5],
        ]);
        var report = await Upload(admin, county, "roster.xlsx", first).Expect(HttpStatusCode.OK);
        Assert.Equal(2, report.GetProperty("created").GetInt32());
        Assert.Equal(2, report.GetProperty("termStatisticsReported").GetInt32());

        var second = XlsxWriter.Write("学校", headers,
        [
            ["C1", "东山镇中心小学(本部)", "小学", "镇区", "东山镇", null, null, null, null],
            ["C2", "东山镇中心幼儿园", "幼儿园", "镇区", "东山镇", "半日制", null, null, null],
        ]);
        report = await Upload(admin, county, "roster.xlsx", second).Expect(HttpStatusCode.OK);
        Assert.Equal(0, report.GetProperty("created").GetInt32());
        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        Assert.Equal(1, report.GetProperty("unchanged").GetInt32());
        var kindergarten = (await admin.GetAsync($"/api/organization/counties/{county}/schools?stage=kindergarten").Expect(HttpStatusCode.OK)).GetProperty("items")[0];
        Assert.Equal("half-day", kindergarten.GetProperty("kindergartenDay").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_a_clear_400()
    {
        var (county, admin) = await app.NewCountyAsync();
        var body = await Upload(admin, county, "roster.pdf", [1, 2, 3]).Expect(HttpStatusCode.BadRequest);
        Assert.Contains("必须是 .xlsx 或 .csv 文件", body.GetProperty("errors").GetProperty("file")[0].GetString());
        body = await Upload(admin, county, "roster.xlsx", [1, 2, 3]).Expect(HttpStatusCode.BadRequest);
        Assert.Contains("无法读取为电子表格", body.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task Term_statistics_import_by_grade_sums_the_totals_and_a_repeat_changes_nothing()
    {
        var (county, admin) = await app.NewCountyAsync();
        var id = await admin.Register(county, "G1", Stage.NineYear);
        var harness = app.Services.GetRequiredService<ITestHarness>();
        var csv = "学校标识码,学期,年级,在校学生数,班级数\n" + string.Join("\n", Enumerable.Range(1, 9).Select(g => $"G1,2024-autumn,{g},40,1")) + "\n";

        var report = await Upload(admin, county, "terms.csv", System.Text.Encoding.UTF8.GetBytes(csv), "schools/terms").Expect(HttpStatusCode.OK);
        Assert.Equal(1, report.GetProperty("termStatisticsReported").GetInt32());
        await Upload(admin, county, "terms.csv", System.Text.Encoding.UTF8.GetBytes(csv), "schools/terms").Expect(HttpStatusCode.OK);

        var terms = await admin.GetAsync($"/api/organization/counties/{county}/schools/{id}/terms").Expect(HttpStatusCode.OK);
        Assert.Equal(360, terms[0].GetProperty("students").GetInt32());
        Assert.Equal(9, terms[0].GetProperty("grades").GetArrayLength());
        Assert.Equal(1, terms[0].GetProperty("version").GetInt32());
        Assert.Single(await Published.Wait<TermStatisticsReported>(harness, m => m.SchoolId == id));

        var bad = "学校标识码,学期,年级,在校学生数,班级数\nG1,2024-autumn,,40,1\nG1,2024-autumn,1,40,1\nZZ,2024-autumn,1,x,1\n";
        var problem = await Upload(admin, county, "terms.csv", System.Text.Encoding.UTF8.GetBytes(bad), "schools/terms").Expect(HttpStatusCode.BadRequest);
        var rows = problem.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString())).ToList();
        Assert.Contains((4, "students"), rows);
        Assert.Contains((2, "grade"), rows);
    }

    [Fact]
    public async Task Crafted_workbooks_are_refused_within_two_seconds_naming_the_limit_and_nothing_is_imported()
    {
        var (county, admin) = await app.NewCountyAsync();
        foreach (var (file, limit) in new[]
                 {
                     (CraftedWorkbooks.RowBomb(352), "100,000 个单元格"),
                     (CraftedWorkbooks.BlankBomb(400), "20 MB"),
                     (CraftedWorkbooks.FarRight("ZZZZZ", 4), "256 列"),
                 })
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var problem = await Upload(admin, county, "学校名册.xlsx", file).Expect(HttpStatusCode.BadRequest);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
            Assert.Contains(limit, problem.GetProperty("errors").GetProperty("file")[0].GetString());
        }

        Assert.Equal(0, (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/organization/counties/{county}/schools")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_anonymous_upload_is_401_whatever_its_content_type_so_the_route_is_not_revealed()
    {
        var anonymous = app.CreateClient();
        var notAForm = await anonymous.PostAsync("/api/organization/counties/421125/schools/import", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, notAForm.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/organization/counties/421125/no-such-route", null)).StatusCode);
    }

    internal static Task<HttpResponseMessage> Upload(HttpClient client, string county, string fileName, byte[] content, string what = "schools")
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return client.PostAsync($"/api/organization/counties/{county}/{what}/import", form);
    }
}
