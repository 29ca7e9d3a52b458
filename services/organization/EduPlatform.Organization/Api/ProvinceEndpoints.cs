using System.Security.Claims;
using EduPlatform.Kernel;
using EduPlatform.Organization.Application;
using EduPlatform.Organization.Domain;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Organization.Api;

/// <summary>The province's view of alliance building (province admin), and designations of demonstration and pilot alliances.</summary>
static class ProvinceEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder county)
    {
        var province = api.MapGroup("/provinces/{provinceCode}").WithTags("Province")
            .RequireAuthorization(p => p.RequireRole(Roles.ProvinceAdmin));

        province.MapGet("/coverage/{year:int}", GetCoverage).WithName(nameof(GetCoverage))
            .WithSummary("Each county's alliances by form and stage, the share of compulsory schools (and kindergartens, senior highs) "
                + "in alliances, demonstration and pilot alliances, against the province's targets with the counties behind named; "
                + "the share at each month end and the monthly ranking. As of the year's end, or today in the current year.");

        province.MapGet("/coverage/{year:int}.xlsx", ExportCoverage).WithName(nameof(ExportCoverage)).ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The same as .xlsx with Chinese headers: 各县进展, 月度进展, 月度排名.");

        province.MapGet("/targets", GetTargets).WithName(nameof(GetTargets))
            .WithSummary("The province's targets (Hubei's three-year plan [002] unless the province changed them) and their version.");

        province.MapPut("/targets", SaveTargets).WithName(nameof(SaveTargets))
            .WithSummary("Changes the province's targets (dates, the minimum of demonstration alliances, the share, the pilot grant); send the version you read.");

        var designations = county.MapGroup("/alliances/{id:guid}/designations").WithTags("Alliances");
        designations.MapGet("", ListDesignations).WithName(nameof(ListDesignations))
            .WithSummary("The alliance's designations: demonstration (示范性教联体) or pilot (试点) by the province, city or county, per year, with the grant.");
        designations.MapPost("", Designate).WithName(nameof(Designate)).RequireAuthorization(OrganizationPolicies.Write)
            .WithSummary("Records a designation; a provincial pilot's grant is the province's (600,000 yuan in Hubei [002]) unless given.");
    }

    static ProblemHttpResult? BadProvince(string provinceCode, int? year = null)
    {
        var errors = new List<FieldError>();
        if (provinceCode.Length != 2 || !provinceCode.All(char.IsAsciiDigit))
        {
            errors.Add(new FieldError("provinceCode", ProvinceTexts.ProvinceCode));
        }

        if (year is { } y && !CoverageTargets.IsPlanYear(y))
        {
            errors.Add(new FieldError("year", ProvinceTexts.Year));
        }

        return errors.Count > 0 ? Problems.Invalid(errors) : null;
    }

    static async Task<Results<Ok<CoverageReport>, ProblemHttpResult>> GetCoverage(string provinceCode, int year, CoverageService coverage, CancellationToken ct) =>
        BadProvince(provinceCode, year) is { } bad ? bad : TypedResults.Ok(await coverage.ReportAsync(provinceCode, year, ct));

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportCoverage(string provinceCode, int year, CoverageService coverage, CancellationToken ct) =>
        BadProvince(provinceCode, year) is { } bad
            ? bad
            : TypedResults.File(CoverageExport.Write(await coverage.ReportAsync(provinceCode, year, ct)), FileDownloads.Xlsx, $"{provinceCode}-{year}-教联体建设进展.xlsx");

    static async Task<Results<Ok<ProvinceTargetsView>, ProblemHttpResult>> GetTargets(string provinceCode, CoverageService coverage, CancellationToken ct)
    {
        if (BadProvince(provinceCode) is { } bad)
        {
            return bad;
        }

        var (targets, version) = await coverage.TargetsAsync(provinceCode, ct);
        return TypedResults.Ok(new ProvinceTargetsView(targets, version));
    }

    static async Task<Results<Ok<ProvinceTargetsView>, ProblemHttpResult>> SaveTargets(
        string provinceCode, ProvinceTargetsRequest body, ClaimsPrincipal user, CoverageService coverage, CancellationToken ct)
    {
        if (BadProvince(provinceCode) is { } bad)
        {
            return bad;
        }

        var current = (await coverage.TargetsAsync(provinceCode, ct)).Targets;
        var targets = current with
        {
            DemonstrationBy = body.DemonstrationBy ?? current.DemonstrationBy,
            DemonstrationMinimum = body.DemonstrationMinimum ?? current.DemonstrationMinimum,
            EveryCountyBy = body.EveryCountyBy ?? current.EveryCountyBy,
            CompulsoryShareBy = body.CompulsoryShareBy ?? current.CompulsoryShareBy,
            CompulsoryShare = body.CompulsoryShare ?? current.CompulsoryShare,
            PilotGrantYuan = body.PilotGrantYuan ?? current.PilotGrantYuan,
        };
        var outcome = await coverage.SaveTargetsAsync(provinceCode, targets, body.Version ?? 0, user.ActorName(), ct);
        return outcome.ToHttp(t => TypedResults.Ok(new ProvinceTargetsView(t, (body.Version ?? 0) + 1)));
    }

    static async Task<Ok<IReadOnlyList<AllianceDesignation>>> ListDesignations(Guid id, CoverageService coverage, CancellationToken ct) =>
        TypedResults.Ok(await coverage.DesignationsAsync(id, ct));

    static async Task<Results<Created<AllianceDesignation>, ProblemHttpResult>> Designate(
        string countyCode, Guid id, DesignationRequest body, ClaimsPrincipal user, CoverageService coverage, CancellationToken ct) =>
        (await coverage.DesignateAsync(countyCode, id, new DesignationCommand(body.Kind!.Value, body.Level!.Value, body.Year!.Value, body.GrantYuan, body.Note),
            user.ActorName(), ct))
        .ToHttp(d => TypedResults.Created($"/api/organization/counties/{countyCode}/alliances/{id}/designations", d));
}

public sealed record ProvinceTargetsView(CoverageTargets Targets, int Version);

static class ProvinceTexts
{
    public static Words ProvinceCode => new("须为省级行政区划代码的前 2 位数字（如湖北 42）。", "must be the province's 2-digit code (Hubei: 42)");
    public static Words Year => new("须在 2020 至 2035 年之间。", "must be between 2020 and 2035");
}
