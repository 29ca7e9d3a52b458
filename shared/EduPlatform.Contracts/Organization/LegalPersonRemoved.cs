namespace EduPlatform.Contracts.Organization;

/// <summary>A member school of a fused alliance no longer holds its own public-institution legal person (事业单位法人) [000][003].</summary>
public sealed record LegalPersonRemoved
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid SchoolId { get; init; }
    public required Guid AllianceId { get; init; }
    public required DateOnly EffectiveOn { get; init; }
}
