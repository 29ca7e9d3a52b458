using EduPlatform.OrganizationCopy;
using EduPlatform.Spreadsheets;
using System.Text.Json;
using System.ComponentModel;
using System.Security.Claims;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Application;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Rotation.Api;

// A parameter without a default is a required field (RequiredFields): the schema marks it and a body without it is a 400.

public sealed record RotationSettingsRequest(
    [property: Description("national, wolong, tuanfeng, xishui or hubei; national when left out")] string? Preset = null,
    int? TeacherYearsAtSchool = null, int? PrincipalTermYears = null, decimal? MinShareOfEligible = null, decimal? BackboneMinShare = null,
    BackboneShareBase? BackboneShareBase = null, int? MenOverAge = null, int? WomenOverAge = null,
    [property: Description("whether 镇区 schools count as rural (乡村); the texts say 乡村, so left out = the preset's (no)")] bool? TownCountsAsRural = null,
    [property: Description("backbone share of the teachers rotating to rural schools, 0.20–1 (hubei 0.30)")] decimal? RuralBoundBackboneMinShare = null,
    [property: Description("exchangeTerm (the typical 3-year term, longer where a minimum stay says so) or minimumStay (the stay the text sets)")] TermBasis? TermBasis = null,
    [property: Description("the county extends the first-term exemption to vice-principals")] bool? FirstTermCoversVicePrincipals = null,
    [property: Description("the county extends the age exemption to principals and vice-principals")] bool? AgeCoversCadres = null,
    [property: Description("working days a plan's list is publicly noticed (公示) before approval, 0–30; 5 when left out")] int? NoticeWorkingDays = null,
    [property: Description("scarce-subject teachers teach itinerant (走教) across campuses; left out = the preset's (tuanfeng, xishui: yes)")] bool? ScarceSubjectsItinerant = null,
    [property: Description("transport allowance for itinerant teachers, yuan per km, 0–10; none when left out")] decimal? ItinerantAllowancePerKm = null,
    [property: Description("average road speed for itinerant travel times, 10–80 km/h; 30 when left out")] int? ItinerantSpeedKmh = null,
    [property: Description("road distance over the straight line between campuses, 1.0–3.0; 1.3 when left out")] decimal? ItinerantDetourFactor = null,
    [property: Description("core schools may also send to rural campuses of other alliances and outside them (县域内); no when left out")] bool? CrossAllianceMoves = null,
    [property: Description("the version you read; leave out for the first save")] int? Version = null);

public sealed record PersonLookup([property: Description("the 18-character resident identity number")] string IdNumber);

/// <summary>Who may change rotation data, and who sees identity numbers in full.</summary>
public static class RotationPolicies
{
    public const string Write = "rotation.write";
    /// <summary>Drawing plans, entering campus needs and reviewing: the bureau, and the alliance offices for their schools.</summary>
    public const string Review = "rotation.review";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Write, p => p.RequireRole(Roles.CountyAdmin, Roles.HrBureau, Roles.ProvinceAdmin));
        options.AddPolicy(Review, p => p.RequireRole(Roles.CountyAdmin, Roles.HrBureau, Roles.ProvinceAdmin, Roles.AllianceAdmin));
    }

    /// <summary>The alliances an alliance office acts for, or null when the user acts for the whole county.</summary>
    public static IReadOnlySet<Guid>? OfficeOf(ClaimsPrincipal user) =>
        user.IsAllianceOffice(Roles.CountyAdmin, Roles.HrBureau, Roles.ProvinceAdmin) ? user.Alliances() : null;

    /// <summary>The bureau's own step: approving a plan, or sending it back at that step.</summary>
    public static bool IsBureau(ClaimsPrincipal user) =>
        user.IsInRole(Roles.CountyAdmin) || user.IsInRole(Roles.HrBureau) || user.IsInRole(Roles.ProvinceAdmin);

    /// <summary>The bureau's personnel staff and the HR bureau handle identity numbers; everyone else sees them masked.</summary>
    public static bool SeesIdNumbers(ClaimsPrincipal user) =>
        user.IsInRole(Roles.CountyAdmin) || user.IsInRole(Roles.HrBureau) || user.IsInRole(Roles.ProvinceAdmin);
}

static class RotationEndpoints
{
    public static void Map(RouteGroupBuilder county)
    {
        county.MapGet("/settings", GetRotationSettings).WithName(nameof(GetRotationSettings))
            .WithSummary("The county's rotation preset and its own values (version 0: the national preset, not yet saved).");

        county.MapGet("/policy", GetRotationPolicy).WithName(nameof(GetRotationPolicy))
            .WithSummary("The rotation policy in force: the preset with the county's values applied.");

        county.MapPut("/settings", SaveRotationSettings).WithName(nameof(SaveRotationSettings))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("Picks a preset (national, wolong, tuanfeng, xishui, hubei) and the county's own values within the national floors.");

        county.MapGet("/schools", ListRotationSchools).WithName(nameof(ListRotationSchools))
            .WithSummary("The schools rotation knows from the organization service's events, with whether each is an alliance's core school today.");

        county.MapGet("/audit", ReadRotationAudit).WithName(nameof(ReadRotationAudit))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("Who changed what and when, newest first, with the record before and after (identity numbers masked).");

        county.MapGet("/people", ListPeople).WithName(nameof(ListPeople))
            .WithSummary("People in service, by school or name, a page at a time; identity numbers masked unless your role handles them.");

        county.MapGet("/people/{id:guid}", GetPerson).WithName(nameof(GetPerson)).WithSummary("One person with school history, statuses and wishes.");

        // A look-up by identity number is a POST: the number stays in the body, out of URLs, access logs and traces.
        county.MapPost("/people/lookup", LookUpPerson).WithName(nameof(LookUpPerson))
            .WithSummary("Finds a person by identity number (sent in the body, never in the URL); the number is masked in the answer unless your role handles it.");

        county.MapPost("/people", RegisterPerson).WithName(nameof(RegisterPerson))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("Registers a person already in service (no event).");

        county.MapPost("/hires", HirePerson).WithName(nameof(HirePerson))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("Registers a new recruit and publishes PersonHired (staffing counts the head).");

        county.MapPut("/people/{id:guid}", CorrectPerson).WithName(nameof(CorrectPerson))
          .RequireAuthorization(RotationPolicies.Write)
          .WithSummary("Corrects a person (send the version you read; a stale one is 409).");

        county.MapPost("/people/{id:guid}/leave", RecordLeaving).WithName(nameof(RecordLeaving))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("The person leaves the county's schools (retired, resigned, …); publishes PersonLeft.");

        county.MapGet("/people/export.xlsx", ExportPeople).WithName(nameof(ExportPeople)).ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The staff roster (教职工名册) as .xlsx to print; identity numbers masked unless the role handles them.");

        county.MapGet("/eligibility/{schoolYear:int}/export.xlsx", ExportEligibility).WithName(nameof(ExportEligibility)).ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The year's eligibility list (交流轮岗对象名单) as .xlsx to print: each person's status, rules and explanation.");

        county.MapPost("/people/import/rows", ImportPeopleRows).WithName(nameof(ImportPeopleRows))
            .RequireAuthorization(RotationPolicies.Write).ForRowsOf(PeopleImport.Sheet)
            .WithSummary("Imports the personnel roster sent as JSON rows (the roster file's fields): the same checks, all or nothing.");

        county.MapPost("/people/import", ImportPeople).WithName(nameof(ImportPeople)).Journaled(PeopleImport.Sheet)
            .RequireAuthorization(RotationPolicies.Write).DisableAntiforgery()
            .WithSummary("Imports the personnel roster (.xlsx/.csv, Chinese headers); all or nothing, every bad row reported.");

        county.MapGet("/eligibility/{schoolYear:int}", ListEligibility).WithName(nameof(ListEligibility)).WithSummary("Who must rotate, may rotate or is exempt in a school year (as of 1 September), each with rules, facts and sources.");

        county.MapGet("/people/{id:guid}/eligibility/{schoolYear:int}", GetPersonEligibility).WithName(nameof(GetPersonEligibility))
            .WithSummary("One person's eligibility with the explanation.");
    }

    /// <summary>The schools as they stand today, for showing people with their schools' names and localities.</summary>
    static Task<IReadOnlyDictionary<Guid, SchoolFacts>> TodayAsync(DbSession s, string countyCode) =>
        SchoolDirectory.FactsAsync(s, countyCode, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>A written person as the caller may see them (201 with its address when <paramref name="created"/>), or the failure.</summary>
    static async Task<Results<Ok<PersonView>, Created<PersonView>, ProblemHttpResult>> RespondAsync(
        Outcome<Person> outcome, bool created, string countyCode, ClaimsPrincipal user, RotationDatabase db, CancellationToken ct)
    {
        if (outcome is not Outcome<Person>.Ok { Result: var person })
        {
            return outcome.ToProblem();
        }

        var view = PersonView.Of(person, RotationPolicies.SeesIdNumbers(user), await db.ReadAsync(s => TodayAsync(s, countyCode), ct));
        return created ? TypedResults.Created($"/api/rotation/counties/{countyCode}/people/{person.Id}", view) : TypedResults.Ok(view);
    }

    static async Task<Ok<RotationSettings>> GetRotationSettings(string countyCode, RotationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(s => s.RotationSettingsAsync(countyCode), ct));

    static async Task<Ok<RotationPolicy>> GetRotationPolicy(string countyCode, RotationDatabase db, CancellationToken ct) =>
        TypedResults.Ok((await db.ReadAsync(s => s.RotationSettingsAsync(countyCode), ct)).ToPolicy());

    static async Task<Results<Ok<RotationSettings>, ProblemHttpResult>> SaveRotationSettings(
        string countyCode, RotationSettingsRequest body, ClaimsPrincipal user, CountySettingsStore<RotationSettings> service, CancellationToken ct) =>
        (await service.SaveAsync(new RotationSettings
        {
            CountyCode = countyCode, Preset = body.Preset ?? RotationPolicyPresets.National, TeacherYearsAtSchool = body.TeacherYearsAtSchool,
            PrincipalTermYears = body.PrincipalTermYears, MinShareOfEligible = body.MinShareOfEligible, BackboneMinShare = body.BackboneMinShare,
            BackboneShareBase = body.BackboneShareBase, MenOverAge = body.MenOverAge, WomenOverAge = body.WomenOverAge,
            TownCountsAsRural = body.TownCountsAsRural, RuralBoundBackboneMinShare = body.RuralBoundBackboneMinShare, TermBasis = body.TermBasis,
            FirstTermCoversVicePrincipals = body.FirstTermCoversVicePrincipals, AgeCoversCadres = body.AgeCoversCadres,
            NoticeWorkingDays = body.NoticeWorkingDays, ScarceSubjectsItinerant = body.ScarceSubjectsItinerant,
            ItinerantAllowancePerKm = body.ItinerantAllowancePerKm, ItinerantSpeedKmh = body.ItinerantSpeedKmh, ItinerantDetourFactor = body.ItinerantDetourFactor,
            CrossAllianceMoves = body.CrossAllianceMoves, Version = body.Version ?? 0,
        }, user.ActorName(), ct)).ToOk();

    static async Task<Ok<IOrderedEnumerable<SchoolFacts>>> ListRotationSchools(string countyCode, RotationDatabase db, CancellationToken ct) =>
        TypedResults.Ok((await db.ReadAsync(s => TodayAsync(s, countyCode), ct)).Values.OrderBy(x => x.Name));

    static async Task<Ok<Page<AuditEntry>>> ReadRotationAudit(
        string countyCode, string? entityType, string? entityId, int? offset, int? limit, RotationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAuditPageAsync(countyCode, entityType, entityId, offset, limit, ct));

    static async Task<Ok<Page<PersonView>>> ListPeople(
        string countyCode, Guid? schoolId, string? q, int? offset, int? limit, ClaimsPrincipal user, RotationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(async s =>
        {
            var schools = await TodayAsync(s, countyCode);
            var show = RotationPolicies.SeesIdNumbers(user);
            var matching = (await s.ActivePeopleAsync(countyCode))
                .Where(p => (schoolId is null || p.CurrentSchoolId == schoolId) && (string.IsNullOrWhiteSpace(q) || p.Name.Contains(q.Trim(), StringComparison.Ordinal)))
                .ToList();
            var page = Page<Person>.Of(matching, Paging.From(offset, limit));
            return new Page<PersonView>(page.Items.Select(p => PersonView.Of(p, show, schools)).ToList(), page.Total, page.Offset, page.Limit);
        }, ct));

    static async Task<Results<Ok<PersonView>, ProblemHttpResult>> GetPerson(
        string countyCode, Guid id, ClaimsPrincipal user, RotationDatabase db, CancellationToken ct)
    {
        var (person, schools) = await db.ReadAsync(async s =>
            (await s.FindPersonAsync(countyCode, id), await TodayAsync(s, countyCode)), ct);
        return person is null ? Problems.NotFound(Texts.NotInCounty(Texts.PersonEntity(id))) : Reply.Ok(PersonView.Of(person, RotationPolicies.SeesIdNumbers(user), schools));
    }

    static async Task<Results<Ok<PersonView>, ProblemHttpResult>> LookUpPerson(
        string countyCode, PersonLookup body, ClaimsPrincipal user, RotationDatabase db, CancellationToken ct)
    {
        var number = body.IdNumber.Trim().ToUpperInvariant();
        if (IdNumber.Problem(number) is { } problem)
        {
            return Problems.Validation(("idNumber", problem));
        }

        var (person, schools) = await db.ReadAsync(async s =>
            (await s.PersonIdByIdNumberAsync(countyCode, number) is { } id ? await s.FindPersonAsync(countyCode, id) : null, await TodayAsync(s, countyCode)), ct);
        return person is null ? Problems.NotFound(Texts.NoPersonWithIdNumber(IdNumber.Mask(number)))
            : Reply.Ok(PersonView.Of(person, RotationPolicies.SeesIdNumbers(user), schools));
    }

    static async Task<Results<Ok<PersonView>, Created<PersonView>, ProblemHttpResult>> RegisterPerson(
        string countyCode, PersonInput body, ClaimsPrincipal user, PeopleService people, RotationDatabase db, CancellationToken ct) =>
        await RespondAsync(await people.RegisterAsync(countyCode, body, newHire: false, user.ActorName(), ct), created: true, countyCode, user, db, ct);

    static async Task<Results<Ok<PersonView>, Created<PersonView>, ProblemHttpResult>> HirePerson(
        string countyCode, PersonInput body, ClaimsPrincipal user, PeopleService people, RotationDatabase db, CancellationToken ct) =>
        await RespondAsync(await people.RegisterAsync(countyCode, body, newHire: true, user.ActorName(), ct), created: true, countyCode, user, db, ct);

    static async Task<Results<Ok<PersonView>, Created<PersonView>, ProblemHttpResult>> CorrectPerson(
        string countyCode, Guid id, PersonChange body, ClaimsPrincipal user, PeopleService people, RotationDatabase db, CancellationToken ct) =>
        await RespondAsync(await people.UpdateAsync(countyCode, id, body, body.Version!.Value, user.ActorName(), ct), created: false, countyCode, user, db, ct);

    static async Task<Results<Ok<PersonView>, Created<PersonView>, ProblemHttpResult>> RecordLeaving(
        string countyCode, Guid id, LeaveRequest body, ClaimsPrincipal user, PeopleService people, RotationDatabase db, CancellationToken ct) =>
        await RespondAsync(await people.LeaveAsync(countyCode, id, body, user.ActorName(), ct), created: false, countyCode, user, db, ct);

    static Task<Results<Ok<PeopleImportReport>, ProblemHttpResult>> ImportPeopleRows(
        string countyCode, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, PeopleImport import, CancellationToken ct) =>
        ImportEndpoints.ImportRowsAsync(PeopleImport.Sheet, rows, table => import.ImportAsync(countyCode, table, user.ActorName(), ct));

    static Task<Results<Ok<PeopleImportReport>, ProblemHttpResult>> ImportPeople(
        string countyCode, IFormFile? file, ClaimsPrincipal user, PeopleImport import, CancellationToken ct) =>
        Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, name, bytes, user.ActorName(), ct));

    static async Task<FileContentHttpResult> ExportPeople(string countyCode, ClaimsPrincipal user, RotationDatabase db, CancellationToken ct)
    {
        var file = await db.ReadAsync(async s =>
        {
            var schools = await TodayAsync(s, countyCode);
            var show = RotationPolicies.SeesIdNumbers(user);
            var rows = (await s.ActivePeopleAsync(countyCode)).Select(p => (Person: p, View: PersonView.Of(p, show, schools)))
                .OrderBy(x => x.View.CurrentSchoolName, StringComparer.Ordinal).ThenBy(x => x.View.Name, StringComparer.Ordinal)
                .Select(x => (IReadOnlyList<object?>)
                [
                    x.View.Name, x.View.IdNumber, (string)Texts.GenderOf(x.View.Gender), (string)Texts.Role(x.View.Role), (string)Texts.Stage(x.View.Stage),
                    string.Join(Language.IsEnglish ? ", " : "、", x.View.Subjects.Select(subject => (string)Texts.Subject(subject))), x.View.Title,
                    (string)Texts.Backbone(x.View.Backbone), x.View.CurrentSchoolName, x.View.HiredOn.ToString("yyyy-MM-dd"),
                    x.Person.CurrentStint?.From.ToString("yyyy-MM-dd"),
                ]).ToList();
            return XlsxWriter.Write(Texts.StaffSheet, Texts.PeopleHeaders.Items, rows, ExportTitle.For(await s.CountyNameAsync(countyCode), Texts.PeopleTitle));
        }, ct);
        return TypedResults.File(file, FileDownloads.Xlsx, $"{countyCode}-教职工名册.xlsx");
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportEligibility(
        string countyCode, int schoolYear, string? status, Guid? schoolId, EligibilityService service, RotationDatabase db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var wanted = WireEnum.Optional<EligibilityStatus>(status, "status", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var report = await service.ReportAsync(countyCode, schoolYear, wanted, schoolId, ct);
        var rows = report.People.OrderBy(l => l.Status).ThenBy(l => l.SchoolName, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => (IReadOnlyList<object?>)
            [
                l.Name, l.SchoolName, (string)Texts.Role(l.Role), (string)Texts.Yes(l.Backbone), (string)Texts.Status(l.Status),
                string.Join(", ", l.Findings.Where(f => f.Effect == l.Status).Select(f => f.Rule)), l.Explanation,
            ]);
        var title = ExportTitle.For(await db.CountyNameAsync(countyCode, ct), Texts.EligibilityTitle(schoolYear));
        return TypedResults.File(XlsxWriter.Write(Texts.EligibilitySheet, Texts.EligibilityHeaders.Items, rows, title), FileDownloads.Xlsx,
            $"{countyCode}-{schoolYear}-交流轮岗对象名单.xlsx");
    }

    static async Task<Results<Ok<EligibilityReport>, ProblemHttpResult>> ListEligibility(
        string countyCode, int schoolYear, string? status, Guid? schoolId, EligibilityService service, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var wanted = WireEnum.Optional<EligibilityStatus>(status, "status", errors);
        return errors.Count > 0 ? Problems.Invalid(errors) : Reply.Ok(await service.ReportAsync(countyCode, schoolYear, wanted, schoolId, ct));
    }

    static async Task<Results<Ok<EligibilityLine>, ProblemHttpResult>> GetPersonEligibility(
        string countyCode, Guid id, int schoolYear, EligibilityService service, CancellationToken ct) =>
        await service.ForPersonAsync(countyCode, id, schoolYear, ct) is { } line ? Reply.Ok(line) : Problems.NotFound(Texts.NotInCounty(Texts.PersonEntity(id)));
}
