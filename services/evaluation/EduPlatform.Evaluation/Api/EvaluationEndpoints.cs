using System.Text.Json;
using System.ComponentModel;
using System.Security.Claims;
using EduPlatform.Evaluation.Application;
using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Balance;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Evaluation.Api;

// A parameter without a default is a required field (RequiredFields): the schema marks it and a body without it is a 400.
// Every setting left out keeps its standard value.

public sealed record EvaluationSettingsRequest(
    double? ClearImprovementPoints = null, double? BigProgressPoints = null, int? RectificationDays = null, double? ExchangedShare = null,
    int? AdvancedUnits = null, BalanceMethod? BalanceMethod = null, Dictionary<string, double>? Weights = null,
    [property: Description("the version you read; leave out for the first save")] int? Version = null);

/// <summary>What finalising a year did: how many alliances and ratings, how many ratings the excellent cap lowered.</summary>
public sealed record FinalisationSummary(int SchoolYear, int Number, DateTimeOffset FinalizedAt, int Alliances, int Ratings, int Capped, int Excellent)
{
    public static FinalisationSummary Of(Finalisation f) => new(f.SchoolYear, f.Number, f.FinalizedAt, f.Bundles.Count, f.Ratings.Count,
        f.Bundles.Sum(b => b.Ratings.Count(r => r.Capped)), f.Ratings.Count(r => r.Final == Domain.Ratings.Excellent));
}

/// <summary>Who may change evaluation data: the bureau; the HR bureau may also load the schools' proposed ratings.</summary>
public static class EvaluationPolicies
{
    public const string Write = "evaluation.write";
    public const string Ratings = "evaluation.ratings";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Write, p => p.RequireRole(Roles.CountyAdmin, Roles.ProvinceAdmin));
        options.AddPolicy(Ratings, p => p.RequireRole(Roles.CountyAdmin, Roles.ProvinceAdmin, Roles.HrBureau));
    }
}

static class EvaluationEndpoints
{
    public static void Map(RouteGroupBuilder county)
    {
        county.MapGet("/settings", GetEvaluationSettings).WithName(nameof(GetEvaluationSettings))
            .WithSummary("Thresholds, composite weights, the reward share and the balance method (version 0: defaults, not yet saved).");

        county.MapPut("/settings", SaveEvaluationSettings).WithName(nameof(SaveEvaluationSettings))
            .RequireAuthorization(EvaluationPolicies.Write)
            .WithSummary("Sets the county's evaluation settings (send the version read); the exchanged teachers' share is at most 0.60 [001].");

        county.MapGet("/districts", ListDistricts).WithName(nameof(ListDistricts))
            .WithSummary("The county's districts (学区, seed 004) the balance table is also computed for.");

        county.MapPut("/districts", SaveDistricts).WithName(nameof(SaveDistricts))
            .RequireAuthorization(EvaluationPolicies.Write)
            .WithSummary("Replaces the districts: [{name, schoolIds}], each school in at most one; all or nothing.");

        county.MapPost("/figures/import/rows", ImportFigureRows).WithName(nameof(ImportFigureRows))
            .RequireAuthorization(EvaluationPolicies.Write).ForRowsOf(FiguresImport.Sheet)
            .WithSummary("Imports the schools' figures sent as JSON rows (the file's fields): the same checks, all or nothing.");

        county.MapPost("/ratings/{schoolYear:int}/import/rows", ImportRatingRows).WithName(nameof(ImportRatingRows))
            .RequireAuthorization(EvaluationPolicies.Ratings).ForRowsOf(RatingsImport.Sheet)
            .WithSummary("Imports the proposed annual ratings sent as JSON rows (the file's fields): the same checks, all or nothing.");

        county.MapPost("/figures/import", ImportFigures).WithName(nameof(ImportFigures)).Journaled(FiguresImport.Sheet)
            .RequireAuthorization(EvaluationPolicies.Write).DisableAntiforgery()
            .WithSummary("Imports the schools' figures (.xlsx/.csv: 学校标识码, 学年, 学段, 在校生数, 专任教师数, the seven resource inputs, 学业质量, 巩固率, 家长满意率, 社会认可度, 回流学生数); all or nothing.");

        county.MapGet("/figures/{schoolYear:int}", ListFigures).WithName(nameof(ListFigures))
            .WithSummary("The figures schools reported for the school year.");

        county.MapPost("/ratings/{schoolYear:int}/import", ImportRatings).WithName(nameof(ImportRatings)).Journaled(RatingsImport.Sheet)
            .RequireAuthorization(EvaluationPolicies.Ratings).DisableAntiforgery()
            .WithSummary("Imports the annual ratings schools propose (.xlsx/.csv: 人员标识, 姓名, 学校标识码, 岗位, 拟定等次, 教学成绩进步); all or nothing.");

        county.MapGet("/ratings/{schoolYear:int}", ListProposedRatings).WithName(nameof(ListProposedRatings))
            .WithSummary("The ratings schools proposed for the year, before the bundled evaluation.");

        county.MapGet("/exchanges/{schoolYear:int}", ListExchanges).WithName(nameof(ListExchanges))
            .WithSummary("People each school sent and received by rotation during the school year (from rotation's placements and returns).");

        county.MapGet("/balance/{schoolYear:int}", GetBalanceReview).WithName(nameof(GetBalanceReview))
            .WithSummary("The 2017 review's balance table: per stage and indicator the student-weighted difference coefficient against 0.50 / 0.45, each school's 6-of-7, for the county, each alliance and district; the rotation item.");

        county.MapGet("/bundled/{schoolYear:int}", GetBundledYear).WithName(nameof(GetBundledYear))
            .WithSummary("Each alliance's bundled evaluation against the year before, the ratings it decides or caps, and what keeps the year from being finalised.");

        county.MapPost("/bundled/{schoolYear:int}/finalize", FinalizeBundledYear).WithName(nameof(FinalizeBundledYear))
            .RequireAuthorization(EvaluationPolicies.Write)
            .WithSummary("Finalises the year: publishes AllianceEvaluated per alliance and AnnualRatingsFinalized (rotation's transfer and career rules use them). Refused, naming what is missing, until every alliance has figures and every seconded person a proposed rating.");

        county.MapGet("/rankings/{schoolYear:int}", GetRankings).WithName(nameof(GetRankings))
            .WithSummary("Alliances ranked on the county's weighted composite (student development, teacher professionalism, parent satisfaction, social recognition, resource sharing [003]).");

        county.MapGet("/rewards/{schoolYear:int}", GetRewardSplit).WithName(nameof(GetRewardSplit))
            .WithSummary("The year's reward split.");

        county.MapPost("/rewards/{schoolYear:int}", SaveRewardSplit).WithName(nameof(SaveRewardSplit))
            .RequireAuthorization(EvaluationPolicies.Write)
            .WithSummary("Splits the fund ({fund, units?: [{allianceId, award}], exchangedShare?, version}) among advanced units and, per person, up to 60% of each unit's award to its exchanged teachers [001].");

        county.MapGet("/kindergarten-reviews/{schoolYear:int}", ListKindergartenReviews).WithName(nameof(ListKindergartenReviews))
            .WithSummary("Each kindergarten pilot's kindergartens: reviews, praised, named with a deadline, recommendable for demonstration status [001].");

        county.MapPut("/kindergarten-reviews/{schoolYear:int}/{period}", SaveKindergartenReviews).WithName(nameof(SaveKindergartenReviews))
            .RequireAuthorization(EvaluationPolicies.Write)
            .WithSummary("Records a review (period autumn or spring: the semester's process review; year: the summative review): [{schoolId, result notable|satisfactory|no-results, reviewedOn, comment}].");

        county.MapGet("/reports/{schoolYear:int}/{kind}.xlsx", ExportEvaluationReport).WithName(nameof(ExportEvaluationReport))
            .ProducesFile(FileDownloads.Xlsx)
            .WithSummary("A report as .xlsx with Chinese headers: balance (均衡发展指标), bundled (捆绑评价, 年度考核等次), rankings (综合排名), rewards (奖励分配).");
    }

    /// <summary>Province users: counties ranked on the composite; anyone else sees only their own counties.</summary>
    public static void MapProvince(RouteGroupBuilder evaluation) =>
        evaluation.MapGet("/rankings/{schoolYear:int}/counties", RankCounties).WithName(nameof(RankCounties))
            .RequireAuthorization()
            .WithSummary("Counties ranked on the composite (equal weights) from their schools' figures; a province admin sees every county, others their own.");

    static async Task<Ok<EvaluationSettings>> GetEvaluationSettings(string countyCode, EvaluationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(s => s.EvaluationSettingsAsync(countyCode), ct));

    static async Task<Results<Ok<EvaluationSettings>, ProblemHttpResult>> SaveEvaluationSettings(
        string countyCode, EvaluationSettingsRequest body, ClaimsPrincipal user, CountySettingsStore<EvaluationSettings> settings,
        CancellationToken ct)
    {
        var defaults = EvaluationSettings.DefaultFor(countyCode);
        return (await settings.SaveAsync(defaults with
        {
            ClearImprovementPoints = body.ClearImprovementPoints ?? defaults.ClearImprovementPoints, BigProgressPoints = body.BigProgressPoints ?? defaults.BigProgressPoints,
            RectificationDays = body.RectificationDays ?? defaults.RectificationDays, ExchangedShare = body.ExchangedShare ?? defaults.ExchangedShare,
            AdvancedUnits = body.AdvancedUnits ?? defaults.AdvancedUnits, BalanceMethod = body.BalanceMethod ?? defaults.BalanceMethod,
            Weights = body.Weights ?? defaults.Weights, Version = body.Version ?? 0,
        }, user.ActorName(), ct)).ToOk();
    }

    static async Task<Ok<IReadOnlyList<District>>> ListDistricts(string countyCode, EvaluationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(s => s.DistrictsAsync(countyCode), ct));

    static async Task<Results<Ok<IReadOnlyList<District>>, ProblemHttpResult>> SaveDistricts(
        string countyCode, IReadOnlyList<DistrictInput>? body, ClaimsPrincipal user, DistrictService districts, CancellationToken ct) =>
        (await districts.SaveAsync(countyCode, body, user.ActorName(), ct)).ToOk();

    static async Task<Results<Ok<FiguresImportReport>, ProblemHttpResult>> ImportFigureRows(
        string countyCode, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, FiguresImport import, CancellationToken ct) =>
        await ImportEndpoints.ImportRowsAsync(FiguresImport.Sheet, rows, table => import.ImportAsync(countyCode, table, user.ActorName(), ct));

    static async Task<Results<Ok<RatingsImportReport>, ProblemHttpResult>> ImportRatingRows(
        string countyCode, int schoolYear, IReadOnlyList<JsonElement>? rows, ClaimsPrincipal user, RatingsImport import, CancellationToken ct) =>
        await ImportEndpoints.ImportRowsAsync(RatingsImport.Sheet, rows, table => import.ImportAsync(countyCode, schoolYear, table, user.ActorName(), ct));

    static async Task<Results<Ok<FiguresImportReport>, ProblemHttpResult>> ImportFigures(
        string countyCode, IFormFile? file, ClaimsPrincipal user, FiguresImport import, CancellationToken ct) =>
        await Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, name, bytes, user.ActorName(), ct));

    static async Task<Ok<IReadOnlyList<SchoolFigures>>> ListFigures(string countyCode, int schoolYear, EvaluationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(s => s.FiguresAsync(countyCode, schoolYear), ct));

    static async Task<Results<Ok<RatingsImportReport>, ProblemHttpResult>> ImportRatings(
        string countyCode, int schoolYear, IFormFile? file, ClaimsPrincipal user, RatingsImport import, CancellationToken ct) =>
        await Uploads.ImportAsync(file, (name, bytes) => import.ImportAsync(countyCode, schoolYear, name, bytes, user.ActorName(), ct));

    static async Task<Ok<Page<Domain.Bundled.ProposedRating>>> ListProposedRatings(
        string countyCode, int schoolYear, int? offset, int? limit, EvaluationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(Page<Domain.Bundled.ProposedRating>.Of(await db.ReadAsync(s => s.ProposedRatingsAsync(countyCode, schoolYear), ct), Paging.From(offset, limit)));

    static async Task<Ok<IReadOnlyList<SchoolExchanges>>> ListExchanges(string countyCode, int schoolYear, EvaluationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(async s => Exchanges.Count(await CountyYear.ReadAsync(s, countyCode, schoolYear)), ct));

    static async Task<Results<Ok<BalanceReport>, ProblemHttpResult>> GetBalanceReview(
        string countyCode, int schoolYear, string? method, BalanceService balance, CancellationToken ct)
    {
        BalanceMethod? chosen = null;
        if (method is not null)
        {
            if (!WireEnum.TryParse<BalanceMethod>(method, out var parsed))
            {
                return Problems.Validation(("method", Texts.NotAMethod(method)));
            }

            chosen = parsed;
        }

        return Reply.Ok(await balance.ReportAsync(countyCode, schoolYear, chosen, ct));
    }

    static async Task<Ok<BundledYear>> GetBundledYear(string countyCode, int schoolYear, BundledService bundled, CancellationToken ct) =>
        TypedResults.Ok(await bundled.ReadAsync(countyCode, schoolYear, ct));

    static async Task<Results<Ok<FinalisationSummary>, ProblemHttpResult>> FinalizeBundledYear(
        string countyCode, int schoolYear, ClaimsPrincipal user, BundledService bundled, CancellationToken ct) =>
        (await bundled.FinalizeAsync(countyCode, schoolYear, user.ActorName(), ct)).ToHttp(f => TypedResults.Ok(FinalisationSummary.Of(f)));

    static async Task<Ok<RankingReport>> GetRankings(string countyCode, int schoolYear, RankingService rankings, CancellationToken ct) =>
        TypedResults.Ok(await rankings.AlliancesAsync(countyCode, schoolYear, ct));

    static async Task<Results<Ok<RewardReport>, ProblemHttpResult>> GetRewardSplit(
        string countyCode, int schoolYear, RewardService rewards, CancellationToken ct) =>
        await rewards.ReadAsync(countyCode, schoolYear, ct) is { } report ? Reply.Ok(report) : Problems.NotFound(Texts.NoRewardSplit(schoolYear));

    static async Task<Results<Ok<RewardReport>, ProblemHttpResult>> SaveRewardSplit(
        string countyCode, int schoolYear, RewardRequest body, ClaimsPrincipal user, RewardService rewards, CancellationToken ct) =>
        (await rewards.SplitAsync(countyCode, schoolYear, body, user.ActorName(), ct)).ToOk();

    static async Task<Ok<IReadOnlyList<PilotStanding>>> ListKindergartenReviews(
        string countyCode, int schoolYear, KindergartenService reviews, CancellationToken ct) =>
        TypedResults.Ok(await reviews.ReadAsync(countyCode, schoolYear, ct));

    static async Task<Results<Ok<IReadOnlyList<PilotStanding>>, ProblemHttpResult>> SaveKindergartenReviews(
        string countyCode, int schoolYear, string period, IReadOnlyList<KindergartenReviewInput>? body, ClaimsPrincipal user,
        KindergartenService reviews, CancellationToken ct) =>
        (await reviews.SaveAsync(countyCode, schoolYear, period, body, user.ActorName(), ct)).ToOk();

    static async Task<IResult> ExportEvaluationReport(string countyCode, int schoolYear, string kind, EvaluationExports exports, CancellationToken ct) =>
        await exports.XlsxAsync(countyCode, schoolYear, kind, ct) is { } file
            ? Results.File(file.Content, FileDownloads.Xlsx, file.FileName)
            : Problems.NotFound(Texts.NoReport(kind, schoolYear, EvaluationExports.Kinds));

    static async Task<Ok<RankingReport>> RankCounties(int schoolYear, ClaimsPrincipal user, RankingService rankings, CancellationToken ct) =>
        TypedResults.Ok(await rankings.CountiesAsync(user.IsInRole(Roles.ProvinceAdmin) ? null : user.Counties(), schoolYear, ct));
}
