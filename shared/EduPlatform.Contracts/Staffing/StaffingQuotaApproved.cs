namespace EduPlatform.Contracts.Staffing;

/// <summary>
/// The staffing office approved a pool's quota for a school year: a fused alliance (one pool for all its campuses) or a
/// school on its own. One event per pool when the county plan is approved.
/// </summary>
public sealed record StaffingQuotaApproved
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required int SchoolYear { get; init; }
    /// <summary>Set when the pool is a fused alliance.</summary>
    public Guid? AllianceId { get; init; }
    /// <summary>Set when the pool is a school on its own.</summary>
    public Guid? SchoolId { get; init; }
    public required string PoolName { get; init; }
    /// <summary>Every school whose posts the pool holds.</summary>
    public required IReadOnlyList<Guid> SchoolIds { get; init; }
    /// <summary>Approved posts per stage ("kindergarten", "primary", "junior", "senior-high").</summary>
    public required IReadOnlyList<StagePosts> Stages { get; init; }
    public required int Posts { get; init; }
    /// <summary>The approved plan's version: a later approval of the same year supersedes an earlier one.</summary>
    public required int PlanVersion { get; init; }
}

/// <summary>Posts of one stage: the standard quota and what the approved plan gives after moves between stages.</summary>
public sealed record StagePosts
{
    public required string Stage { get; init; }
    public required int StandardPosts { get; init; }
    public required int ApprovedPosts { get; init; }
}
