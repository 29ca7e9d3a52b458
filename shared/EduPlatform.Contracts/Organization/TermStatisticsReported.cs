namespace EduPlatform.Contracts.Organization;

/// <summary>A school's student and class counts for one term were reported (or corrected: the latest per school and term wins).</summary>
public sealed record TermStatisticsReported
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid SchoolId { get; init; }
    /// <summary>Calendar year and season: "2024-autumn", "2025-spring".</summary>
    public required string Term { get; init; }
    /// <summary>The year the school year starts: both "2024-autumn" and "2025-spring" belong to 2024.</summary>
    public required int SchoolYear { get; init; }
    public required string Season { get; init; }
    public required int Students { get; init; }
    public required int Classes { get; init; }
    public required IReadOnlyList<GradeStatistics> Grades { get; init; }
    public required int Version { get; init; }
}

/// <summary>One grade's counts. Grades: primary 1–6, junior 7–9, senior high 10–12; kindergarten years 小班/中班/大班 are 1–3.</summary>
public sealed record GradeStatistics
{
    public required int Grade { get; init; }
    public required int Students { get; init; }
    public required int Classes { get; init; }
}
