using EduPlatform.Kernel;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Planning;

/// <summary>A school the proposal may group: its facts for the rules, its place and its students (latest term reported).</summary>
public sealed record FormationCandidate(SchoolFacts School, string Code, double? Latitude, double? Longitude, int Students);

/// <summary>What to propose for the candidates given (one stage's): the kind, the travel limit, and the bureau's edits (pins and exclusions).</summary>
public sealed record FormationOptions
{
    public required AllianceKind Kind { get; init; }
    /// <summary>Farthest a member may be from its core, straight line.</summary>
    public required double TravelLimitKm { get; init; }
    /// <summary>Schools the bureau wants as cores.</summary>
    public IReadOnlyCollection<Guid> PinnedCores { get; init; } = [];
    /// <summary>School → the core it must join.</summary>
    public IReadOnlyDictionary<Guid, Guid> PinnedMembers { get; init; } = new Dictionary<Guid, Guid>();
    /// <summary>Schools left out of this proposal.</summary>
    public IReadOnlyCollection<Guid> Excluded { get; init; } = [];
    /// <summary>Alliances of the kind already led from each township (the per-township limit).</summary>
    public IReadOnlyDictionary<string, int> LedFromTownship { get; init; } = new Dictionary<string, int>();
    public required TimeSpan TimeLimit { get; init; }
}

/// <summary>How good the answer is: proven optimal, feasible with a gap to the bound, or none found.</summary>
public enum SolveStatus { Optimal, Feasible, Infeasible, NoSolutionInTime }

public sealed record ProposedMember(Guid SchoolId, string Code, string Name, Locality Locality, string Township, int Students,
    bool IsWeak, bool IsNew, double DistanceKm);

public sealed record ProposedAlliance(Guid CoreSchoolId, string CoreCode, string CoreName, string CoreTownship, int CoreStudents,
    IReadOnlyList<ProposedMember> Members)
{
    public int Students => CoreStudents + Members.Sum(m => m.Students);
    public int WeakOrNewMembers => Members.Count(m => m.IsWeak || m.IsNew);
    public double NearestKm => Members.Count == 0 ? 0 : Members.Min(m => m.DistanceKm);
    public double FarthestKm => Members.Count == 0 ? 0 : Members.Max(m => m.DistanceKm);
}

/// <summary>A school the proposal could not place, and why (in the reader's language).</summary>
public sealed record UnplacedSchool(Guid SchoolId, string Code, string Name, string Reason, Words Explanation);

public sealed record FormationResult
{
    public required SolveStatus Status { get; init; }
    public required IReadOnlyList<ProposedAlliance> Alliances { get; init; }
    public required IReadOnlyList<UnplacedSchool> Unplaced { get; init; }
    /// <summary>Why no grouping exists, when none does (empty otherwise).</summary>
    public required IReadOnlyList<Words> Infeasibility { get; init; }
    public long? Objective { get; init; }
    public double? Bound { get; init; }
    /// <summary>(objective − bound) / objective; 0 when proven optimal.</summary>
    public double? Gap { get; init; }
    public required TimeSpan Elapsed { get; init; }
}
