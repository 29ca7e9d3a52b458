namespace EduPlatform.Contracts.Staffing;

/// <summary>A pool's stage has no vacancy any more: actual staff reached (or passed) the approved quota.</summary>
public sealed record VacancyClosed
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required int SchoolYear { get; init; }
    public Guid? AllianceId { get; init; }
    public Guid? SchoolId { get; init; }
    public required string PoolName { get; init; }
    /// <summary>"kindergarten", "primary", "junior" or "senior-high".</summary>
    public required string Stage { get; init; }
    public required int ApprovedPosts { get; init; }
    public required int ActualStaff { get; init; }
    /// <summary>Approved posts minus actual staff: zero or negative (over quota).</summary>
    public required int Vacancies { get; init; }
}
