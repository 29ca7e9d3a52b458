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
        if (!CountyCode().IsMatch(countyCode)) { errors.Add(("countyCode", Texts.CountyCode)); }
        if (string.IsNullOrWhiteSpace(q) == (lat is null || lon is null)) { errors.Add(("q", Texts.AddressOrPoint)); }
        if (q is { Length: > 200 }) { errors.Add(("q", Texts.QueryLength)); }
        if (lat is { } la && !(la is >= -90 and <= 90)) { errors.Add(("lat", Texts.Latitude)); }
        if (lon is { } lo && !(lo is >= -180 and <= 180)) { errors.Add(("lon", Texts.Longitude)); }
        if (year is { } y && !SchoolYear.IsValid(y)) { errors.Add(("year", SchoolYear.Rule)); }
        if (stage is not null and not ("primary" or "junior")) { errors.Add(("stage", Texts.PrimaryOrJunior)); }
        return [.. errors];
    }

    static ProblemHttpResult NotFound(LookupAnswer answer)
    {
        var names = string.Join("、", answer.Candidates.Select(c => $"{c.Unit}（{c.Township}）"));
        var detail = answer.Ambiguous
            ? Texts.Ambiguous(answer.Query, names)
            : answer.Candidates.Count > 0 ? Texts.NotFoundNear(answer.Query, names) : Texts.NotFound(answer.Query);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: answer.Ambiguous ? Texts.AmbiguousTitle : Texts.NotFoundTitle,
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
            return Problems.NotFound(Texts.NotPublished(countyCode));
        }

        var answer = q is not null ? directory.Find(q, year, stage) : directory.Find(lat!.Value, lon!.Value, year, stage);
        return answer.Found ? Reply.Ok(answer) : NotFound(answer);
    }
}
