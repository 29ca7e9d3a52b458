namespace EduPlatform.Contracts.Rotation;

/// <summary>A teacher or cadre was hired into the county's schools (a new recruit), at a school and stage.</summary>
public sealed record PersonHired
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PersonId { get; init; }
    public required Guid SchoolId { get; init; }
    /// <summary>"kindergarten", "primary", "junior" or "senior-high".</summary>
    public required string Stage { get; init; }
    /// <summary>"teacher", "middle-manager", "vice-principal" or "principal".</summary>
    public required string Role { get; init; }
    /// <summary>Subjects as wire names ("chinese", "maths", "pe", "mental-health", …).</summary>
    public required IReadOnlyList<string> Subjects { get; init; }
    public required DateOnly HiredOn { get; init; }
}
