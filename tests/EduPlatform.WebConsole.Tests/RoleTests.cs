using System.Text.RegularExpressions;
using EduPlatform.ServiceDefaults;
using static Microsoft.Playwright.Assertions;

namespace EduPlatform.WebConsole.Tests;

/// <summary>Each role sees only what it may do, and another county's pages are not there.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RoleTests(ConsoleSuite suite)
{
    [Fact]
    public async Task A_viewer_sees_no_write_buttons_and_only_masked_identity_numbers()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.SignInAsync(Roles.Viewer);

        await page.GotoAsync($"/counties/{suite.County}/alliances");
        await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(21);
        await Expect(page.Locator("a.button:has-text('组建教联体')")).ToHaveCountAsync(0);

        await page.GotoAsync($"/counties/{suite.County}/imports");
        await Expect(page.Locator("form.upload")).ToHaveCountAsync(0);

        await page.GotoAsync($"/counties/{suite.County}/rotation/plans?year=2025");
        await Expect(page.Locator("h1")).ToContainTextAsync("交流轮岗方案");
        await Expect(page.Locator("[data-testid=draw-plan]")).ToHaveCountAsync(0);

        await page.GotoAsync($"/counties/{suite.County}/zoning?year=2025");
        await Expect(page.Locator("[data-testid=draw-zones]")).ToHaveCountAsync(0);

        await page.GotoAsync($"/counties/{suite.County}/staffing?year=2024");
        await Expect(page.Locator("button:has-text('批准编制计划')")).ToHaveCountAsync(0);

        await page.GotoAsync($"/counties/{suite.County}/rotation/people");
        var numbers = await page.Locator("td.id-number").AllInnerTextsAsync();
        Assert.Equal(100, numbers.Count);
        Assert.All(numbers, n => Assert.Matches(new Regex(@"^\d{6}\*{8}[\dX]{4}$"), n));
        Assert.All(await page.Locator("tbody tr td:nth-child(4)").AllInnerTextsAsync(), birth => Assert.Equal("—", birth));
        await ConsoleSuite.ScreenshotAsync(page, "people-viewer");
    }

    [Fact]
    public async Task The_county_administrator_sees_identity_numbers_in_full()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.SignInAsync(Roles.CountyAdmin);
        await page.GotoAsync($"/counties/{suite.County}/rotation/people");
        Assert.All(await page.Locator("td.id-number").AllInnerTextsAsync(), n => Assert.Matches(new Regex(@"^\d{17}[\dX]$"), n));
    }

    [Fact]
    public async Task Another_countys_pages_show_not_found()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.SignInAsync(Roles.CountyAdmin);
        foreach (var path in new[] { "/counties/420101", "/counties/420101/rotation", "/counties/420101/alliances/new" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(page.Locator("h1")).ToHaveTextAsync("未找到");
            await Expect(page.Locator("nav.side")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Signed_out_users_are_sent_to_the_sign_in_page_and_back()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.NewPageAsync();
        await page.GotoAsync($"/counties/{suite.County}/schools");
        await ConsoleSuite.ArrivedAtAsync(page, new Regex("/login\\?ReturnUrl="));
        await page.SelectOptionAsync("select[name=role]", Roles.StaffingOffice);
        await page.ClickAsync("form.card button[type=submit]");
        await ConsoleSuite.ArrivedAtAsync(page, new Regex($"/counties/{suite.County}/schools$"));
        await Expect(page.Locator("header .who")).ToContainTextAsync("编办");
    }
}
