namespace EduPlatform.Contracts.Rotation;

/// <summary>A placed person came back to the home school (at the end of the term, or early). Head counts move back.</summary>
public sealed record PersonReturned
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PlacementId { get; init; }
    public required Guid PersonId { get; init; }
    public required Guid HomeSchoolId { get; init; }
    public required Guid HostSchoolId { get; init; }
    /// <summary>As in PersonPlaced.</summary>
    public required string Mode { get; init; }
    public required string Stage { get; init; }
    /// <summary>First day back at the home school.</summary>
    public required DateOnly ReturnedOn { get; init; }
    /// <summary>True when the return came before the placement's end date.</summary>
    public required bool Early { get; init; }
}
