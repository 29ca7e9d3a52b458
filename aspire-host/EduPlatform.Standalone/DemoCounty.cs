using EduPlatform.DemoCounty;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EduPlatform.Standalone;

/// <summary>
/// Loads the demo county (<c>--demo</c> or <c>Demo:Load=true</c>) once the host listens, through its own HTTP API with a
/// county administrator's token signed with the host's key: the same loader, files and requests as the distributed
/// suite's demo loader uses through its gateway (<see cref="DemoCountyLoader"/>).
/// </summary>
public sealed class DemoCounty(IServer server, DevelopmentTokens tokens, IHostEnvironment environment,
    IHostApplicationLifetime lifetime, ILogger<DemoCounty> logger) : BackgroundService
{
    readonly SemaphoreSlim _loading = new(1, 1);

    public static void AddIfRequested(WebApplicationBuilder builder, bool demoSwitch)
    {
        if (demoSwitch || builder.Configuration.GetValue<bool>("Demo:Load"))
        {
            builder.Services.AddHostedService<DemoCounty>();
            // The console opens on the demo's school year (its roster and figures), not on the calendar's.
            builder.Configuration["Console:SchoolYear"] ??= DemoCountyLoader.RosterYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start-up: the databases are migrated, the bus runs and Kestrel listens.
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        await LoadAsync(stoppingToken);
        if (environment.IsDevelopment())
        {
            logger.LogWarning("打开 / 以开发环境登录（县 {County}）进入管理平台；调用接口可用 POST /dev/token {{\"roles\":[\"county-admin\"],\"counties\":[\"{County}\"]}} 取得令牌，然后打开 /swagger。", DemoCountyLoader.CountyCode, DemoCountyLoader.CountyCode);
        }
    }

    /// <summary>Loads the county (again: nothing changes); one load at a time.</summary>
    public async Task<DemoCountyReport> LoadAsync(CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            using var client = new HttpClient { BaseAddress = OwnAddress(), Timeout = TimeSpan.FromMinutes(5) };
            DemoCountyLoader.SignIn(client, tokens);
            return await new DemoCountyLoader(client, logger).LoadAsync(ct);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Where this host listens, as Kestrel bound it (a wildcard address is reached on loopback).</summary>
    Uri OwnAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The demo county is loaded through the host's own HTTP address, and the host has none.");
        return new Uri(address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://[::]", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1"));
    }
}
