using EduPlatform.Organization.Application;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;

namespace EduPlatform.Organization.Api;

static class CountyEndpoints
{
    public static void Map(IEndpointRouteBuilder api, RouteGroupBuilder county)
    {
        api.MapGet("/counties", ListCounties).WithName(nameof(ListCounties)).RequireAuthorization().WithSummary("Counties the caller may see.");

        api.MapGet("/policy-presets", ListPolicyPresets).WithName(nameof(ListPolicyPresets))
            .RequireAuthorization().WithSummary("Alliance composition presets (Xishui, Tuanfeng, Wolong, national) with their sources.");

        county.MapGet("", GetCounty).WithName(nameof(GetCounty))
            .WithSummary("The county with its alliance policy in force.");

        county.MapPut("", SetUpCounty).WithName(nameof(SetUpCounty))
            .RequireAuthorization(OrganizationPolicies.Write)
            .WithSummary("Sets up the county (name, alliance policy preset and adjustments); send version to change it later.");

        county.MapGet("/audit", ReadOrganizationAudit).WithName(nameof(ReadOrganizationAudit))
            .RequireAuthorization(OrganizationPolicies.Write)
            .WithSummary("Who changed what and when, newest first, with the record before and after.");
    }

    static async Task<Ok<IEnumerable<CountyView>>> ListCounties(ClaimsPrincipal user, OrganizationDatabase db, CancellationToken ct)
    {
        var counties = await db.ReadAsync(s => s.ListCountiesAsync(), ct);
        return TypedResults.Ok(counties.Where(c => user.CanAccessCounty(c.Code)).Select(CountyView.From));
    }

    static Ok<Dictionary<string, AlliancePolicy>> ListPolicyPresets() =>
        TypedResults.Ok(AlliancePolicyPresets.Names.ToDictionary(n => n, n => AlliancePolicyPresets.Find(n)!));

    static async Task<Results<Ok<CountyView>, ProblemHttpResult>> GetCounty(string countyCode, OrganizationDatabase db, CancellationToken ct) =>
        await db.ReadAsync(s => s.FindCountyAsync(countyCode), ct) is { } c
            ? Reply.Ok(CountyView.From(c))
            : Problems.NotFound(Texts.CountyNotSetUp(countyCode));

    static async Task<Results<Ok<CountyView>, ProblemHttpResult>> SetUpCounty(
        string countyCode, CountyRequest body, ClaimsPrincipal user, CountyService service, CancellationToken ct) =>
        (await service.SetUpAsync(countyCode, new CountySetup(body.Name ?? "", body.PolicyPreset ?? "", body.PolicyOverrides, body.Version), user.ActorName(), ct))
            .ToHttp(c => TypedResults.Ok(CountyView.From(c)));

    static async Task<Ok<Page<AuditEntry>>> ReadOrganizationAudit(
        string countyCode, string? entityType, string? entityId, int? offset, int? limit, OrganizationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAuditPageAsync(countyCode, entityType, entityId, offset, limit, ct));
}
