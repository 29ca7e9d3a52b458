namespace EduPlatform.Contracts.Staffing;

/// <summary>A pool's stage went from no vacancy to vacancies: approved quota now exceeds actual staff.</summary>
public sealed record VacancyOpened
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
    /// <summary>Approved posts minus actual staff (positive).</summary>
    public required int Vacancies { get; init; }
}
