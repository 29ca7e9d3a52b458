using System.Text.RegularExpressions;
using EduPlatform.Kernel;
using EduPlatform.ServiceDefaults;
using EduPlatform.Zoning.Application;
using EduPlatform.Zoning.Domain.Lookup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Zoning.Api;

/// <summary>
/// The enrolment-season look-up (domain.md §4): anonymous, answered from the published plans held in memory, rate-limited
/// per client. The only anonymous route of the suite (architecture.md).
/// </summary>
static partial class PublicLookupEndpoints
{
    public const string RateLimitPolicy = "zoning-lookup";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/zoning/public/counties/{countyCode}/lookup", LookUpZone).WithName(nameof(LookUpZone))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithStandardProblems()
            .WithTags("Zoning (public)")
            .WithSummary("Which school(s) an address, community or coordinate belongs to, from the published zones; not found names the nearest candidates.");

    static (string Field, string Message)[] Validate(string countyCode, string? q, double? lat, double? lon, int? year, string? stage)
    {
        var errors = new List<(string, string)>();
        if (!CountyCode().IsMatch(countyCode)) { errors.Add(("countyCode", "must be a six-digit county code")); }
        if (string.IsNullOrWhiteSpace(q) == (lat is null || lon is null)) { errors.Add(("q", "give an address or community name (q), or a coordinate (lat and lon), not both")); }
        if (q is { Length: > 200 }) { errors.Add(("q", "must be at most 200 characters")); }
        if (lat is { } la && !(la is >= -90 and <= 90)) { errors.Add(("lat", "must be −90 to 90")); }
        if (lon is { } lo && !(lo is >= -180 and <= 180)) { errors.Add(("lon", "must be −180 to 180")); }
        if (year is { } y && !SchoolYear.IsValid(y)) { errors.Add(("year", SchoolYear.Rule)); }
        if (stage is not null and not ("primary" or "junior")) { errors.Add(("stage", "must be primary or junior")); }
        return [.. errors];
    }

    static ProblemHttpResult NotFound(LookupAnswer answer)
    {
        var names = string.Join("、", answer.Candidates.Select(c => $"{c.Unit}（{c.Township}）"));
        var detail = answer.Ambiguous
            ? $"“{answer.Query}”在多个乡镇都有：{names}。请加上乡镇名再查询。 The name exists in several townships; add the township."
            : answer.Candidates.Count > 0
                ? $"未找到“{answer.Query}”对应的小区或村。最接近的是：{names}。 Not found; the nearest candidates are listed."
                : $"未找到“{answer.Query}”对应的小区或村。 Not found.";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: answer.Ambiguous ? "Ambiguous address." : "Address not found.",
            extensions: new Dictionary<string, object?> { ["normalised"] = answer.Normalised, ["ambiguous"] = answer.Ambiguous, ["candidates"] = answer.Candidates });
    }

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex CountyCode();

    static async Task<Results<Ok<LookupAnswer>, ProblemHttpResult>> LookUpZone(string countyCode, string? q, double? lat, double? lon, int? year, string? stage,
                PublishedZones zones, CancellationToken ct)
    {
        var errors = Validate(countyCode, q, lat, lon, year, stage);
        if (errors.Length > 0)
        {
            return Problems.Validation(errors);
        }

        if (await zones.DirectoryAsync(countyCode, ct) is not { } directory)
        {
            return Problems.NotFound($"县（区）{countyCode} 尚未公布划片方案。County {countyCode} has not published catchment zones.");
        }

        var answer = q is not null ? directory.Find(q, year, stage) : directory.Find(lat!.Value, lon!.Value, year, stage);
        return answer.Found ? Reply.Ok(answer) : NotFound(answer);
    }
}
