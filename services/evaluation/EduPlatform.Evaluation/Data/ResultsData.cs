using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Bundled;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Data;

/// <summary>A finalised year: what was published, and when.</summary>
public sealed record Finalisation(Guid Id, int SchoolYear, int Number, DateTimeOffset FinalizedAt, string Actor, IReadOnlyList<AllianceBundle> Bundles,
    IReadOnlyList<FinalRating> Ratings);

public sealed record FinalRating(Guid PersonId, string Name, Guid SchoolId, string Role, string Proposed, string Final, string Rule);

/// <summary>Kindergarten reviews, finalisations and reward splits.</summary>
public static class ResultsData
{
    sealed class ReviewRow
    {
        public Guid SchoolId { get; set; }
        public string Period { get; set; } = "";
        public string Result { get; set; } = "";
        public DateOnly ReviewedOn { get; set; }
        public string? Comment { get; set; }
    }

    public static async Task<IReadOnlyList<KindergartenReviews.Review>> KindergartenReviewsAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<ReviewRow>("SELECT SchoolId, Period, Result, ReviewedOn, Comment FROM kindergarten_reviews WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear",
            new { CountyCode = countyCode, SchoolYear = schoolYear }))
        .Select(r => new KindergartenReviews.Review(r.SchoolId, r.Period, r.Result, r.ReviewedOn, r.Comment)).ToList();

    public static async Task SaveKindergartenReviewAsync(this DbSession s, string countyCode, int schoolYear, KindergartenReviews.Review r)
    {
        await s.ExecuteAsync("DELETE FROM kindergarten_reviews WHERE SchoolId = @SchoolId AND SchoolYear = @SchoolYear AND Period = @Period",
            new { r.SchoolId, SchoolYear = schoolYear, r.Period });
        await s.ExecuteAsync(
            "INSERT INTO kindergarten_reviews (SchoolId, SchoolYear, Period, CountyCode, Result, ReviewedOn, Comment) VALUES (@SchoolId, @SchoolYear, @Period, @CountyCode, @Result, @ReviewedOn, @Comment)",
            new { r.SchoolId, SchoolYear = schoolYear, r.Period, CountyCode = countyCode, r.Result, r.ReviewedOn, r.Comment });
    }

    sealed class FinalisationRow
    {
        public Guid Id { get; set; }
        public int SchoolYear { get; set; }
        public int Number { get; set; }
        public DateTimeOffset FinalizedAt { get; set; }
        public string Actor { get; set; } = "";
        public string Bundles { get; set; } = "[]";
        public string Ratings { get; set; } = "[]";
    }

    public static async Task<Finalisation?> LatestFinalisationAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<FinalisationRow>(
            "SELECT Id, SchoolYear, Number, FinalizedAt, Actor, Bundles, Ratings FROM finalisations WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear ORDER BY Number DESC",
            new { CountyCode = countyCode, SchoolYear = schoolYear }))
        .Select(r => new Finalisation(r.Id, r.SchoolYear, r.Number, r.FinalizedAt, r.Actor, StoredJson.Read<List<AllianceBundle>>(r.Bundles),
            StoredJson.Read<List<FinalRating>>(r.Ratings))).FirstOrDefault();

    public static Task InsertFinalisationAsync(this DbSession s, string countyCode, Finalisation f) => s.ExecuteAsync(
        "INSERT INTO finalisations (Id, CountyCode, SchoolYear, Number, FinalizedAt, Actor, Bundles, Ratings) VALUES (@Id, @CountyCode, @SchoolYear, @Number, @FinalizedAt, @Actor, @Bundles, @Ratings)",
        new { f.Id, CountyCode = countyCode, f.SchoolYear, f.Number, f.FinalizedAt, f.Actor, Bundles = StoredJson.Write(f.Bundles), Ratings = StoredJson.Write(f.Ratings) });

    sealed class SplitRow
    {
        public string Split { get; set; } = "";
        public int Version { get; set; }
    }

    public static async Task<(T Split, int Version)?> RewardSplitAsync<T>(this DbSession s, string countyCode, int schoolYear) =>
        await s.QuerySingleOrDefaultAsync<SplitRow>("SELECT Split, Version FROM reward_splits WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear",
            new { CountyCode = countyCode, SchoolYear = schoolYear }) is { } row ? (StoredJson.Read<T>(row.Split), row.Version) : null;

    /// <summary>Writes the year's split if the stored version is still <paramref name="expectedVersion"/> (0 = none stored).</summary>
    public static async Task<bool> SaveRewardSplitAsync<T>(this DbSession s, string countyCode, int schoolYear, long fund, T split, int version, int expectedVersion)
    {
        var args = new { CountyCode = countyCode, SchoolYear = schoolYear, Fund = fund, Split = StoredJson.Write(split), Version = version, Expected = expectedVersion, Now = DateTimeOffset.UtcNow };
        return expectedVersion == 0
            ? await s.ExecuteAsync(s.Dialect.InsertIfAbsent("reward_splits", "CountyCode, SchoolYear, Fund, Split, Version, UpdatedAt", "@CountyCode, @SchoolYear, @Fund, @Split, @Version, @Now",
                "CountyCode = @CountyCode AND SchoolYear = @SchoolYear"), args) == 1
            : await s.ExecuteAsync("UPDATE reward_splits SET Fund = @Fund, Split = @Split, Version = @Version, UpdatedAt = @Now WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND Version = @Expected",
                args) == 1;
    }
}
