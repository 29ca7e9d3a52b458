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

static class SchoolEndpoints
{
    public static void Map(RouteGroupBuilder county)
    {
        var schools = county.MapGroup("/schools").WithTags("Schools");

        schools.MapGet("", ListSchools).WithName(nameof(ListSchools)).WithSummary("Lists and searches the county's schools by stage, locality, township, type and name or code.");

        schools.MapGet("/{id:guid}", GetSchool).WithName(nameof(GetSchool));

        schools.MapPost("", RegisterSchool).WithName(nameof(RegisterSchool))
            .RequireAuthorization(OrganizationPolicies.Write).WithSummary("Registers a school.");

        schools.MapPut("/{id:guid}", ChangeSchool).WithName(nameof(ChangeSchool))
            .RequireAuthorization(OrganizationPolicies.Write).WithSummary("Changes a school's register entry (optimistic concurrency on version).");

        schools.MapPost("/import", ImportSchools).WithName(nameof(ImportSchools)).Journaled(SchoolRosterImport.Sheet)
            .RequireAuthorization(OrganizationPolicies.Write)
            .DisableAntiforgery()
            .WithSummary("Imports a school roster (.xlsx or .csv). Every bad row is reported; nothing is imported if any row is bad.");

        schools.MapGet("/export.xlsx", ExportSchools).WithName(nameof(ExportSchools)).ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The school roster (学校名册) as .xlsx to print: every school with its classifications and alliance, titled with the county's name.");

        schools.MapPost("/import/rows", ImportSchoolRows).WithName(nameof(ImportSchoolRows))
            .RequireAuthorization(OrganizationPolicies.Write).ForRowsOf(SchoolRosterImport.Sheet)
            .WithSummary("Imports a school roster sent as JSON rows (the roster file's fields): the same checks, all or nothing.");

        schools.MapPost("/terms/import/rows", ImportTermStatisticsRows).WithName(nameof(ImportTermStatisticsRows))
            .RequireAuthorization(OrganizationPolicies.Write).ForRowsOf(TermStatisticsImport.Sheet)
            .WithSummary("Imports term statistics sent as JSON rows (the file's fields): the same checks, all or nothing.");

        schools.MapPost("/terms/import", ImportTermStatistics).WithName(nameof(ImportTermStatistics)).Journaled(TermStatisticsImport.Sheet)
            .RequireAuthorization(OrganizationPolicies.Write)
            .DisableAntiforgery()
            .WithSummary("Imports term statistics (.xlsx or .csv): a row per school, term and grade, or per school and term for totals only; all or nothing.");

        schools.MapGet("/{id:guid}/terms", ListTerms).WithName(nameof(ListTerms))
            .WithSummary("The school's reported terms, newest first; each term as in the path that reports it (2024-autumn).");

        schools.MapPut("/{id:guid}/terms/{term}", ReportTerm).WithName(nameof(ReportTerm))
            .RequireAuthorization(OrganizationPolicies.Write).WithSummary("Reports (or corrects, with version) a school's statistics for a term such as 2024-autumn.");

        schools.MapGet("/{id:guid}/alliances", ListSchoolAlliances).WithName(nameof(ListSchoolAlliances))
            .WithSummary("The school's alliance history, or with ?on=2024-09-01 the alliance(s) it was in on that day.");
    }

    static async Task<Results<Ok<Page<School>>, ProblemHttpResult>> ListSchools(
        string countyCode, string? stage, string? locality, string? township, string? type, string? q, int? offset, int? limit,
        OrganizationDatabase db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var paging = Paging.From(offset, limit);
        var query = new SchoolQuery(
            WireEnum.Optional<Stage>(stage, "stage", errors), WireEnum.Optional<Locality>(locality, "locality", errors),
            string.IsNullOrWhiteSpace(township) ? null : township.Trim(), WireEnum.Optional<SchoolType>(type, "type", errors), q,
            paging.Offset, paging.Limit);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var (items, total) = await db.ReadAsync(s => s.SearchSchoolsAsync(countyCode, query), ct);
        return Reply.Ok(Page<School>.Of(items, total, paging));
    }

    static async Task<Results<Ok<School>, ProblemHttpResult>> GetSchool(string countyCode, Guid id, OrganizationDatabase db, CancellationToken ct) =>
        await db.ReadAsync(s => s.FindSchoolAsync(countyCode, id), ct) is { } school
            ? Reply.Ok(school)
            : Problems.NotFound(Texts.SchoolNotFound(id));

    static async Task<Results<Created<School>, ProblemHttpResult>> RegisterSchool(
        string countyCode, SchoolRequest body, ClaimsPrincipal user, SchoolService service, CancellationToken ct) =>
        (await service.RegisterAsync(countyCode, body.ToDetails(), user.ActorName(), ct))
            .ToHttp(s => TypedResults.Created($"/api/organization/counties/{countyCode}/schools/{s.Id}", s));

    static async Task<Results<Ok<School>, ProblemHttpResult>> ChangeSchool(
        string countyCode, Guid id, SchoolChangeRequest body, ClaimsPrincipal user, SchoolService service, CancellationToken ct) =>
        (await service.UpdateAsync(countyCode, id, body.ToDetails(), body.Version!.Value, user.ActorName(), ct)).ToOk();

    static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportSchools(
        string countyCode, IFormFile? file, ClaimsPrincipal user, SchoolRosterImport import, CancellationToken ct) =>
        await Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, name, bytes, user.ActorName(), ct));

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportSchools(string countyCode, OrganizationExports exports, CancellationToken ct) =>
        await exports.SchoolsAsync(countyCode, ct) is { } file
            ? TypedResults.File(file, FileDownloads.Xlsx, $"{countyCode}-学校名册.xlsx")
            : Problems.NotFound(Texts.CountyNotSetUp(countyCode));

    static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportSchoolRows(
        string countyCode, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, SchoolRosterImport import, CancellationToken ct) =>
        await ImportEndpoints.ImportRowsAsync(SchoolRosterImport.Sheet, rows, table => import.ImportAsync(countyCode, table, user.ActorName(), ct));

    static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportTermStatisticsRows(
        string countyCode, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, TermStatisticsImport import, CancellationToken ct) =>
        await ImportEndpoints.ImportRowsAsync(TermStatisticsImport.Sheet, rows, table => import.ImportAsync(countyCode, table, user.ActorName(), ct));

    static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportTermStatistics(
        string countyCode, IFormFile? file, ClaimsPrincipal user, TermStatisticsImport import, CancellationToken ct) =>
        await Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, name, bytes, user.ActorName(), ct));

    static async Task<Results<Ok<List<TermView>>, ProblemHttpResult>> ListTerms(string countyCode, Guid id, OrganizationDatabase db, CancellationToken ct) =>
        await db.ReadAsync(async s => await s.FindSchoolAsync(countyCode, id) is null
            ? Problems.NotFound(Texts.SchoolNotFound(id))
            : Reply.Ok((await s.ListTermsAsync(id)).Select(TermView.From).ToList()), ct);

    static async Task<Results<Ok<TermView>, ProblemHttpResult>> ReportTerm(string countyCode, Guid id, string term, TermRequest body, ClaimsPrincipal user,
            SchoolService service, CancellationToken ct) =>
        (await service.ReportTermAsync(countyCode, id, term, body.Students!.Value, body.Classes!.Value, body.Grades, body.Version, user.ActorName(), ct))
            .ToHttp(t => TypedResults.Ok(TermView.From(t)));

    static async Task<Results<Ok<IEnumerable<SchoolMembershipView>>, ProblemHttpResult>> ListSchoolAlliances(
        string countyCode, Guid id, DateOnly? on, OrganizationDatabase db, CancellationToken ct) =>
        await db.ReadAsync(async s =>
        {
            if (await s.FindSchoolAsync(countyCode, id) is null)
            {
                return Problems.NotFound(Texts.SchoolNotFound(id));
            }

            var history = await s.SchoolHistoryAsync(id);
            var selected = on is { } date
                ? history.Where(m => m.JoinedOn <= date && (m.LeftOn is null || m.LeftOn > date))
                : history;
            return Reply.Ok(selected.OrderBy(m => m.JoinedOn)
                .Select(m => new SchoolMembershipView(m.AllianceId, m.AllianceName, m.Kind, m.JoinedOn, m.LeftOn)));
        }, ct);
}
