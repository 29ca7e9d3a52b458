namespace EduPlatform.Contracts.Zoning;

/// <summary>A published plan leaves a zone with more expected entrants than its schools' entry seats.</summary>
public sealed record SeatShortageFound
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PlanId { get; init; }
    public required int SchoolYear { get; init; }
    public required string Stage { get; init; }
    public required int Zone { get; init; }
    /// <summary>The zone's schools (one in a single-school zone).</summary>
    public required IReadOnlyList<Guid> SchoolIds { get; init; }
    public required int Entrants { get; init; }
    public required int Seats { get; init; }
    /// <summary>Entrants minus seats (positive).</summary>
    public required int Shortage { get; init; }
}
