using EduPlatform.Tests;
using System.Text.RegularExpressions;
using EduPlatform.DemoCounty;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace EduPlatform.WebConsole.Tests;

/// <summary>
/// The standalone suite with the demo county on a real port, and headless Chromium (Debian's, driven by Playwright).
/// Screenshots go to TestResults/web-console/ at the repository root.
/// </summary>
public sealed class ConsoleSuite : IAsyncLifetime
{
    const string Chromium = "/usr/bin/chromium";
    public static readonly string Artifacts = Path.Combine(Repo.Root, "TestResults", "web-console");

    readonly StandaloneApp _app = new();
    IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;
    public string County => DemoCountyLoader.CountyCode;
    public IServiceProvider Services => _app.Services;
    public TestClock Clock => _app.Clock;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return; // each test says why it skips (RequireBrowser)
        }

        _app.CreateClient().Dispose(); // starts the host on its Kestrel port
        await _app.Services.GetServices<IHostedService>().OfType<EduPlatform.Standalone.DemoCounty>().Single().LoadAsync(CancellationToken.None);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("://[::]", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1"));
        _playwright = await Playwright.CreateAsync();
        // The flags Debian's Chromium needs as root on a machine with a closed network (env's dotnet machine notes).
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Artifacts);
    }

    /// <summary>An office screen (1366×768) in Chinese, or a phone for the public page.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            Locale = "zh-CN",
            BaseURL = Address.ToString(),
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1366, Height = 768 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the development sign-in, as a person does: role and county picked on the login page.</summary>
    public async Task<IPage> SignInAsync(string role, string? county = null)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await ArrivedAtAsync(page, new Regex("/login"));
        await page.SelectOptionAsync("select[name=role]", role);
        await page.FillAsync("input[name=county]", county ?? County);
        await page.ClickAsync("form.card button[type=submit]");
        await Assertions.Expect(page.Locator("header .who")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page;
    }

    /// <summary>
    /// Waits until the page's address matches. Not <c>WaitForURLAsync</c>: when the address already matches it checks the
    /// page's load state and then subscribes to the load event, and a load event delivered in between is lost, so the
    /// wait times out on a loaded page (microsoft/playwright-dotnet#3364). This assertion polls in the driver instead.
    /// </summary>
    public static Task ArrivedAtAsync(IPage page, Regex url, float timeout = 30_000) =>
        Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = timeout });

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, name + ".png"), FullPage = false });

    /// <summary>Skips where Chromium is not installed, or fails where CI requires it (EDUPLATFORM_REQUIRE_BROWSER=1).</summary>
    public static void RequireBrowser()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        var reason = $"{Chromium} is not installed (apt-get install -y chromium fonts-wqy-microhei)";
        if (Environment.GetEnvironmentVariable("EDUPLATFORM_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail($"EDUPLATFORM_REQUIRE_BROWSER=1 but {reason}");
        }

        Assert.Skip(reason);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    sealed class StandaloneApp : WebApplicationFactory<Program>
    {
        public StandaloneApp() => UseKestrel(0);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Data:Folder", Path.Combine(Path.GetTempPath(), $"eduplatform-console-tests-{Guid.NewGuid():N}"));
            builder.UseSetting("Demo:Load", "true");
            // Only the plan review reads this clock: moving the whole host on would also expire the console's sign-in.
            builder.ConfigureServices(services => services.AddSingleton(sp => new EduPlatform.Rotation.Application.PlanReviewService(
                sp.GetRequiredService<EduPlatform.Rotation.Data.RotationDatabase>(), Clock)));
        }

        /// <summary>The plan review's clock: the real one until the walk lets the plan's public notice period pass.</summary>
        public TestClock Clock { get; } = new();
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleSuite>
{
    public const string Name = "web console";
}
