namespace EduPlatform.Contracts.Rotation;

/// <summary>A teacher or cadre left the county's schools (retired, resigned, transferred out, dismissed).</summary>
public sealed record PersonLeft
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PersonId { get; init; }
    /// <summary>The school the person served at when leaving.</summary>
    public required Guid SchoolId { get; init; }
    public required string Stage { get; init; }
    public required DateOnly LeftOn { get; init; }
    /// <summary>"retired", "resigned", "transferred-out", "dismissed" or "deceased".</summary>
    public required string Reason { get; init; }
}
