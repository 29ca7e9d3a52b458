using EduPlatform.Organization.Application;
using EduPlatform.Organization.Domain;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Standalone;

/// <summary>
/// Loads the demo county (<c>--demo</c> or <c>Demo:Load=true</c>) through the real import path: the county is set up with
/// the Xishui preset, then <c>demo/schools.csv</c>, <c>demo/terms.csv</c> and <c>demo/alliances.csv</c> go through the same importers as an
/// upload. Shaped like Xishui's figures [000]: 21 fused alliances (4 junior, 10 primary, 7 kindergarten) covering every
/// public compulsory school and public kindergarten; the school names are invented. Loading twice changes nothing.
/// </summary>
public sealed class DemoCounty(
    CountyService counties, SchoolRosterImport schools, TermStatisticsImport terms, AllianceRosterImport alliances,
    Staffing.Application.SettingsService staffingSettings,
    IHostEnvironment environment, IHostApplicationLifetime lifetime, ILogger<DemoCounty> logger) : BackgroundService
{
    public const string CountyCode = "421125";

    /// <summary>The demo county's total staffing quota (编制总量), invented: a little above the demo's standard quotas.</summary>
    public const int CountyStaffingTotal = 4450;
    const string Actor = "demo-loader";

    public static void AddIfRequested(WebApplicationBuilder builder, string[] args)
    {
        if (args.Contains("--demo") || builder.Configuration.GetValue<bool>("Demo:Load"))
        {
            builder.Services.AddHostedService<DemoCounty>();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start-up, so the databases are migrated and the bus is running.
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        await LoadAsync(stoppingToken);
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        var county = await counties.SetUpAsync(CountyCode, new CountySetup("浠水县 (demo data)", AlliancePolicyPresets.Xishui, null, null), Actor, ct);
        if (county is Outcome<Organization.Data.County>.Stale)
        {
            logger.LogInformation("Demo county {County} is already set up", CountyCode);
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "demo");
        var schoolReport = await Import(schools.ImportAsync, folder, "schools.csv", ct);
        // The staffing office's settings: the national standard and the county total its plans must stay within.
        var settings = Staffing.Domain.StaffingSettings.DefaultFor(CountyCode) with { VillageStaffPerClass = 1.5m, CountyTotal = CountyStaffingTotal };
        if (await staffingSettings.SaveAsync(settings, Actor, ct) is Outcome<Staffing.Domain.StaffingSettings>.Stale)
        {
            logger.LogInformation("Demo county {County} staffing settings are already set", CountyCode);
        }

        // Per-grade statistics for the nine-year schools, whose quotas are split by grade band.
        await Import(terms.ImportAsync, folder, "terms.csv", ct);
        var allianceReport = await Import(alliances.ImportAsync, folder, "alliances.csv", ct);
        logger.LogWarning(
            "Demo county {County} loaded: schools {Created} new, {Unchanged} unchanged; alliances {AlliancesCreated} new, {AlliancesUnchanged} unchanged. {Hint}",
            CountyCode, schoolReport.Created, schoolReport.Unchanged, allianceReport.Created, allianceReport.Unchanged,
            environment.IsDevelopment()
                ? $"Get a token with POST /dev/token {{\"roles\":[\"county-admin\"],\"counties\":[\"{CountyCode}\"]}} and open /swagger."
                : "");
    }

    async Task<ImportReport> Import(Func<string, string, byte[], string, CancellationToken, Task<Outcome<ImportReport>>> import,
        string folder, string file, CancellationToken ct)
    {
        var outcome = await import(CountyCode, file, await File.ReadAllBytesAsync(Path.Combine(folder, file), ct), Actor, ct);
        return outcome is Outcome<ImportReport>.Ok ok
            ? ok.Result
            : throw new InvalidOperationException($"Demo file {file} was refused: {outcome.Describe()}");
    }
}
