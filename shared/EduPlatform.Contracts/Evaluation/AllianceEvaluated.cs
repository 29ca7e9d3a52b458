namespace EduPlatform.Contracts.Evaluation;

/// <summary>
/// The bureau finalised an alliance's bundled evaluation (捆绑评价) for a school year: how its member schools' quality
/// moved and what that means for the lead school [001]. A later event for the same alliance and year (a higher
/// <see cref="Finalisation"/>) supersedes an earlier one.
/// </summary>
public sealed record AllianceEvaluated
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required int SchoolYear { get; init; }
    /// <summary>1 for the year's first finalisation, counting up when the bureau finalises again.</summary>
    public required int Finalisation { get; init; }
    /// <summary>"bundled" (alliances and groups) or "senior-high-pair" (the helped school's result is the helper's).</summary>
    public required string Cycle { get; init; }
    /// <summary>"clear" (明显进步), "some", "none" or "decline" (滑坡).</summary>
    public required string Outcome { get; init; }
    /// <summary>The members' student-weighted change of academic score, in points.</summary>
    public required double? WeightedChange { get; init; }
    /// <summary>Students gained (or lost) at the member campuses over the year (学生增量).</summary>
    public required int StudentGrowth { get; init; }
    public required int ReturningStudents { get; init; }
    /// <summary>People the lead school had seconded to members during the year.</summary>
    public required int ExchangedPeople { get; init; }
    public required IReadOnlyList<MemberResult> Members { get; init; }
}

/// <summary>One member school's result for the year.</summary>
public sealed record MemberResult
{
    public required Guid SchoolId { get; init; }
    public required double? PreviousScore { get; init; }
    public required double? CurrentScore { get; init; }
    public required double? Change { get; init; }
    /// <summary>As <see cref="AllianceEvaluated.Outcome"/>.</summary>
    public required string Outcome { get; init; }
}
