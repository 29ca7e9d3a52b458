namespace EduPlatform.Staffing.Domain;

/// <summary>What the quota rules need to know of one school in one autumn term (from the organization service's events).</summary>
public sealed record SchoolFigures
{
    public required Guid SchoolId { get; init; }
    public required string Name { get; init; }
    /// <summary>"kindergarten", "primary", "junior", "nine-year" or "senior-high".</summary>
    public required string Stage { get; init; }
    /// <summary>"regular", "village-school", "teaching-point", "special-education" or "vocational".</summary>
    public required string SchoolType { get; init; }
    public required bool IsBoarding { get; init; }
    /// <summary>"full-day" or "half-day" for kindergartens.</summary>
    public string? KindergartenDay { get; init; }
    public required int Students { get; init; }
    public required int Classes { get; init; }
    public IReadOnlyList<GradeFigures> Grades { get; init; } = [];
}

public sealed record GradeFigures(int Grade, int Students, int Classes);
