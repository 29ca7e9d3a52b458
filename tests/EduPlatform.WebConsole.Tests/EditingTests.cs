using System.Text.RegularExpressions;
using EduPlatform.ServiceDefaults;
using static Microsoft.Playwright.Assertions;

namespace EduPlatform.WebConsole.Tests;

/// <summary>The console's editing pages: a stale school edit shows the conflict, campuses get their executive principals,
/// the staffing office moves quota between stages and approves, the evaluation pages decide and split.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EditingTests(ConsoleSuite suite)
{
    [Fact]
    public async Task Two_clerks_edit_one_school_and_the_second_sees_the_version_conflict_with_what_is_there_now()
    {
        ConsoleSuite.RequireBrowser();
        var first = await suite.SignInAsync(Roles.CountyAdmin);
        var second = await suite.SignInAsync(Roles.CountyAdmin);
        await first.GotoAsync($"/counties/{suite.County}/schools?q=丁家镇中心小学");
        var school = "/" + await first.Locator("table tbody tr td a").First.GetAttributeAsync("href");
        await first.GotoAsync(school);
        await second.GotoAsync(school);

        await first.FillAsync("input[name=township]", "丁家镇（街道）");
        await first.ClickAsync("button:has-text('保存')");
        await Expect(first.Locator(".notice")).ToHaveTextAsync("已保存。");

        await second.FillAsync("input[name=township]", "丁家镇新区");
        await second.ClickAsync("button:has-text('保存')");
        var conflict = second.Locator("[data-testid=version-conflict]");
        await Expect(conflict).ToContainTextAsync("已被其他人修改");
        await Expect(conflict).ToContainTextAsync("丁家镇新区"); // what the second clerk typed, kept on screen
        await Expect(second.Locator("input[name=township]")).ToHaveValueAsync("丁家镇（街道）"); // what is there now
        await ConsoleSuite.ScreenshotAsync(second, "school-version-conflict");
    }

    [Fact]
    public async Task A_clerk_reports_a_schools_autumn_term_and_corrects_it()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.SignInAsync(Roles.CountyAdmin);
        await page.GotoAsync($"/counties/{suite.County}/schools?q=团山镇");
        await page.GotoAsync("/" + await page.Locator("table tbody tr td a").First.GetAttributeAsync("href"));
        await Expect(page.Locator("input[name=term]")).ToHaveValueAsync("2025-autumn"); // the demo reported 2024's
        await page.FillAsync("input[name=students]", "321");
        await page.FillAsync("input[name=classes]", "9");
        await page.ClickAsync("button:has-text('报送')");
        await Expect(page.Locator("table.compact tbody tr").First).ToContainTextAsync("2025年秋季学期");
        await Expect(page.Locator("table.compact tbody tr").First).ToContainTextAsync("321");

        await page.FillAsync("input[name=term]", "2025-autumn");
        await page.FillAsync("input[name=students]", "322");
        await page.FillAsync("input[name=classes]", "9");
        await page.ClickAsync("button:has-text('报送')");
        await Expect(page.Locator("table.compact tbody tr").First).ToContainTextAsync("322");
    }

    [Fact]
    public async Task An_alliance_office_names_its_campus_executive_principal_and_sees_only_its_own_alliance_editable()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.NewPageAsync();
        await page.GotoAsync($"/login?county={suite.County}&alliances=1");
        var alliance = page.Locator("select[name=alliance] option").Nth(1);
        var (allianceId, allianceName) = (await alliance.GetAttributeAsync("value"), await alliance.InnerTextAsync());
        await page.SelectOptionAsync("select[name=role]", Roles.AllianceAdmin);
        await page.SelectOptionAsync("select[name=alliance]", allianceId!);
        await page.ClickAsync("form.card button[type=submit]");
        await ConsoleSuite.ArrivedAtAsync(page, new Regex($"/counties/{suite.County}$"));

        await page.GotoAsync($"/counties/{suite.County}/alliances/{allianceId}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(allianceName);
        var principal = page.Locator("form.inline").Filter(new() { Has = page.Locator("input[name=principal]") }).Nth(1);
        await principal.Locator("input[name=principal]").FillAsync("王丽");
        await principal.Locator("button").ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("执行校长");
        await Expect(page.Locator("input[name=principal][value='王丽']")).ToHaveCountAsync(1);
        await Expect(page.Locator("td form.inline button:has-text('退出')")).ToHaveCountAsync(0); // members leave by the bureau's decision

        // Another alliance of the county: the office may read it, and its form would be refused by the API.
        await page.GotoAsync($"/counties/{suite.County}/alliances");
        var other = await page.Locator("table tbody tr td a").Filter(new() { HasNotText = allianceName }).First.GetAttributeAsync("href");
        await page.GotoAsync("/" + other);
        var otherForm = page.Locator("form.inline").Filter(new() { Has = page.Locator("input[name=principal]") }).Nth(1);
        await otherForm.Locator("input[name=principal]").FillAsync("李强");
        await otherForm.Locator("button").ClickAsync();
        await Expect(page.Locator(".refusal")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_staffing_office_moves_quota_from_primary_to_kindergarten_and_approves_the_plan()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.SignInAsync(Roles.StaffingOffice);
        await page.GotoAsync($"/counties/{suite.County}/staffing?year=2024");
        await page.FillAsync("input[name=move-primary]", "-20");
        await page.FillAsync("input[name=move-kindergarten]", "20");
        await page.ClickAsync("button:has-text('保存调整')");
        await Expect(page.Locator("input[name=move-kindergarten]")).ToHaveValueAsync("20");
        await page.ClickAsync("button:has-text('批准编制计划')");
        await Expect(page.Locator(".notice")).ToContainTextAsync("编制计划已批准");
        await Expect(page.Locator("table.compact").First).ToContainTextAsync("+20");

        await page.GotoAsync($"/counties/{suite.County}/staffing/settings");
        await Expect(page.Locator("input[name=countyTotal]")).ToHaveValueAsync("4700");
        await page.GotoAsync($"/counties/{suite.County}/staffing/posts");
        await Expect(page.Locator("table")).ToBeVisibleAsync();
    }

    // The county's own rotation settings: an out-of-range value is refused beside its field; the transport allowance
    // for itinerant teachers (none unless the county sets it) is saved, and the other settings are kept as they were.
    [Fact]
    public async Task The_bureau_sets_the_itinerant_allowance_and_a_value_out_of_range_is_refused_beside_its_field()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.SignInAsync(Roles.CountyAdmin);
        await page.GotoAsync($"/counties/{suite.County}/rotation/settings");
        var form = page.Locator("[data-testid=rotation-settings]");
        await Expect(form.Locator("select[name=preset]")).ToHaveValueAsync("xishui");
        await form.Locator("input[name=itinerantSpeedKmh]").FillAsync("5");
        await form.Locator("button").ClickAsync();
        await Expect(page.Locator(".refusal")).ToContainTextAsync("10–80");
        await page.GotoAsync($"/counties/{suite.County}/rotation/settings");
        await form.Locator("input[name=itinerantAllowancePerKm]").FillAsync("0.8");
        await form.Locator("button").ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("已保存");
        await Expect(form.Locator("input[name=itinerantAllowancePerKm]")).ToHaveValueAsync("0.8");
        await Expect(form.Locator("select[name=preset]")).ToHaveValueAsync("xishui");
    }

    [Fact]
    public async Task The_bureau_reads_a_persons_explanation_the_zoning_report_the_bundled_results_and_splits_a_reward_fund()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.SignInAsync(Roles.CountyAdmin);
        await page.GotoAsync($"/counties/{suite.County}/rotation?year=2025&status=must-rotate");
        await page.GotoAsync("/" + await page.Locator("table tbody tr td a").First.GetAttributeAsync("href"));
        await Expect(page.Locator("span.tag.must-rotate")).ToHaveCountAsync(1);
        await Expect(page.Locator("h2").Filter(new() { HasText = "职称和职级条件" })).ToBeVisibleAsync();
        await Expect(page.Locator("table").Last).ToContainTextAsync("申报高级职称");

        await page.GotoAsync($"/counties/{suite.County}/zoning/report?year=2025");
        await Expect(page.Locator("h2").First).ToHaveTextAsync("就近划片入学");

        await page.GotoAsync($"/counties/{suite.County}/evaluation/bundled?year=2025");
        await Expect(page.Locator("table").First.Locator("tbody tr")).ToHaveCountAsync(14);
        await ConsoleSuite.ScreenshotAsync(page, "bundled");

        await page.GotoAsync($"/counties/{suite.County}/evaluation/rankings?year=2025");
        await page.FillAsync("input[name=fund]", "3000000");
        await page.ClickAsync("button:has-text('按排名分配')");
        await Expect(page.Locator("table").Last.Locator("tbody tr")).ToHaveCountAsync(5);

        foreach (var path in new[] { "rotation/rounds", "audit", "audit?service=rotation", "staffing/recruitment" })
        {
            var response = await page.GotoAsync($"/counties/{suite.County}/{path}");
            Assert.Equal(200, response!.Status);
        }
    }
}
