using System.Text.Json;
using System.ComponentModel;
using System.Security.Claims;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.OrganizationCopy;
using EduPlatform.Staffing.Application;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Staffing.Api;

// A parameter without a default is a required field (RequiredFields): the schema marks it and a body without it is a 400.

public sealed record MovesRequest(
    [property: Description("the plan version you read (0 for a new plan)")] int? Version,
    [property: Description("posts moved to (+) or from (−) each stage, e.g. {\"primary\": -20, \"kindergarten\": 20}")] IReadOnlyDictionary<string, int>? Moves = null);

public sealed record ApproveRequest([property: Description("the plan version you read")] int? Version);

public sealed record SettingsRequest(
    [property: Description("the national standard when left out")] string? StandardPreset = null,
    decimal? VillageStaffPerClass = null,
    decimal? KindergartenFullDayRatio = null,
    decimal? KindergartenHalfDayRatio = null,
    [property: Description("children per teaching and care staff, full day 7–9 (default 8, the middle of the range)")] decimal? KindergartenFullDayCareRatio = null,
    [property: Description("children per teaching and care staff, half day 11–13 (default 12)")] decimal? KindergartenHalfDayCareRatio = null,
    QuotaRounding? Rounding = null,
    int? CountyTotal = null,
    [property: Description("the version you read; leave out for the first save")] int? Version = null);

/// <summary>Who may change staffing: the staffing office (编办), the bureau, the province.</summary>
public static class StaffingPolicies
{
    public const string Write = "staffing.write";

    /// <summary>Post structure (岗位设置) is the HR bureau's (人社局) [000][004].</summary>
    public const string Posts = "staffing.posts";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Write, p => p.RequireRole(Roles.StaffingOffice, Roles.CountyAdmin, Roles.ProvinceAdmin));
        options.AddPolicy(Posts, p => p.RequireRole(Roles.HrBureau, Roles.CountyAdmin, Roles.ProvinceAdmin));
    }
}

/// <summary>A change to a school's actual staff from rotation's events; Applied is false when a later import already counted it.</summary>
public sealed record HeadCountChangeView(Guid EventId, Guid SchoolId, StaffingStage Stage, int Delta, string Reason, Guid PersonId, DateTimeOffset OccurredAt, bool Applied);

public sealed record PostStructureRequest(
    [property: Description("the structure version you read (0 for none)")] int? Version,
    int? Senior = null, int? Middle = null, int? Junior = null);

public sealed record OutsidePostRequest(
    [property: Description("at most 50 characters")] string? Name,
    PostLevel? Level,
    OutsidePostReason? Reason,
    [property: Description("the honour, for reason honour")] string? Honour = null,
    [property: Description("years served at rural schools, for reason long-rural-service-near-retirement")] int? RuralServiceYears = null,
    DateOnly? RetirementDate = null);

static class StaffingEndpoints
{

    public static void Map(RouteGroupBuilder county)
    {
        county.MapGet("/settings", GetStaffingSettings).WithName(nameof(GetStaffingSettings))
            .WithSummary("The county's staffing standard and the choices the standard leaves to it (version 0: national defaults, not yet saved).");

        county.MapPut("/settings", SaveStaffingSettings).WithName(nameof(SaveStaffingSettings)).RequireAuthorization(StaffingPolicies.Write)
          .WithSummary("Sets the standard preset, village class ratio, kindergarten ratios (within the 2013 ranges), rounding and county total.");

        county.MapGet("/quotas/{schoolYear:int}", GetQuotaTable).WithName(nameof(GetQuotaTable))
            .WithSummary("Standard quotas for a school year from its autumn statistics: fused alliances pooled, every figure explained.");

        county.MapGet("/plans/{schoolYear:int}", GetStaffingPlan).WithName(nameof(GetStaffingPlan))
            .WithSummary("The county plan: standard quotas against the county total, the moves between stages, and each pool's share.");

        county.MapPut("/plans/{schoolYear:int}/moves", SetStaffingMoves).WithName(nameof(SetStaffingMoves)).RequireAuthorization(StaffingPolicies.Write)
          .WithSummary("Moves quota between stages (e.g. {\"primary\": -20, \"kindergarten\": 20}); a plan over the county total is refused with the numbers.");

        county.MapPost("/plans/{schoolYear:int}/approve", ApproveStaffingPlan).WithName(nameof(ApproveStaffingPlan))
            .RequireAuthorization(StaffingPolicies.Write)
            .WithSummary("Approves the plan: each pool's quota is fixed and StaffingQuotaApproved is published per alliance and school.");

        county.MapGet("/quotas/{schoolYear:int}/export", ExportQuotaTable).WithName(nameof(ExportQuotaTable))
            .ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The quota table as .xlsx with Chinese headers: every school line with its rule and source.");

        county.MapGet("/plans/{schoolYear:int}/export", ExportStaffingPlan).WithName(nameof(ExportStaffingPlan))
            .ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The county plan as .xlsx with Chinese headers: standard and planned posts per pool and stage.");

        county.MapGet("/posts", ListPostPools).WithName(nameof(ListPostPools))
            .WithSummary("Post structure per pool: senior, middle and junior posts, holders, listed people outside the posts, and free posts.");

        county.MapPut("/posts/{poolKey}", SetPostStructure).WithName(nameof(SetPostStructure))
            .RequireAuthorization(StaffingPolicies.Posts)
            .WithSummary("Sets a pool's senior, middle and junior professional post numbers (pool keys as in GET /posts).");

        county.MapPost("/posts/{poolKey}/outside", AddOutsidePostHolder).WithName(nameof(AddOutsidePostHolder)).RequireAuthorization(StaffingPolicies.Posts)
          .WithSummary("Lists a person who holds a level without a post of the pool: a national or provincial honour, or 30+ rural years and under 3 to retirement [000].");

        county.MapDelete("/posts/outside/{id:guid}", RemoveOutsidePostHolder).WithName(nameof(RemoveOutsidePostHolder))
            .RequireAuthorization(StaffingPolicies.Posts);

        county.MapPost("/subject-staff/import/rows", ImportSubjectStaffRows).WithName(nameof(ImportSubjectStaffRows))
            .RequireAuthorization(StaffingPolicies.Write).ForRowsOf(SubjectStaffImport.Sheet)
            .WithSummary("Imports subject teachers sent as JSON rows (the file's fields): the same checks, all or nothing.");

        county.MapPost("/head-counts/import/rows", ImportHeadCountRows).WithName(nameof(ImportHeadCountRows))
            .RequireAuthorization(StaffingPolicies.Write).ForRowsOf(HeadCountImport.Sheet)
            .WithSummary("Imports actual staff sent as JSON rows (the file's fields): the same checks, all or nothing.");

        county.MapPost("/subject-staff/import", ImportSubjectStaff).WithName(nameof(ImportSubjectStaff)).Journaled(SubjectStaffImport.Sheet)
            .RequireAuthorization(StaffingPolicies.Write)
            .DisableAntiforgery()
            .WithSummary("Imports teachers per school, stage and subject: specialists (专任) and non-specialists (兼任); all or nothing.");

        county.MapGet("/recruitment", GetRecruitmentDraft).WithName(nameof(GetRecruitmentDraft))
            .WithSummary("Draft recruitment plan for the next year from the vacancies, scarce subjects first; PE, music and art coverage per stage.");

        county.MapGet("/recruitment/export", ExportRecruitmentDraft).WithName(nameof(ExportRecruitmentDraft)).ProducesFile(FileDownloads.Xlsx).WithSummary("The draft recruitment plan as .xlsx with Chinese headers.");

        county.MapGet("/vacancies", GetVacancies).WithName(nameof(GetVacancies))
            .WithSummary("Vacancies of the latest approved plan: approved quota minus actual staff, per pool and stage.");

        county.MapPost("/head-counts/import", ImportHeadCounts).WithName(nameof(ImportHeadCounts)).Journaled(HeadCountImport.Sheet)
          .RequireAuthorization(StaffingPolicies.Write)
          .DisableAntiforgery()
          .WithSummary("Imports actual staff per school (and stage, for nine-year schools); vacancies are recomputed and crossings published.");

        county.MapGet("/head-counts/changes", ListHeadCountChanges).WithName(nameof(ListHeadCountChanges))
            .WithSummary("Changes to actual staff from rotation's hires, departures, placements and returns, newest first; applied = false when a later import already counted it.");
    }

    static async Task<Ok<StaffingSettings>> GetStaffingSettings(string countyCode, StaffingDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(s => s.SettingsAsync(countyCode), ct));

    static async Task<Results<Ok<StaffingSettings>, ProblemHttpResult>> SaveStaffingSettings(
        string countyCode, SettingsRequest body, ClaimsPrincipal user, CountySettingsStore<StaffingSettings> service, CancellationToken ct)
    {
        var defaults = StaffingSettings.DefaultFor(countyCode);
        var requested = defaults with
        {
            StandardPreset = body.StandardPreset ?? defaults.StandardPreset,
            VillageStaffPerClass = body.VillageStaffPerClass,
            KindergartenFullDayRatio = body.KindergartenFullDayRatio ?? defaults.KindergartenFullDayRatio,
            KindergartenHalfDayRatio = body.KindergartenHalfDayRatio ?? defaults.KindergartenHalfDayRatio,
            KindergartenFullDayCareRatio = body.KindergartenFullDayCareRatio ?? defaults.KindergartenFullDayCareRatio,
            KindergartenHalfDayCareRatio = body.KindergartenHalfDayCareRatio ?? defaults.KindergartenHalfDayCareRatio,
            Rounding = body.Rounding ?? defaults.Rounding,
            CountyTotal = body.CountyTotal,
            Version = body.Version ?? 0,
        };
        return (await service.SaveAsync(requested, user.ActorName(), ct)).ToOk();
    }

    static async Task<Ok<QuotaTable>> GetQuotaTable(string countyCode, int schoolYear, QuotaTables tables, CancellationToken ct) =>
        TypedResults.Ok(await tables.ComputeAsync(countyCode, schoolYear, ct));

    static async Task<Ok<PlanView>> GetStaffingPlan(string countyCode, int schoolYear, PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.ViewAsync(countyCode, schoolYear, ct));

    static async Task<Results<Ok<PlanView>, ProblemHttpResult>> SetStaffingMoves(string countyCode, int schoolYear, MovesRequest body, ClaimsPrincipal user,
            PlanService plans, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var moves = new Dictionary<StaffingStage, int>();
        foreach (var (stage, move) in body.Moves ?? new Dictionary<string, int>())
        {
            if (WireEnum.TryParse<StaffingStage>(stage, out var parsed)) { moves[parsed] = move; }
            else { errors.Add(new FieldError($"moves.{stage}", Texts.NotAMoveStage)); }
        }

        return errors.Count > 0
            ? Problems.Invalid(errors)
            : (await plans.SetMovesAsync(countyCode, schoolYear, moves, body.Version!.Value, user.ActorName(), ct)).ToOk();
    }

    static async Task<Results<Ok<PlanView>, ProblemHttpResult>> ApproveStaffingPlan(
        string countyCode, int schoolYear, ApproveRequest body, ClaimsPrincipal user, PlanService plans, CancellationToken ct) =>
        (await plans.ApproveAsync(countyCode, schoolYear, body.Version!.Value, user.ActorName(), ct)).ToOk();

    static async Task<IResult> ExportQuotaTable(string countyCode, int schoolYear, QuotaTables tables, StaffingDatabase db, CancellationToken ct)
    {
        var title = ExportTitle.For(await db.CountyNameAsync(countyCode, ct), Texts.QuotaSheet(schoolYear));
        return Results.File(StaffingExports.QuotaTable(await tables.ComputeAsync(countyCode, schoolYear, ct), title), FileDownloads.Xlsx, $"{countyCode}-{schoolYear}-核定编制.xlsx");
    }

    static async Task<IResult> ExportStaffingPlan(string countyCode, int schoolYear, PlanService plans, StaffingDatabase db, CancellationToken ct) =>
        Results.File(StaffingExports.Plan(await plans.ViewAsync(countyCode, schoolYear, ct),
            ExportTitle.For(await db.CountyNameAsync(countyCode, ct), Texts.PlanSheet(schoolYear))), FileDownloads.Xlsx, $"{countyCode}-{schoolYear}-编制计划.xlsx");

    static async Task<Ok<IReadOnlyList<PostPoolView>>> ListPostPools(string countyCode, PostService posts, CancellationToken ct) =>
        TypedResults.Ok(await posts.ViewAsync(countyCode, ct));

    static async Task<Results<Ok<PostPoolView>, ProblemHttpResult>> SetPostStructure(
        string countyCode, string poolKey, PostStructureRequest body, ClaimsPrincipal user, PostService posts, CancellationToken ct) =>
        (await posts.SetStructureAsync(countyCode, poolKey, new PostStructureChange(body.Senior ?? 0, body.Middle ?? 0, body.Junior ?? 0, body.Version!.Value),
            user.ActorName(), ct)).ToOk();

    static async Task<Results<Created<OutsidePostPerson>, ProblemHttpResult>> AddOutsidePostHolder(
        string countyCode, string poolKey, OutsidePostRequest body, ClaimsPrincipal user, PostService posts, CancellationToken ct)
    {
        var person = new OutsidePostPerson(Guid.CreateVersion7(), poolKey, body.Name?.Trim() ?? "", body.Level!.Value, body.Reason!.Value,
            body.Honour, body.RuralServiceYears, body.RetirementDate);
        return (await posts.AddOutsideAsync(countyCode, person, user.ActorName(), ct)).ToHttp(p => TypedResults.Created($"/api/staffing/counties/{countyCode}/posts", p));
    }

    static async Task<Results<NoContent, ProblemHttpResult>> RemoveOutsidePostHolder(
        string countyCode, Guid id, ClaimsPrincipal user, PostService posts, CancellationToken ct) =>
        await posts.RemoveOutsideAsync(countyCode, id, user.ActorName(), ct)
            ? (Results<NoContent, ProblemHttpResult>)TypedResults.NoContent()
            : Problems.NotFound(Texts.NoListedPerson(id));

    static async Task<Results<Ok<SubjectStaffReport>, ProblemHttpResult>> ImportSubjectStaff(
        string countyCode, IFormFile? file, ClaimsPrincipal user, SubjectStaffImport import, CancellationToken ct) =>
        await Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, name, bytes, user.ActorName(), ct));

    static async Task<Ok<RecruitmentDraft>> GetRecruitmentDraft(string countyCode, RecruitmentService recruitment, CancellationToken ct) =>
        TypedResults.Ok(await recruitment.DraftAsync(countyCode, ct));

    /// <summary>The draft rests on an approved plan's vacancies; without one there is nothing to export, and the clerk is told why.</summary>
    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportRecruitmentDraft(string countyCode, RecruitmentService recruitment, StaffingDatabase db, CancellationToken ct)
    {
        var draft = await recruitment.DraftAsync(countyCode, ct);
        return draft.BasedOnSchoolYear is null
            ? TypedResults.Problem(
                Texts.ApprovePlanFirst,
                statusCode: StatusCodes.Status409Conflict, title: Texts.NoApprovedPlan,
                type: Problems.RuleTypeBase + "approved-plan-first", extensions: new Dictionary<string, object?> { ["rule"] = "approved-plan-first" })
            : TypedResults.File(RecruitmentService.Export(draft, ExportTitle.For(await db.CountyNameAsync(countyCode, ct), Texts.RecruitmentSheet(draft.ForSchoolYear))), FileDownloads.Xlsx, $"{countyCode}-{draft.ForSchoolYear}-招聘计划草案.xlsx");
    }

    static async Task<Ok<VacancyTable>> GetVacancies(string countyCode, VacancyService vacancies, CancellationToken ct) =>
        TypedResults.Ok(await vacancies.ViewAsync(countyCode, ct));

    static async Task<Results<Ok<HeadCountReport>, ProblemHttpResult>> ImportHeadCountRows(
        string countyCode, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, HeadCountImport import, CancellationToken ct) =>
        await ImportEndpoints.ImportRowsAsync(HeadCountImport.Sheet, rows, table => import.ImportAsync(countyCode, table, user.ActorName(), ct));

    static async Task<Results<Ok<SubjectStaffReport>, ProblemHttpResult>> ImportSubjectStaffRows(
        string countyCode, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, SubjectStaffImport import, CancellationToken ct) =>
        await ImportEndpoints.ImportRowsAsync(SubjectStaffImport.Sheet, rows, table => import.ImportAsync(countyCode, table, user.ActorName(), ct));

    static async Task<Results<Ok<HeadCountReport>, ProblemHttpResult>> ImportHeadCounts(
        string countyCode, IFormFile? file, ClaimsPrincipal user, HeadCountImport import, CancellationToken ct) =>
        await Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, name, bytes, user.ActorName(), ct));

    static async Task<Ok<List<HeadCountChangeView>>> ListHeadCountChanges(string countyCode, int? limit, StaffingDatabase db, CancellationToken ct) =>
        TypedResults.Ok((await db.ReadAsync(s => s.HeadCountChangesAsync(countyCode, Math.Clamp(limit ?? 100, 1, 1000)), ct))
            .Select(c => new HeadCountChangeView(c.Change.EventId, c.Change.SchoolId, c.Change.Stage, c.Change.Delta, c.Change.Reason, c.Change.PersonId,
                c.Change.OccurredAt, c.Applied)).ToList());
}
