namespace EduPlatform.Contracts.Rotation;

/// <summary>The bureau approved a rotation plan for a school year: its figures and the targets it did not reach.</summary>
public sealed record RotationPlanApproved
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PlanId { get; init; }
    public required int SchoolYear { get; init; }
    /// <summary>Set when the plan covers one alliance; null for a county plan.</summary>
    public Guid? AllianceId { get; init; }
    /// <summary>Moves in the plan, returns included (one PersonPlaced each).</summary>
    public required int Moves { get; init; }
    /// <summary>Teachers rotating out of sending schools, and the backbone teachers among them.</summary>
    public required int RotatingTeachers { get; init; }
    public required int RotatingBackbone { get; init; }
    /// <summary>Must-rotate teachers at sending schools (the base of the county share).</summary>
    public required int EligibleTeachers { get; init; }
    public required IReadOnlyList<PlanShortfall> Shortfalls { get; init; }
}

/// <summary>A target the approved plan did not reach: which one, where, and by how many.</summary>
public sealed record PlanShortfall
{
    /// <summary>e.g. "target.share-of-eligible", "target.backbone-share", "team.management", "reciprocity".</summary>
    public required string Target { get; init; }
    /// <summary>"county", a member school's or an alliance's name.</summary>
    public required string Scope { get; init; }
    public required int Required { get; init; }
    public required int Planned { get; init; }
}
