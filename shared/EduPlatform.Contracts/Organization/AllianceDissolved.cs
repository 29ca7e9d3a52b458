namespace EduPlatform.Contracts.Organization;

/// <summary>An alliance was dissolved on a date; every campus became an independent school again.</summary>
public sealed record AllianceDissolved
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required DateOnly EffectiveOn { get; init; }
    public required IReadOnlyList<Guid> SchoolIds { get; init; }
    public required int Version { get; init; }
}
