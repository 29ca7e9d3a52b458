namespace EduPlatform.Organization.Domain;

/// <summary>An alliance and its full membership history; every member school is a campus (校区).</summary>
public sealed record Alliance
{
    public required Guid Id { get; init; }
    public required string CountyCode { get; init; }
    public required string Name { get; init; }
    public required AllianceKind Kind { get; init; }
    public AllianceCategory Category => AllianceKinds.CategoryOf(Kind);
    public required Stage Stage { get; init; }
    public required Guid CoreSchoolId { get; init; }
    public required DateOnly FormedOn { get; init; }
    public DateOnly? DissolvedOn { get; init; }
    /// <summary>Charter reference or text (章程) [003].</summary>
    public string? Charter { get; init; }
    /// <summary>The date the cooperation agreement was filed with the bureau (报教育局备案) [003].</summary>
    public DateOnly? AgreementFiledOn { get; init; }
    public PartyOrganization? PartyOrganization { get; init; }
    public required int Version { get; init; }
    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    public bool IsActiveOn(DateOnly date) => FormedOn <= date && (DissolvedOn is null || DissolvedOn > date);

    public IReadOnlyList<Membership> CampusesOn(DateOnly date) => Memberships.Where(m => m.IsActiveOn(date)).ToList();

    /// <summary>Members (not the core) in the alliance from <paramref name="date"/> on, i.e. not yet left by then.</summary>
    public IReadOnlyList<Membership> MembersFrom(DateOnly date) =>
        Memberships.Where(m => m.Role == MembershipRole.Member && (m.LeftOn is null || m.LeftOn > date)).ToList();

    /// <summary>The latest date anything happened to the alliance; later changes may not be dated before it.</summary>
    public DateOnly LastChangeOn => Memberships
        .SelectMany(m => m.LeftOn is { } left ? new[] { m.JoinedOn, left } : [m.JoinedOn])
        .Append(FormedOn)
        .Max();
}

/// <summary>One school's time in an alliance: [JoinedOn, LeftOn). The executive principal (执行校长) runs the campus.</summary>
public sealed record Membership
{
    public required Guid Id { get; init; }
    public required Guid AllianceId { get; init; }
    public required Guid SchoolId { get; init; }
    public required MembershipRole Role { get; init; }
    public required DateOnly JoinedOn { get; init; }
    public DateOnly? LeftOn { get; init; }
    public string? ExecutivePrincipal { get; init; }

    public bool IsActiveOn(DateOnly date) => JoinedOn <= date && (LeftOn is null || LeftOn > date);

    /// <summary>True when this membership and one starting on <paramref name="from"/> (open-ended) would overlap.</summary>
    public bool OverlapsFrom(DateOnly from) => LeftOn is null || LeftOn > from;
}
