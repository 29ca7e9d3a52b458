namespace EduPlatform.Contracts.Zoning;

/// <summary>The bureau published a stage's catchment zones for a school year: which zone (and so which school or schools) each residential unit belongs to.</summary>
public sealed record ZonePlanPublished
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PlanId { get; init; }
    public required int SchoolYear { get; init; }
    /// <summary>"primary" or "junior".</summary>
    public required string Stage { get; init; }
    /// <summary>The townships the plan covers; empty when it covers the whole county. A publication supersedes the same year's, stage's and area's.</summary>
    public required IReadOnlyList<string> Townships { get; init; }
    /// <summary>"single" (one school per zone) or "multi" (多校划片: several schools share a zone).</summary>
    public required string Kind { get; init; }
    /// <summary>The plan's number among the year's and stage's versions.</summary>
    public required int Number { get; init; }
    public required IReadOnlyList<PublishedZone> Zones { get; init; }
    public required int Units { get; init; }
    /// <summary>Children whose school (in a multi-school zone: whose zone's schools) differ from the plan published before.</summary>
    public required int ChildrenChangingSchool { get; init; }
}

/// <summary>One zone of a published plan: its schools, and its units' expected entrants against the schools' entry seats.</summary>
public sealed record PublishedZone
{
    public required int Zone { get; init; }
    public required IReadOnlyList<Guid> SchoolIds { get; init; }
    public required int Units { get; init; }
    public required int Entrants { get; init; }
    public required int Seats { get; init; }
}
