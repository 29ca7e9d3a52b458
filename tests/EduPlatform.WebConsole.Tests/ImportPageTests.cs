using System.Text;
using EduPlatform.ServiceDefaults;
using static Microsoft.Playwright.Assertions;

namespace EduPlatform.WebConsole.Tests;

/// <summary>
/// The imports page: a file with a bad row is refused whole, each bad row listed, and stays an open item on the overview
/// until a good one is imported.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ImportPageTests(ConsoleSuite suite)
{
    [Fact]
    public async Task A_school_roster_with_bad_rows_lists_each_error_and_imports_nothing_then_the_corrected_file_imports()
    {
        ConsoleSuite.RequireBrowser();
        var page = await suite.SignInAsync(Roles.CountyAdmin);
        await page.GotoAsync($"/counties/{suite.County}/imports");
        await Expect(page.Locator("a.download").Filter(new() { HasText = "模板" })).ToHaveCountAsync(9);

        const string header = "学校标识码,学校名称,学段,城乡类别,乡镇";
        var bad = $"{header}\n4211259901,界面测试小学,小学,城区,清泉镇\n4211259902,界面测试中学,大学,城区,清泉镇\n,无标识码小学,小学,乡村,\n";
        await UploadAsync(page, "test-bad.csv", bad);
        await Expect(page.Locator("[data-testid=import-refused]")).ToContainTextAsync("没有导入任何数据");
        var errors = page.Locator("[data-testid=import-errors] tbody tr");
        await Expect(errors).ToHaveCountAsync(3); // row 3's stage; row 4's code and township
        await Expect(page.Locator("[data-testid=import-errors]")).ToContainTextAsync("stage");
        var journal = page.Locator("[data-testid=import-journal] tbody tr").First;
        await Expect(journal).ToContainTextAsync("test-bad.csv");
        await Expect(journal).ToContainTextAsync("待重新导入");
        await ConsoleSuite.ScreenshotAsync(page, "import-refused");

        await page.GotoAsync($"/counties/{suite.County}");
        await Expect(page.Locator("[data-testid=refused-import]")).ToContainTextAsync("「学校名册」导入未通过（3 处错误");

        await page.GotoAsync($"/counties/{suite.County}/schools?q=界面测试");
        await Expect(page.Locator(".empty")).ToBeVisibleAsync(); // nothing written

        await page.GotoAsync($"/counties/{suite.County}/imports");
        await UploadAsync(page, "test-good.csv", $"{header}\n4211259901,界面测试小学,小学,城区,清泉镇\n");
        await Expect(page.Locator("[data-testid=import-done]")).ToContainTextAsync("新增 1");
        await Expect(page.Locator("[data-testid=import-journal] tbody tr").First).ToContainTextAsync("已导入");
        await page.GotoAsync($"/counties/{suite.County}");
        await Expect(page.Locator("[data-testid=refused-import]")).ToHaveCountAsync(0);
        await page.GotoAsync($"/counties/{suite.County}/schools?q=界面测试");
        await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(1);
    }

    static async Task UploadAsync(Microsoft.Playwright.IPage page, string name, string csv)
    {
        var form = page.Locator("form.upload").First; // the school roster's row
        await form.Locator("input[type=file]").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await form.Locator("button[type=submit]").ClickAsync();
    }
}
