namespace EduPlatform.Contracts.Evaluation;

/// <summary>
/// The bureau finalised a school year's annual ratings (年度考核): every rating the schools proposed, with the bundled
/// evaluation's decisions applied (excellent for clear improvement, capped below excellent for none or a fall).
/// Rotation uses them for the return, transfer and principal-grade rules [001]. A county's year comes in parts of at
/// most 500 ratings; a later event for the same year and person supersedes an earlier one.
/// </summary>
public sealed record AnnualRatingsFinalized
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required int SchoolYear { get; init; }
    public required IReadOnlyList<PersonRating> Ratings { get; init; }
}

/// <summary>One person's rating for the year.</summary>
public sealed record PersonRating
{
    public required Guid PersonId { get; init; }
    /// <summary>"excellent" (优秀), "competent" (合格), "basically-competent" (基本合格) or "incompetent" (不合格).</summary>
    public required string Rating { get; init; }
}
