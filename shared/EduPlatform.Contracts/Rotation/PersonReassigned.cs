namespace EduPlatform.Contracts.Rotation;

/// <summary>
/// A re-appointment round (县管校聘 [004]) that the bureau applied gave a teacher a post at another school, across
/// schools by competition or by the bureau's placement. The head count moves from the old school to the new one.
/// </summary>
public sealed record PersonReassigned
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid RoundId { get; init; }
    public required Guid PersonId { get; init; }
    public required Guid FromSchoolId { get; init; }
    public required Guid ToSchoolId { get; init; }
    public required string Stage { get; init; }
    /// <summary>First day at the new school.</summary>
    public required DateOnly EffectiveOn { get; init; }
    /// <summary>"cross-school" (won a post at another school) or "bureau-placed" (placed by the bureau).</summary>
    public required string Outcome { get; init; }
}
