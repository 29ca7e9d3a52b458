using EduPlatform.Organization.Application;
using EduPlatform.Organization.Domain;
using EduPlatform.OrganizationCopy;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Demo;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Standalone;

/// <summary>
/// Loads the demo county (<c>--demo</c> or <c>Demo:Load=true</c>) through the real import path: the county is set up with
/// the Xishui preset, then <c>demo/schools.csv</c>, <c>demo/terms.csv</c> and <c>demo/alliances.csv</c> go through the same importers as an
/// upload. Shaped like Xishui's figures [000]: 21 fused alliances (4 junior, 10 primary, 7 kindergarten) covering every
/// public compulsory school and public kindergarten; the school names are invented. Once rotation has the schools
/// from the bus, a generated roster of staff (<see cref="SyntheticRoster"/>) goes through rotation's roster import. The county
/// town 清泉镇 has 8 public primary and 4 public junior schools, as Xishui's 12 zones do [000] (two more urban primary
/// schools stand in the development zone), and <c>demo/units.csv</c> gives it 155 residential units with 2025 entrants for zoning.
/// Loading twice changes nothing.
/// </summary>
public sealed class DemoCounty(
    CountyService counties, SchoolRosterImport schools, TermStatisticsImport terms, AllianceRosterImport alliances,
    Staffing.Application.SettingsService staffingSettings, RotationDatabase rotation, Rotation.Application.PeopleImport people,
    Rotation.Application.SettingsService rotationSettings, Zoning.Application.UnitImport zoningUnits,
    Evaluation.Data.EvaluationDatabase evaluation, Evaluation.Application.FiguresImport figures, Evaluation.Application.RatingsImport ratings,
    IHostEnvironment environment, IHostApplicationLifetime lifetime, ILogger<DemoCounty> logger) : BackgroundService
{
    /// <summary>The school year the demo roster is drawn for: people's years at their schools count to 1 September of it.</summary>
    public const int RosterYear = 2025;
    const int RosterSeed = 421125;
    readonly SemaphoreSlim _loading = new(1, 1);
    public const string CountyCode = "421125";
    /// <summary>Xishui's 21 fused alliances [000], all in demo/alliances.csv.</summary>
    const int DemoAlliances = 21;

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
        await _loading.WaitAsync(ct);
        try
        {
            await LoadOnceAsync(ct);
        }
        finally
        {
            _loading.Release();
        }
    }

    async Task LoadOnceAsync(CancellationToken ct)
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
        var units = await LoadTownUnitsAsync(folder, ct);
        var staff = await LoadPeopleAsync(schoolReport.Created + schoolReport.Unchanged, ct);
        var (figureRows, ratingRows) = await LoadEvaluationAsync(schoolReport.Created + schoolReport.Unchanged, ct);
        logger.LogWarning(
            "Demo county {County} loaded: schools {Created} new, {Unchanged} unchanged; alliances {AlliancesCreated} new, {AlliancesUnchanged} unchanged; rotation people {People}; county-town units {Units}; evaluation figures {Figures}, proposed ratings {Ratings}. {Hint}",
            CountyCode, schoolReport.Created, schoolReport.Unchanged, allianceReport.Created, allianceReport.Unchanged, staff, units, figureRows, ratingRows,
            environment.IsDevelopment()
                ? $"Get a token with POST /dev/token {{\"roles\":[\"county-admin\"],\"counties\":[\"{CountyCode}\"]}} and open /swagger."
                : "");
    }

    /// <summary>
    /// Waits until rotation's copy of the schools and alliances is complete (it arrives over the bus), then imports the
    /// generated roster, once. Returns how many people rotation has.
    /// </summary>
    async Task<int> LoadPeopleAsync(int schoolCount, CancellationToken ct)
    {
        var on = Rotation.Domain.Eligibility.ReferenceDate(RosterYear);
        var existing = await rotation.ReadAsync(async s => (await s.ActivePeopleAsync(CountyCode)).Count, ct);
        if (existing > 0)
        {
            return existing;
        }

        // The roster's size follows each school's students, so the terms must have arrived too, not only the schools.
        await WaitForOrganizationCopyAsync(rotation, schoolCount, on, ct);

        if (await rotationSettings.SaveAsync(new Rotation.Domain.RotationSettings { CountyCode = CountyCode, Preset = Rotation.Domain.RotationPolicyPresets.Xishui }, Actor, ct)
            is Outcome<Rotation.Domain.RotationSettings>.Stale)
        {
            logger.LogInformation("Demo county {County} rotation settings are already set", CountyCode);
        }

        var (roster, codes) = await rotation.ReadAsync(async s =>
        {
            var known = await s.KnownSchoolsAsync(CountyCode);
            var terms = await s.AutumnTermsAsync(CountyCode, RosterYear - 1);
            var cores = (await s.AlliancesOnAsync(CountyCode, on)).Select(a => a.Alliance.CoreSchoolId).ToHashSet();
            return (known.Select(x => new RosterSchool(x.Id, x.Code, x.Stage, x.Locality, terms.TryGetValue(x.Id, out var t) ? t.Students : 0, cores.Contains(x.Id))).ToList(),
                known.ToDictionary(x => x.Id, x => x.Code));
        }, ct);
        var generated = SyntheticRoster.Generate(CountyCode, roster, RosterSeed, on);
        var csv = System.Text.Encoding.UTF8.GetBytes(SyntheticRoster.ToCsv(generated, codes));
        var outcome = await people.ImportAsync(CountyCode, "people.csv", csv, Actor, ct);
        return outcome is Outcome<Rotation.Application.PeopleImportReport>.Ok ok
            ? ok.Result.New + ok.Result.Updated
            : throw new InvalidOperationException($"The demo roster was refused: {outcome.Describe()}");
    }

    /// <summary>
    /// Once evaluation has the schools and alliances from the bus: generated figures for the school years before and of
    /// the roster (<see cref="Evaluation.Demo.SyntheticFigures"/>) and the ratings schools propose for the roster year, for
    /// every person rotation has, through evaluation's imports.
    /// </summary>
    async Task<(int Figures, int Ratings)> LoadEvaluationAsync(int schoolCount, CancellationToken ct)
    {
        var on = Evaluation.Application.CountyYear.JudgedOn(RosterYear);
        await WaitForOrganizationCopyAsync(evaluation, schoolCount, on, ct);

        var schools = await evaluation.ReadAsync(async s =>
        {
            var terms = await s.AutumnTermsAsync(CountyCode, RosterYear - 1);
            var alliances = await s.AlliancesOnAsync(CountyCode, on);
            var cores = alliances.Select(a => a.Alliance.CoreSchoolId).ToHashSet();
            var members = alliances.SelectMany(a => a.Campuses).Where(c => !cores.Contains(c)).ToHashSet();
            return (await s.KnownSchoolsAsync(CountyCode)).Select(x => new Evaluation.Demo.FigureSchool(x.Code, x.Stage, x.Locality, x.SchoolType,
                terms.TryGetValue(x.Id, out var t) ? t.Students : 0, cores.Contains(x.Id), members.Contains(x.Id))).Where(x => x.Students > 0).ToList();
        }, ct);
        var figureCsv = Evaluation.Demo.SyntheticFigures.ToCsv(schools, RosterYear - 1, RosterSeed);
        var figureOutcome = await figures.ImportAsync(CountyCode, "figures.csv", System.Text.Encoding.UTF8.GetBytes(figureCsv), Actor, ct);
        var figureRows = figureOutcome is Outcome<Evaluation.Application.FiguresImportReport>.Ok fo
            ? fo.Result.Rows : throw new InvalidOperationException($"The demo figures were refused: {figureOutcome.Describe()}");

        var people = await rotation.ReadAsync(async s =>
        {
            var codes = (await s.KnownSchoolsAsync(CountyCode)).ToDictionary(x => x.Id, x => x.Code);
            return (await s.ActivePeopleAsync(CountyCode)).Select(p => new Evaluation.Demo.RatedPerson(p.Id, p.Name, codes[p.CurrentSchoolId], WireEnum.Text(p.Role))).ToList();
        }, ct);
        var ratingsCsv = Evaluation.Demo.SyntheticFigures.RatingsCsv(people, RosterSeed);
        var ratingOutcome = await ratings.ImportAsync(CountyCode, RosterYear, "ratings.csv", System.Text.Encoding.UTF8.GetBytes(ratingsCsv), Actor, ct);
        return (figureRows, ratingOutcome is Outcome<Evaluation.Application.RatingsImportReport>.Ok ro
            ? ro.Result.Rows : throw new InvalidOperationException($"The demo ratings were refused: {ratingOutcome.Describe()}"));
    }

    /// <summary>Waits until a service's copy of the demo schools, their terms and the 21 alliances has arrived over the bus.</summary>
    static async Task WaitForOrganizationCopyAsync(Persistence.ServiceDatabase database, int schoolCount, DateOnly on, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var (known, terms, alliances) = await database.ReadAsync(async s => ((await s.KnownSchoolsAsync(CountyCode)).Count,
                (await s.AutumnTermsAsync(CountyCode, RosterYear - 1)).Count, (await s.AlliancesOnAsync(CountyCode, on)).Count), ct);
            if (known >= schoolCount && terms >= schoolCount && alliances >= DemoAlliances)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"{database.ServiceName} knows {known} of {schoolCount} demo schools, {terms} of their terms and {alliances} of {DemoAlliances} alliances after 90 s.");
            }

            await Task.Delay(200, ct);
        }
    }

    /// <summary>The county town's residential units for zoning (<c>demo/units.csv</c>, made by tools/demo-data/county_town_units.py).</summary>
    async Task<int> LoadTownUnitsAsync(string folder, CancellationToken ct)
    {
        var outcome = await zoningUnits.ImportAsync(CountyCode, "units.csv", await File.ReadAllBytesAsync(Path.Combine(folder, "units.csv"), ct), Actor, ct);
        return outcome is Outcome<Zoning.Application.UnitImportReport>.Ok ok
            ? ok.Result.Rows
            : throw new InvalidOperationException($"Demo file units.csv was refused: {outcome.Describe()}");
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
