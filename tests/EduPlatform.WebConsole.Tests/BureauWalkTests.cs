using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduPlatform.WebConsole.Tests;

/// <summary>
/// Issue 22's walk, in Chromium against the standalone suite with the demo county, as the bureau works: sign in as the
/// county administrator, the overview's 21 alliances, an alliance that breaks the county's rules refused in Chinese beside
/// its fields, the staffing quotas, the 2025 rotation plan drawn (its progress shown) and taken through review to
/// approval, staffing's head counts moved by it, a zoning plan approved and published, a parent's look-up on a phone, and
/// the balance chart. Each page's load time is written to TestResults/web-console/timings.txt with the screenshots.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class BureauWalkTests(ConsoleSuite suite, ITestOutputHelper output)
{
    readonly List<string> _timings = [];

    [Fact]
    public async Task The_county_administrator_walks_from_the_overview_to_an_approved_plan_a_published_zone_and_the_balance_chart()
    {
        ConsoleSuite.RequireBrowser();
        var county = suite.County;
        var page = await suite.SignInAsync(Roles.CountyAdmin);

        // Overview: the demo county's 21 fused alliances.
        await OpenAsync(page, $"/counties/{county}", "overview");
        await Expect(page.Locator("[data-testid=alliances-total] .figure")).ToHaveTextAsync("21");
        await Expect(page.Locator("nav.side .county-name")).ToHaveTextAsync("浠水县（演示数据）");

        // An alliance with a rural core and a single member: two rules broken, each shown beside its field, in Chinese.
        await OpenAsync(page, $"/counties/{county}/alliances/new", "alliance-form");
        await page.FillAsync("input[name=name]", "测试教联体");
        var ruralPrimary = await page.Locator("select[name=core] option").Filter(new() { HasText = "（小学，乡村）" }).First.GetAttributeAsync("value");
        await page.SelectOptionAsync("select[name=core]", ruralPrimary!);
        await page.Locator(".checks input[type=checkbox]").Nth(0).CheckAsync();
        await page.ClickAsync("form.alliance-form button[type=submit]");
        var coreError = page.Locator("select[name=core] ~ *, .field-error").Filter(new() { HasText = "alliance.core.urban" });
        await Expect(coreError.First).ToBeVisibleAsync();
        await Expect(page.Locator(".field-error").Filter(new() { HasText = "alliance.members.min" })).ToBeVisibleAsync();
        Assert.Matches(new Regex(@"\p{IsCJKUnifiedIdeographs}"), await page.Locator(".field-error").First.InnerTextAsync());
        await ConsoleSuite.ScreenshotAsync(page, "alliance-refused");

        // Staffing quotas with their explanation.
        await OpenAsync(page, $"/counties/{county}/staffing?year=2024", "staffing"); // the demo's autumn statistics are 2024's
        await Expect(page.GetByText("生师比").First).ToBeAttachedAsync();
        await Expect(page.Locator("h2").Filter(new() { HasText = "核定编制（按编制池）" })).ToBeVisibleAsync();

        // The 2025 rotation plan: drawn with its progress showing, then school, alliance and bureau review.
        await OpenAsync(page, $"/counties/{county}/rotation/plans?year=2025", "rotation-plans");
        var draw = page.Locator("[data-testid=draw-plan]");
        await Expect(draw).ToBeEnabledAsync(); // the page is live
        var drawing = Stopwatch.StartNew();
        await draw.ClickAsync();
        await Expect(page.Locator(".progress")).ToBeVisibleAsync();
        await ConsoleSuite.ScreenshotAsync(page, "rotation-plan-drawing");
        await ConsoleSuite.ArrivedAtAsync(page, new Regex("/rotation/plans/[0-9a-f-]{36}$"), timeout: 180_000);
        _timings.Add($"rotation plan draw (click to draft shown): {drawing.ElapsedMilliseconds} ms");
        await Expect(page.Locator("[data-testid=plan-status]")).ToHaveTextAsync("草案");
        await ConsoleSuite.ScreenshotAsync(page, "rotation-plan");
        // 走教 [000]: the members' missing PE, music and art teachers come itinerant, each with a week of campuses.
        await Expect(page.Locator("[data-testid=itineraries] tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=itineraries] thead")).ToContainTextAsync("周五");
        // The bureau examines the list (考察认定 [001]) and takes one person out by hand, with the reason kept.
        var edit = page.Locator("[data-testid=plan-edit]");
        await edit.Locator("select[name=action]").SelectOptionAsync("remove");
        var removed = (await edit.Locator("select[name=personId] option").First.TextContentAsync())!.Split('（')[0];
        await edit.Locator("input[name=reason]").FillAsync("考察认定：本学年承担毕业班教学");
        await edit.Locator("button").ClickAsync();
        await Expect(page.Locator("[data-testid=plan-edits]")).ToContainTextAsync($"移出 {removed}");
        await Expect(page.Locator("[data-testid=plan-edits]")).ToContainTextAsync("考察认定：本学年承担毕业班教学");
        await ConsoleSuite.ScreenshotAsync(page, "rotation-plan-edited");
        await page.ClickAsync("button:has-text('提交学校审核')");
        await Expect(page.Locator("[data-testid=plan-status]")).ToHaveTextAsync("学校审核中");
        await page.ClickAsync("button:has-text('录入全部')");
        await Expect(page.Locator("[data-testid=plan-status]")).ToHaveTextAsync("教联体审核中");
        await page.ClickAsync("button:has-text('录入全部')");
        await Expect(page.Locator("[data-testid=plan-status]")).ToHaveTextAsync("待教育局审批");
        // 公示: the list goes up for five working days; approval before the end is refused with the date.
        await page.ClickAsync("button:has-text('发布公示')");
        await Expect(page.Locator("[data-testid=plan-status]")).ToHaveTextAsync("公示中");
        await Expect(page.Locator("[data-testid=notice-period]")).ToContainTextAsync("5 个工作日");
        await ConsoleSuite.ScreenshotAsync(page, "rotation-plan-notice");
        await page.ClickAsync("button:has-text('教育局批准')");
        await Expect(page.Locator(".refusal").First).ToContainTextAsync("公示期至");
        // A week later the notice has ended and the bureau approves.
        suite.Clock.Advance(TimeSpan.FromDays(10));
        await page.ClickAsync("button:has-text('教育局批准')");
        await Expect(page.Locator("[data-testid=plan-status]")).ToHaveTextAsync("已批准");

        // Staffing's head counts follow the placements (over the bus).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await OpenAsync(page, $"/counties/{county}/staffing", "staffing-after-rotation");
            if (await page.Locator("[data-testid=head-count-changes]").CountAsync() > 0 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(1000);
        }

        await Expect(page.Locator("[data-testid=head-count-changes]")).ToContainTextAsync("合计 0"); // every head moved, none lost

        // A zoning plan for the county town's primary schools, approved and published.
        await OpenAsync(page, $"/counties/{county}/zoning?year=2025", "zoning");
        await Expect(page.Locator("[data-testid=draw-zones]")).ToBeEnabledAsync(); // the page is live
        await page.SelectOptionAsync("select[name=stage]", "primary");
        await page.FillAsync("input[name=townships]", "清泉镇");
        drawing.Restart();
        await page.ClickAsync("[data-testid=draw-zones]");
        await ConsoleSuite.ArrivedAtAsync(page, new Regex("/zoning/plans/[0-9a-f-]{36}$"));
        _timings.Add($"zone plan draw (click to draft shown): {drawing.ElapsedMilliseconds} ms");
        await Expect(page.Locator("[data-testid=zone-map] polygon")).ToHaveCountAsync(8);
        await page.ClickAsync("button:has-text('审定')");
        await Expect(page.Locator("[data-testid=zone-plan-status]")).ToHaveTextAsync("已审定");
        await page.ClickAsync("button:has-text('公布')");
        await Expect(page.Locator("[data-testid=zone-plan-status]")).ToHaveTextAsync("已公布");
        await ConsoleSuite.ScreenshotAsync(page, "zone-plan");
        var unit = await page.Locator("[data-testid=zone-map] circle title").First.TextContentAsync();
        var unitName = unit!.Split('：')[0];

        // A parent on a phone, not signed in, finds the unit's school.
        var parent = await suite.NewPageAsync(phone: true);
        await OpenAsync(parent, $"/enrol/{county}", "enrol");
        await parent.FillAsync("input[name=q]", $"清泉镇{unitName}３号楼２单元");
        await parent.ClickAsync("button[type=submit]");
        await Expect(parent.Locator("[data-testid=enrol-answer]")).ToContainTextAsync("小学：");
        await Expect(parent.Locator("[data-testid=enrol-answer] h2")).ToContainTextAsync(unitName);
        await ConsoleSuite.ScreenshotAsync(parent, "enrol-phone");

        // The balance chart: seven bars per stage against the 0.50 / 0.45 lines.
        await OpenAsync(page, $"/counties/{county}/evaluation?year=2025", "evaluation");
        await Expect(page.Locator("[data-testid=balance-chart-primary] rect")).ToHaveCountAsync(7);
        await Expect(page.Locator("[data-testid=balance-chart-primary]")).ToContainTextAsync("标准线 0.50");
        await Expect(page.Locator("[data-testid=balance-chart-junior]")).ToContainTextAsync("标准线 0.45");

        // The other pages a bureau opens, for their load times and screenshots.
        foreach (var (path, name) in new[]
        {
            ($"/counties/{county}/schools", "schools"), ($"/counties/{county}/alliances", "alliances"),
            ($"/counties/{county}/rotation?year=2025", "eligibility"), ($"/counties/{county}/rotation/people", "people"),
            ($"/counties/{county}/rotation/placements", "placements"), ($"/counties/{county}", "overview-after"),
        })
        {
            await OpenAsync(page, path, name);
        }

        await File.WriteAllLinesAsync(Path.Combine(ConsoleSuite.Artifacts, "timings.txt"), _timings);
        foreach (var line in _timings)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>Opens a page, records how long it took to load, and keeps a screenshot of it.</summary>
    async Task OpenAsync(IPage page, string path, string name)
    {
        var watch = Stopwatch.StartNew();
        var response = await page.GotoAsync(path);
        _timings.Add($"{name} ({path}): {watch.ElapsedMilliseconds} ms");
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        await ConsoleSuite.ScreenshotAsync(page, name);
    }
}
