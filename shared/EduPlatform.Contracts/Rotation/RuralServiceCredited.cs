namespace EduPlatform.Contracts.Rotation;

/// <summary>
/// A period of service at a rural or weak school was credited to a person: it counts toward a senior title (1+ year
/// [000][001]) and the rural allowance (a year or more in a township school [001]).
/// </summary>
public sealed record RuralServiceCredited
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PersonId { get; init; }
    public required Guid SchoolId { get; init; }
    /// <summary>"rural" (a town or rural school) or "weak" (a member campus of an alliance in the county town).</summary>
    public required string Kind { get; init; }
    public required DateOnly From { get; init; }
    /// <summary>Last day served.</summary>
    public required DateOnly To { get; init; }
    public required int Days { get; init; }
    /// <summary>Completed years in the period.</summary>
    public required int Years { get; init; }
    /// <summary>All rural and weak-school service the person has, in completed years, after this period.</summary>
    public required int TotalYears { get; init; }
}
