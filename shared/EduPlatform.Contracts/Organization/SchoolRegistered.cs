namespace EduPlatform.Contracts.Organization;

/// <summary>A school was entered in the county's register. Codes for Stage, Locality and SchoolType are in docs/events.md.</summary>
public sealed record SchoolRegistered
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid SchoolId { get; init; }
    /// <summary>The national school identification code (学校标识码), unique within the county.</summary>
    public required string SchoolCode { get; init; }
    public required string Name { get; init; }
    public required string Stage { get; init; }
    public required string Locality { get; init; }
    public required string SchoolType { get; init; }
    public required string Township { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required bool IsPublic { get; init; }
    public required bool IsLegalPerson { get; init; }
    public required bool IsBoarding { get; init; }
    /// <summary>Kindergartens only: "full-day" or "half-day"; null for other stages.</summary>
    public string? KindergartenDay { get; init; }
    /// <summary>薄弱学校 as designated by the bureau (false in events published before this field existed).</summary>
    public bool IsWeak { get; init; }
    /// <summary>新建学校 as designated by the bureau (false in events published before this field existed).</summary>
    public bool IsNew { get; init; }
    public required int Version { get; init; }
}
