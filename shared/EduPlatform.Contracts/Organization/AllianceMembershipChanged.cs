namespace EduPlatform.Contracts.Organization;

/// <summary>A school joined or left an alliance on a date; MemberSchoolIds is the membership after the change.</summary>
public sealed record AllianceMembershipChanged
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid AllianceId { get; init; }
    public required Guid SchoolId { get; init; }
    /// <summary>"joined" or "left".</summary>
    public required string Change { get; init; }
    public required DateOnly EffectiveOn { get; init; }
    public required Guid CoreSchoolId { get; init; }
    public required IReadOnlyList<Guid> MemberSchoolIds { get; init; }
    public required int Version { get; init; }
}
