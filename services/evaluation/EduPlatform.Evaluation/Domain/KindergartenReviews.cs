namespace EduPlatform.Evaluation.Domain;

/// <summary>
/// 学前教育领航共建 [001] 三(三)3: a process review every semester and a summative one every school year. Kindergartens with
/// notable results are praised and recommended for demonstration status; those going through the motions without
/// results are named and must put it right by a deadline.
/// </summary>
public static class KindergartenReviews
{
    public const string Autumn = "autumn";
    public const string Spring = "spring";
    public const string Year = "year";
    public static readonly IReadOnlyList<string> Periods = [Autumn, Spring, Year];

    public const string Notable = "notable";
    public const string Satisfactory = "satisfactory";
    public const string NoResults = "no-results";
    public static readonly IReadOnlyList<string> Results = [Notable, Satisfactory, NoResults];

    public const string Source = "[001] 三(三)3 实施领航共建动态考核";

    public sealed record Review(Guid SchoolId, string Period, string Result, DateOnly ReviewedOn, string? Comment);

    public sealed record Standing(Guid SchoolId, string Name, IReadOnlyList<Review> Reviews, bool Praised, bool Named, DateOnly? RectifyBy,
        bool RecommendableForDemonstration, IReadOnlyList<string> MissingReviews, string Explanation);

    public static bool IsProcess(string period) => period is Autumn or Spring;

    /// <summary>
    /// Alliances reviewed in this cycle instead of the bundled evaluation: Wolong's pilots (领航共建) and any kindergarten
    /// alliance (a kindergarten has no academic score for the bundled evaluation to judge).
    /// </summary>
    public static bool ReviewsAlliance(string kind, string stage) => kind == "kindergarten-pilot" || stage == "kindergarten";

    /// <summary>A kindergarten's standing for the school year from its reviews.</summary>
    public static Standing Assess(Guid schoolId, string name, IReadOnlyList<Review> reviews, int rectificationDays)
    {
        var missing = Periods.Where(p => reviews.All(r => r.Period != p)).ToList();
        var failed = reviews.Where(r => r.Result == NoResults).OrderBy(r => r.ReviewedOn).ToList();
        var summative = reviews.FirstOrDefault(r => r.Period == Year);
        var named = failed.Count > 0;
        DateOnly? rectifyBy = named ? failed[^1].ReviewedOn.AddDays(rectificationDays) : null;
        var praised = summative?.Result == Notable && !named;
        var recommendable = praised && missing.Count == 0;
        var explanation = named
            ? Texts.Named(failed.Select(f => f.Period), rectifyBy, Source)
            : praised ? Texts.Praised(recommendable, Source)
            : missing.Count > 0 ? Texts.StillToDo(missing)
            : Texts.ReviewedPlain;
        return new Standing(schoolId, name, reviews.OrderBy(r => Periods.ToList().IndexOf(r.Period)).ToList(), praised, named, rectifyBy, recommendable, missing, explanation);
    }
}
