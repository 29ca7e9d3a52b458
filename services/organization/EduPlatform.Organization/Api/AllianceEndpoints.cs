using System.Text.Json;
using System.Security.Claims;
using EduPlatform.Kernel;
using EduPlatform.Organization.Application;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Organization.Api;

static class AllianceEndpoints
{
    public static void Map(RouteGroupBuilder county)
    {
        var alliances = county.MapGroup("/alliances").WithTags("Alliances");

        alliances.MapGet("", ListAlliances).WithName(nameof(ListAlliances))
            .WithSummary("The county's alliances with their campuses; ?on=date for those active that day, ?includeDissolved=true for all.");

        alliances.MapGet("/{id:guid}", GetAlliance).WithName(nameof(GetAlliance))
            .WithSummary("One alliance: campuses with their executive principals, former campuses, and its sign.");

        alliances.MapPost("", FormNewAlliance).WithName(nameof(FormNewAlliance)).RequireAuthorization(OrganizationPolicies.Write)
          .WithSummary("Forms an alliance. A composition rule of the county's policy that is broken answers 409 naming the rule.");

        alliances.MapGet("/export.xlsx", ExportAlliances).WithName(nameof(ExportAlliances)).ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The alliance roster (教联体名册) as .xlsx to print: each alliance's campuses, roles and executive principals.");

        alliances.MapPost("/import/rows", ImportAllianceRows).WithName(nameof(ImportAllianceRows))
            .RequireAuthorization(OrganizationPolicies.Write).ForRowsOf(AllianceRosterImport.Sheet)
            .WithSummary("Imports an alliance roster sent as JSON rows (the roster file's fields): the same rules, all or nothing.");

        alliances.MapPost("/import", ImportAlliances).WithName(nameof(ImportAlliances)).Journaled(AllianceRosterImport.Sheet)
            .RequireAuthorization(OrganizationPolicies.Write)
            .DisableAntiforgery()
            .WithSummary("Imports an alliance roster (.xlsx or .csv) naming core and member schools by code; all rules apply; all or nothing.");

        alliances.MapPut("/{id:guid}", ChangeAllianceDetails).WithName(nameof(ChangeAllianceDetails))
            .RequireAuthorization(OrganizationPolicies.Write)
            .WithSummary("Changes the alliance's name, charter, agreement filing date or party organisation.");

        alliances.MapPost("/{id:guid}/members", JoinAlliance).WithName(nameof(JoinAlliance))
            .RequireAuthorization(OrganizationPolicies.Write).WithSummary("A school joins the alliance on a date.");

        alliances.MapPost("/{id:guid}/members/{schoolId:guid}/leave", LeaveAlliance).WithName(nameof(LeaveAlliance))
            .RequireAuthorization(OrganizationPolicies.Write).WithSummary("A member school leaves the alliance on a date.");

        alliances.MapPost("/{id:guid}/dissolve", DissolveAlliance).WithName(nameof(DissolveAlliance))
            .RequireAuthorization(OrganizationPolicies.Write).WithSummary("Dissolves the alliance on a date; its history stays queryable.");

        alliances.MapPut("/{id:guid}/campuses/{schoolId:guid}/executive-principal", SetExecutivePrincipal).WithName(nameof(SetExecutivePrincipal))
            .RequireAuthorization(OrganizationPolicies.CampusWrite)
            .WithSummary("Names (or clears) the executive principal (执行校长) of a campus.");
    }

    static async Task<Results<Ok<AllianceView>, Created<AllianceView>, ProblemHttpResult>> ViewAsync(
        Outcome<Alliance> outcome, OrganizationDatabase db, string countyCode, Func<Alliance, string>? createdAt, CancellationToken ct)
    {
        if (outcome is not Outcome<Alliance>.Ok ok)
        {
            return outcome.ToProblem();
        }

        var schools = await db.ReadAsync(s => SchoolsOf(s, countyCode, [ok.Result]), ct);
        var view = AllianceView.From(ok.Result, schools);
        return createdAt is null ? TypedResults.Ok(view) : TypedResults.Created(createdAt(ok.Result), view);
    }

    internal static async Task<IReadOnlyDictionary<Guid, School>> SchoolsOf(DbSession s, string countyCode, IReadOnlyList<Alliance> alliances)
    {
        var ids = alliances.SelectMany(a => a.Memberships.Select(m => m.SchoolId)).Distinct().ToList();
        return (await s.FindSchoolsAsync(countyCode, ids)).ToDictionary(x => x.Id);
    }

    static async Task<Results<Ok<List<AllianceView>>, ProblemHttpResult>> ListAlliances(
        string countyCode, string? kind, string? stage, DateOnly? on, bool? includeDissolved, OrganizationDatabase db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = new AllianceQuery(WireEnum.Optional<AllianceKind>(kind, "kind", errors), WireEnum.Optional<Stage>(stage, "stage", errors),
            on, includeDissolved ?? false);
        return errors.Count > 0
            ? Problems.Invalid(errors)
            : Reply.Ok(await db.ReadAsync(async s =>
            {
                var list = await s.ListAlliancesAsync(countyCode, query);
                var schools = await SchoolsOf(s, countyCode, list);
                return list.Select(a => AllianceView.From(a, schools)).ToList();
            }, ct));
    }

    static async Task<Results<Ok<AllianceView>, ProblemHttpResult>> GetAlliance(string countyCode, Guid id, OrganizationDatabase db, CancellationToken ct) =>
        await db.ReadAsync(async s => await s.FindAllianceAsync(countyCode, id) is { } a
            ? Reply.Ok(AllianceView.From(a, await SchoolsOf(s, countyCode, [a])))
            : Problems.NotFound(Texts.AllianceNotFound(id)), ct);

    static async Task<Results<Ok<AllianceView>, Created<AllianceView>, ProblemHttpResult>> FormNewAlliance(
        string countyCode, FormAllianceRequest body, ClaimsPrincipal user, AllianceService service, OrganizationDatabase db, CancellationToken ct)
    {
        var command = new FormAlliance(body.Name ?? "", body.Kind!.Value, body.CoreSchoolId!.Value, body.MemberSchoolIds ?? [],
            body.FormedOn!.Value, body.Charter, body.AgreementFiledOn, body.PartyOrganization);
        var outcome = await service.FormAsync(countyCode, command, user.ActorName(), ct);
        return await ViewAsync(outcome, db, countyCode, a => $"/api/organization/counties/{countyCode}/alliances/{a.Id}", ct);
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAlliances(string countyCode, OrganizationExports exports, CancellationToken ct) =>
        await exports.AlliancesAsync(countyCode, ct) is { } file
            ? TypedResults.File(file, FileDownloads.Xlsx, $"{countyCode}-教联体名册.xlsx")
            : Problems.NotFound(Texts.CountyNotSetUp(countyCode));

    static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAllianceRows(
        string countyCode, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, AllianceRosterImport import, CancellationToken ct) =>
        await ImportEndpoints.ImportRowsAsync(AllianceRosterImport.Sheet, rows, table => import.ImportAsync(countyCode, table, user.ActorName(), ct));

    static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAlliances(
        string countyCode, IFormFile? file, ClaimsPrincipal user, AllianceRosterImport import, CancellationToken ct) =>
        await Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, name, bytes, user.ActorName(), ct));

    static async Task<Results<Ok<AllianceView>, Created<AllianceView>, ProblemHttpResult>> ChangeAllianceDetails(
        string countyCode, Guid id, AllianceDetailsRequest body, ClaimsPrincipal user, AllianceService service, OrganizationDatabase db,
        CancellationToken ct) =>
        await ViewAsync(await service.UpdateDetailsAsync(countyCode, id,
            new AllianceDetailsChange(body.Name ?? "", body.Charter, body.AgreementFiledOn, body.PartyOrganization, body.Version!.Value),
            user.ActorName(), ct), db, countyCode, null, ct);

    static async Task<Results<Ok<AllianceView>, Created<AllianceView>, ProblemHttpResult>> JoinAlliance(
        string countyCode, Guid id, JoinRequest body, ClaimsPrincipal user, AllianceService service, OrganizationDatabase db, CancellationToken ct) =>
        await ViewAsync(await service.JoinAsync(countyCode, id, body.SchoolId!.Value, body.EffectiveOn!.Value, body.Version!.Value, user.ActorName(), ct),
            db, countyCode, null, ct);

    static async Task<Results<Ok<AllianceView>, Created<AllianceView>, ProblemHttpResult>> LeaveAlliance(
        string countyCode, Guid id, Guid schoolId, DatedChangeRequest body, ClaimsPrincipal user, AllianceService service, OrganizationDatabase db,
        CancellationToken ct) =>
        await ViewAsync(await service.LeaveAsync(countyCode, id, schoolId, body.EffectiveOn!.Value, body.Version!.Value, user.ActorName(), ct),
            db, countyCode, null, ct);

    static async Task<Results<Ok<AllianceView>, Created<AllianceView>, ProblemHttpResult>> DissolveAlliance(
        string countyCode, Guid id, DatedChangeRequest body, ClaimsPrincipal user, AllianceService service, OrganizationDatabase db,
        CancellationToken ct) =>
        await ViewAsync(await service.DissolveAsync(countyCode, id, body.EffectiveOn!.Value, body.Version!.Value, user.ActorName(), ct),
            db, countyCode, null, ct);

    static async Task<Results<Ok<AllianceView>, Created<AllianceView>, ProblemHttpResult>> SetExecutivePrincipal(string countyCode, Guid id, Guid schoolId,
            ExecutivePrincipalRequest body, ClaimsPrincipal user, AllianceService service, OrganizationDatabase db, CancellationToken ct) =>
        !user.MayActForAlliance(id, Roles.CountyAdmin, Roles.ProvinceAdmin)
            ? (Results<Ok<AllianceView>, Created<AllianceView>, ProblemHttpResult>)Problems.Forbidden(
                Texts.NotYourAlliance(id))
            : await ViewAsync(await service.SetExecutivePrincipalAsync(countyCode, id, schoolId, body.Name, body.Version!.Value, user.ActorName(), ct),
                db, countyCode, null, ct);
}
