namespace EduPlatform.Contracts.Rotation;

/// <summary>
/// A person was placed at another campus by an approved rotation plan, from a start date to an end date. Head counts
/// move from the home school to the host school, except for itinerant teaching (the teacher keeps the home post).
/// </summary>
public sealed record PersonPlaced
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PlacementId { get; init; }
    public required Guid PlanId { get; init; }
    public required Guid PersonId { get; init; }
    public required Guid HomeSchoolId { get; init; }
    public required Guid HostSchoolId { get; init; }
    /// <summary>The alliance the move is made in; null for schools outside alliances.</summary>
    public Guid? AllianceId { get; init; }
    /// <summary>"exchange", "support", "itinerant", "secondment" or "shadowing".</summary>
    public required string Mode { get; init; }
    /// <summary>"teacher", "middle-manager", "vice-principal" or "principal".</summary>
    public required string Role { get; init; }
    public required string Stage { get; init; }
    /// <summary>The subject the post is for (wire name); null for cadre posts.</summary>
    public string? Subject { get; init; }
    public required bool Backbone { get; init; }
    public required DateOnly StartOn { get; init; }
    public required DateOnly EndOn { get; init; }
    /// <summary>Set on a person sent back in kind: the person whose move this one answers.</summary>
    public Guid? InReturnFor { get; init; }
}
