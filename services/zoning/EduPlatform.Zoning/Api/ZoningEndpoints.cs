using System.Text.Json;
using System.ComponentModel;
using System.Security.Claims;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Zoning.Application;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Zoning.Api;

public sealed record ZoningSettingsRequest(
    [property: Description("pupils per primary class; the national standard when left out")] int? PrimaryClassSize = null,
    [property: Description("pupils per junior class; the national standard when left out")] int? JuniorClassSize = null,
    [property: Description("the version you read; leave out for the first save")] int? Version = null);

/// <summary>Who may change zoning data: the bureau.</summary>
public static class ZoningPolicies
{
    public const string Write = "zoning.write";

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Write, p => p.RequireRole(Roles.CountyAdmin, Roles.ProvinceAdmin));
}

static class ZoningEndpoints
{
    public static void Map(RouteGroupBuilder county)
    {
        county.MapGet("/settings", GetZoningSettings).WithName(nameof(GetZoningSettings))
            .WithSummary("The class sizes seat supply is counted with (version 0: the standard 45 / 50, not yet saved).");

        county.MapPut("/settings", SaveZoningSettings).WithName(nameof(SaveZoningSettings))
            .RequireAuthorization(ZoningPolicies.Write)
            .WithSummary("Sets the county's class sizes (at most the standard's 45 primary and 50 junior).");

        county.MapPost("/units/import/rows", ImportUnitRows).WithName(nameof(ImportUnitRows))
            .RequireAuthorization(ZoningPolicies.Write).ForRowsOf(UnitImport.Sheet)
            .WithSummary("Imports residential units sent as JSON rows (the file's fields): the same checks, all or nothing.");

        county.MapPost("/units/import", ImportUnits).WithName(nameof(ImportUnits)).Journaled(UnitImport.Sheet)
            .RequireAuthorization(ZoningPolicies.Write).DisableAntiforgery()
            .WithSummary("Imports residential units (.xlsx/.csv: 编码, 名称, 类型, 乡镇, 纬度, 经度, 别名, 相邻, 年份, 小学新生, 初中新生); all or nothing.");

        county.MapGet("/units", ListUnits).WithName(nameof(ListUnits))
            .WithSummary("The county's residential units with their neighbours (and a year's expected entrants when schoolYear is given).");

        county.MapGet("/seats/{schoolYear:int}", GetSeatTable).WithName(nameof(GetSeatTable))
            .WithSummary("Entry seats per school and stage (planned entry classes × class size, and on what basis), against the units' expected entrants.");

        county.MapPut("/entry-classes/{schoolYear:int}", SetEntryClasses).WithName(nameof(SetEntryClasses))
            .RequireAuthorization(ZoningPolicies.Write)
            .WithSummary("The entry classes each school plans for the year (schools not listed use last autumn's entry grade); all or nothing.");

        county.MapPut("/admissions/{schoolYear:int}", SetAdmissions).WithName(nameof(SetAdmissions))
            .RequireAuthorization(ZoningPolicies.Write)
            .WithSummary("What each school admitted in the year and how many by its zone (replaces the year's rows; all or nothing).");

        county.MapGet("/reports/{schoolYear:int}", GetEnrolmentReview).WithName(nameof(GetEnrolmentReview))
            .WithSummary("The 2017 review's zoning items: nearby zoned admission per stage (planned and reported; 100% primary, ≥ 95% junior), classes over 45 / 50 and large classes (56+), schools over 2,000 / 2,500.");

        county.MapPost("/plans", DrawZonePlan).WithName(nameof(DrawZonePlan))
            .RequireAuthorization(ZoningPolicies.Write)
            .OneDrawPerCounty()
            .WithSummary("Draws a draft of a year's and stage's zones: every unit to one school (kind single) or to a zone of several schools with hot schools spread (kind multi); entrants within seats, short travel, contiguous zones, few changes from the published plan; the shortage by zone.");

        county.MapGet("/plans", ListZonePlans).WithName(nameof(ListZonePlans))
            .WithSummary("The county's zone plans (versions), newest first, without their units.");

        county.MapGet("/plans/{id:guid}", GetZonePlan).WithName(nameof(GetZonePlan))
            .WithSummary("One plan: each school's entrants against seats, each unit's school and distance.");

        county.MapGet("/plans/{id:guid}/compare", CompareZonePlan).WithName(nameof(CompareZonePlan))
            .WithSummary("Side by side with another version (default: the published plan it was drawn from): per school entrants and seats, per unit old and new school and distance.");

        county.MapGet("/plans/{id:guid}/export.xlsx", ExportZonePlanSheet).WithName(nameof(ExportZonePlanSheet))
            .ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The plan as .xlsx: 划片明细 (each unit's zone, schools, entrants, distance) and 片区汇总 (each zone's entrants, seats, shortage).");

        county.MapGet("/plans/{id:guid}/export.geojson", ExportZonePlanGeoJson).WithName(nameof(ExportZonePlanGeoJson))
            .ProducesFile(FileDownloads.GeoJson)
            .WithSummary("The plan as GeoJSON for the bureau's map: a point per unit with its zone and schools, a point per school, a hull polygon per zone.");

        county.MapPost("/plans/{id:guid}/approve", ApproveZonePlan).WithName(nameof(ApproveZonePlan))
            .RequireAuthorization(ZoningPolicies.Write)
            .WithSummary("The bureau approves a draft.");

        county.MapPost("/plans/{id:guid}/publish", PublishZonePlan).WithName(nameof(PublishZonePlan))
            .RequireAuthorization(ZoningPolicies.Write)
            .WithSummary("Publishes an approved plan (supersedes the year's and stage's earlier one); publishes ZonePlanPublished and SeatShortageFound per over-full zone.");
    }

    static async Task<Ok<ZoningSettings>> GetZoningSettings(string countyCode, ZoningDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(s => s.ZoningSettingsAsync(countyCode), ct));

    static async Task<Results<Ok<ZoningSettings>, ProblemHttpResult>> SaveZoningSettings(
        string countyCode, ZoningSettingsRequest body, ClaimsPrincipal user, CountySettingsStore<ZoningSettings> settings, CancellationToken ct) =>
        (await settings.SaveAsync(new ZoningSettings
        {
            CountyCode = countyCode, PrimaryClassSize = body.PrimaryClassSize ?? ZoningSettings.StandardPrimaryClassSize,
            JuniorClassSize = body.JuniorClassSize ?? ZoningSettings.StandardJuniorClassSize, Version = body.Version ?? 0,
        }, user.ActorName(), ct)).ToOk();

    static async Task<Results<Ok<UnitImportReport>, ProblemHttpResult>> ImportUnitRows(
        string countyCode, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, UnitImport import, PublishedZones published, CancellationToken ct)
    {
        var result = await ImportEndpoints.ImportRowsAsync(UnitImport.Sheet, rows, table => import.ImportAsync(countyCode, table, user.ActorName(), ct));
        published.Forget(countyCode);
        return result;
    }

    static async Task<Results<Ok<UnitImportReport>, ProblemHttpResult>> ImportUnits(
        string countyCode, IFormFile? file, ClaimsPrincipal user, UnitImport import, PublishedZones published, CancellationToken ct)
    {
        var result = await Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, name, bytes, user.ActorName(), ct));
        published.Forget(countyCode); // names and aliases the look-up matches may have changed
        return result;
    }

    static async Task<Ok<Page<ResidentialUnit>>> ListUnits(
        string countyCode, int? schoolYear, int? offset, int? limit, ZoningDatabase db, CancellationToken ct) =>
        TypedResults.Ok(Page<ResidentialUnit>.Of(await db.ReadAsync(s => s.UnitsAsync(countyCode, schoolYear), ct), Paging.From(offset, limit)));

    static async Task<Ok<SeatTable>> GetSeatTable(string countyCode, int schoolYear, SeatService seats, CancellationToken ct) =>
        TypedResults.Ok(await seats.TableAsync(countyCode, schoolYear, ct));

    static async Task<Results<Ok<SeatTable>, ProblemHttpResult>> SetEntryClasses(
        string countyCode, int schoolYear, IReadOnlyList<EntryClassesInput>? body, ClaimsPrincipal user, SeatService seats, CancellationToken ct) =>
        (await seats.PlanEntryClassesAsync(countyCode, schoolYear, body, user.ActorName(), ct)).ToOk();

    static async Task<Results<Ok<IReadOnlyList<Admission>>, ProblemHttpResult>> SetAdmissions(
        string countyCode, int schoolYear, IReadOnlyList<AdmissionInput>? body, ClaimsPrincipal user, ReviewService review, CancellationToken ct) =>
        (await review.SaveAdmissionsAsync(countyCode, schoolYear, body, user.ActorName(), ct)).ToOk();

    static async Task<Ok<EnrolmentReviewReport>> GetEnrolmentReview(string countyCode, int schoolYear, ReviewService review, CancellationToken ct) =>
        TypedResults.Ok(await review.ReportAsync(countyCode, schoolYear, ct));

    static async Task<Results<Created<StoredZonePlan>, ProblemHttpResult>> DrawZonePlan(
        string countyCode, ZonePlanRequest body, ClaimsPrincipal user, ZonePlanService plans, CancellationToken ct) =>
        (await plans.GenerateAsync(countyCode, body, user.ActorName(), ct)).ToHttp(plan => TypedResults.Created($"/api/zoning/counties/{countyCode}/plans/{plan.Id}", plan));

    static async Task<Ok<IReadOnlyList<StoredZonePlan>>> ListZonePlans(
        string countyCode, int? schoolYear, string? stage, ZoningDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(s => s.ZonePlansAsync(countyCode, schoolYear, stage), ct));

    static async Task<Results<Ok<StoredZonePlan>, ProblemHttpResult>> GetZonePlan(string countyCode, Guid id, ZoningDatabase db, CancellationToken ct) =>
        (await db.ReadAsync(s => s.ZonePlansAsync(countyCode, id: id, withAssignments: true), ct)).FirstOrDefault() is { } plan
            ? Reply.Ok(plan) : Problems.NotFound(Texts.PlanNotInCounty(id));

    static async Task<Results<Ok<ZonePlanComparison>, ProblemHttpResult>> CompareZonePlan(
        string countyCode, Guid id, Guid? with, ZonePlanService plans, CancellationToken ct) =>
        await plans.CompareAsync(countyCode, id, with, ct) is { } comparison ? Reply.Ok(comparison) : Problems.NotFound(Texts.PlanNotInCounty(id));

    static async Task<IResult> ExportZonePlanSheet(string countyCode, Guid id, ZonePlanExports exports, CancellationToken ct) =>
        await exports.XlsxAsync(countyCode, id, ct) is { } file
            ? Results.File(file.Content, FileDownloads.Xlsx, file.FileName)
            : Problems.NotFound(Texts.PlanNotInCounty(id));

    static async Task<IResult> ExportZonePlanGeoJson(string countyCode, Guid id, ZonePlanExports exports, CancellationToken ct) =>
        await exports.GeoJsonAsync(countyCode, id, ct) is { } file
            ? Results.File(file.Content, FileDownloads.GeoJson, file.FileName)
            : Problems.NotFound(Texts.PlanNotInCounty(id));

    static async Task<Results<Ok<StoredZonePlan>, ProblemHttpResult>> ApproveZonePlan(
        string countyCode, Guid id, ZonePlanDecision body, ClaimsPrincipal user, ZonePlanService plans, CancellationToken ct) =>
        (await plans.AdvanceAsync(countyCode, id, ZonePlanStatus.Approved, body, user.ActorName(), ct)).ToOk();

    static async Task<Results<Ok<StoredZonePlan>, ProblemHttpResult>> PublishZonePlan(
        string countyCode, Guid id, ZonePlanDecision body, ClaimsPrincipal user, ZonePlanService plans, PublishedZones published,
        CancellationToken ct) =>
        (await plans.AdvanceAsync(countyCode, id, ZonePlanStatus.Published, body, user.ActorName(), ct)).ToHttp(plan =>
        {
            published.Forget(countyCode);
            return TypedResults.Ok(plan);
        });
}
