namespace EduPlatform.Contracts.Organization;

/// <summary>An alliance (教联体) was formed: one core school and its members, each now a campus.</summary>
public sealed record AllianceFormed
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required string Name { get; init; }
    /// <summary>The form, e.g. "fused", "entrusted-management", "close-knit-group" (docs/events.md lists them).</summary>
    public required string Kind { get; init; }
    /// <summary>"fused" (one legal person) or "co-built" (members keep theirs).</summary>
    public required string Category { get; init; }
    public required string Stage { get; init; }
    public required Guid CoreSchoolId { get; init; }
    public required IReadOnlyList<Guid> MemberSchoolIds { get; init; }
    public required DateOnly EffectiveOn { get; init; }
    public required int Version { get; init; }
}
