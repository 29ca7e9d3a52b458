namespace EduPlatform.Contracts.Organization;

/// <summary>A school left a fused alliance (or the alliance was dissolved) and is recorded as holding its own legal person again.</summary>
public sealed record LegalPersonRestored
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid SchoolId { get; init; }
    public required Guid AllianceId { get; init; }
    public required DateOnly EffectiveOn { get; init; }
}
