using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using EduPlatform.AppHost;
using EduPlatform.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduPlatform.AspireTests;

/// <summary>
/// The real AppHost under <c>DistributedApplicationTestingBuilder</c>, once for all the tests that need it: the broker the
/// AppHost chooses on this machine (the installed rabbitmq-server where no container runtime runs, as in CI), SQLite
/// files in a folder of its own, the five services, the gateway, the demo county loaded through the gateway, and the
/// dashboard on free ports with a known login token and telemetry API key. Started when every resource is healthy.
/// </summary>
public sealed class AspireSuite : IAsyncLifetime
{
    public const string SigningKey = "aspire-tests-signing-key-0123456789abcdef0123";
    public static readonly string[] Services = ["organization", "staffing", "rotation", "zoning", "evaluation"];
    public static readonly string[] Resources = ["messaging", .. Services, "gateway"];
    static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    /// <summary>Where a run leaves what a person looks at afterwards (the AppHost's log, the dashboard's screenshots).</summary>
    public static readonly string Artifacts = Path.Combine(Repo.Root, "TestResults");

    readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"eduplatform-aspire-{Guid.NewGuid():N}");
    DistributedApplication? _app;

    public string DashboardApiKey { get; } = Guid.NewGuid().ToString("N");
    public string BrowserToken { get; } = Guid.NewGuid().ToString("N");
    public Uri Dashboard { get; private set; } = null!;
    public TimeSpan StartedIn { get; private set; }
    public string? Unavailable { get; private set; }

    public DistributedApplication App => _app ?? throw new InvalidOperationException(Unavailable);

    /// <summary>Where the services' SQLite files are, for reading a service's own database as an operator could.</summary>
    public string DataFolder => _dataFolder;

    public async ValueTask InitializeAsync()
    {
        var (setup, problems) = SuiteSetup.Decide(new ConfigurationBuilder().AddEnvironmentVariables().Build(), false, _dataFolder, MachineProbes.Real);
        if (setup is null)
        {
            Unavailable = string.Join(" ", problems);
            return;
        }

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.EduPlatform_AppHost>(
        [
            "--Demo:Load=true",
            $"--Data:Folder={_dataFolder}",
            $"--Parameters:auth-signing-key={SigningKey}",
            $"--ASPNETCORE_URLS=http://127.0.0.1:{FreePorts.Next()}",
            $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{FreePorts.Next()}",
            $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{FreePorts.Next()}",
            "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            $"--ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN={BrowserToken}",
            $"--AppHost:DashboardApiKey={DashboardApiKey}",
            // Given here, the OTLP key cannot change under a starting suite: the AppHost keeps generated keys in the user
            // secrets store, which another AppHost started meanwhile (BadSetupTests) rewrites.
            $"--AppHost:OtlpApiKey={Guid.NewGuid():N}",
            $"--AppHost:McpApiKey={Guid.NewGuid():N}",
        ], (options, _) => options.DisableDashboard = false);
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigureHttpClient(c => c.Timeout = TimeSpan.FromMinutes(2)));
        Directory.CreateDirectory(Artifacts);
        builder.Services.AddLogging(logging => logging.AddProvider(new FileLoggerProvider(Path.Combine(Artifacts, "aspire-apphost.log"))));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        _app = await builder.BuildAsync();
        using var cts = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(cts.Token);
        foreach (var resource in Resources)
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cts.Token);
        }

        StartedIn = clock.Elapsed;
        // The testing builder lets DCP choose every port, the dashboard's included.
        Dashboard = _app.GetEndpoint("aspire-dashboard", "http");
    }

    /// <summary>Skips the calling test where no broker can be had, or fails it where CI requires one.</summary>
    public void Require()
    {
        if (Unavailable is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("EDUPLATFORM_REQUIRE_BROKER") == "1")
        {
            Assert.Fail($"EDUPLATFORM_REQUIRE_BROKER=1 but the AppHost cannot start here: {Unavailable}");
        }

        Assert.Skip(Unavailable);
    }

    /// <summary>A client of the gateway with a county administrator's token for the given counties.</summary>
    public HttpClient Gateway(params string[] counties)
    {
        var client = App.CreateHttpClient("gateway");
        client.Timeout = TimeSpan.FromMinutes(2);
        var token = new DevelopmentTokens(new AuthOptions { SigningKey = SigningKey }).Issue("aspire-tests", [Roles.CountyAdmin], counties, TimeSpan.FromHours(1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The dashboard's telemetry API (the same data the dashboard shows), with the suite's API key.</summary>
    public HttpClient DashboardApi()
    {
        var client = new HttpClient { BaseAddress = Dashboard, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-API-Key", DashboardApiKey);
        return client;
    }

    /// <summary>Waits until the "demo" resource has ended (the demo county is loaded, or failed to load); its last state.</summary>
    public async Task<CustomResourceSnapshot> DemoEndedAsync()
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        return (await App.ResourceNotifications.WaitForResourceAsync("demo",
            e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cts.Token)).Snapshot;
    }

    /// <summary>A resource's structured logs as the dashboard received them (severity and message, oldest first).</summary>
    public async Task<string> LogsAsync(string resource)
    {
        using var api = DashboardApi();
        var logs = await api.GetFromJsonAsync<JsonElement>($"/api/telemetry/logs?resource={resource}&limit=500");
        return string.Join('\n', logs.GetProperty("data").GetProperty("resourceLogs").EnumerateArray()
            .SelectMany(r => r.GetProperty("scopeLogs").EnumerateArray()).SelectMany(s => s.GetProperty("logRecords").EnumerateArray())
            .Select(l => $"{(l.TryGetProperty("severityText", out var level) ? level.GetString() : "")} {l.GetProperty("body")}"));
    }

    public async Task<string> BrokerUriAsync() => (await App.GetConnectionStringAsync("messaging"))!;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a process may still hold a file for a moment; the temp folder is the OS's to clean
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AspireCollection : ICollectionFixture<AspireSuite>
{
    public const string Name = "suite under Aspire";
}
