using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Evaluation.Tests.Api;

public sealed class BalanceApiTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    [Fact]
    public async Task The_balance_table_weights_by_students_leaves_out_the_teaching_point_and_special_school_and_judges_each_school()
    {
        var county = await EvaluationCounty.CreateAsync(app);

        var report = await county.Get("balance/2024");

        var primary = report.GetProperty("county").GetProperty("stages").EnumerateArray().Single();
        Assert.Equal(3, primary.GetProperty("schools").GetInt32());
        Assert.Equal(1500, primary.GetProperty("students").GetInt32());
        Assert.Equal(["学校S01", "学校T01"], primary.GetProperty("excluded").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Order());
        // Qualified teachers per 100: 5.0 (1,000), 4.0 (300), 4.5 (200): weighted mean 4.7333, CV 0.0851; unweighted 0.0907.
        var qualified = primary.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "qualified-teachers");
        Assert.Equal(4.7333, qualified.GetProperty("weightedMean").GetDouble(), 4);
        Assert.Equal(0.0851, qualified.GetProperty("coefficient").GetDouble(), 4);
        Assert.Equal(0.0907, qualified.GetProperty("plainCoefficient").GetDouble(), 4);
        Assert.Equal(0.5, qualified.GetProperty("limit").GetDouble());
        Assert.True(qualified.GetProperty("passes").GetBoolean());
        var m1 = primary.GetProperty("schoolResults").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "学校M01");
        Assert.Equal(6, m1.GetProperty("met").GetInt32());
        Assert.Equal(0.9524, m1.GetProperty("weakestShare").GetDouble(), 4);
        Assert.True(m1.GetProperty("passes").GetBoolean());
        Assert.True(primary.GetProperty("passes").GetBoolean());
        // The alliance is its own scope (three schools, the same figures here).
        Assert.Equal("学校C01教联体", report.GetProperty("alliances")[0].GetProperty("name").GetString());

        var composite = await county.Get("balance/2024?method=composite2012");
        Assert.Equal(0.65, composite.GetProperty("county").GetProperty("stages")[0].GetProperty("compositeLimit").GetDouble());
        var bad = await county.Bureau.GetAsync($"/api/evaluation/counties/{county.Code}/balance/2024?method=2099");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("method", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Districts_get_their_own_balance_and_the_table_exports_with_chinese_headers()
    {
        var county = await EvaluationCounty.CreateAsync(app);
        var saved = await county.Bureau.PutAsJsonAsync($"/api/evaluation/counties/{county.Code}/districts",
            new[] { new { name = "第一学区", schoolIds = new[] { county.Core, county.M2 } } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var twice = await county.Bureau.PutAsJsonAsync($"/api/evaluation/counties/{county.Code}/districts",
            new[] { new { name = "第一学区", schoolIds = new[] { county.Core } }, new { name = "第二学区", schoolIds = new[] { county.Core } } });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        var district = (await county.Get("balance/2024")).GetProperty("districts").EnumerateArray().Single();
        Assert.Equal("第一学区", district.GetProperty("name").GetString());
        Assert.Equal(1200, district.GetProperty("stages")[0].GetProperty("students").GetInt32());

        var file = await county.Bureau.GetAsync($"/api/evaluation/counties/{county.Code}/reports/2024/balance.xlsx");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var sheet = SpreadsheetReader.Read("balance.xlsx", await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(["范围", "名称", "学段", "指标", "单位", "标准", "加权均值", "差异系数", "未加权差异系数(参考)", "限值", "是否达标"], sheet.Headers);
        Assert.Contains(sheet.Rows, r => r[0] == "学区" && r[3] == "生均高于规定学历教师数");
    }

    [Fact]
    public async Task A_bad_figures_file_imports_nothing_and_names_each_row()
    {
        var county = await EvaluationCounty.CreateAsync(app);
        var csv = EvaluationCounty.FiguresHeader
            + "C01,2025,小学,1000,60,50,12,10,5000,8000,2200000,25,85,98,95,92,0\n"
            + "M01,2025,小学,300,20,12,3,,1400,2400,630000,7,78,97,93,90,5\n"
            + "X99,2025,小学,300,,,,,,,,,78,,,,\n"
            + "M02,2025,初中,200,,,,,,,,,120,,,,\n";

        var response = await county.Upload("figures/import", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("须同时填写或同时不填", body);
        Assert.Contains("X99", body);
        Assert.Contains("不是初中", body);
        Assert.Empty((await county.Get("figures/2025")).EnumerateArray());
    }
}
