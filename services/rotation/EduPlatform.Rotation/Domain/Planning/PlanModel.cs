using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>交流 exchange, 支教 support teaching (urban → rural), 走教 itinerant, 挂职 secondment, 跟岗 shadowing (rural → urban) [001][002][003].</summary>
public enum MoveMode { Exchange, Support, Itinerant, Secondment, Shadowing }

/// <summary>What rotation knows of an alliance on the plan's reference date.</summary>
public sealed record AllianceFacts(Guid Id, string Name, string Kind, Guid CoreSchoolId, IReadOnlyList<Guid> Campuses);

/// <summary>
/// Campuses whose people rotate among each other: senders (an alliance's core school; the county's urban schools
/// outside alliances) and receivers (the members; the county's town and rural schools outside alliances). In an
/// itinerant group the lead school's teachers serve the members itinerant, as many as the members' needs ask.
/// </summary>
public sealed record PlanGroup(Guid Id, string Name, string Kind, IReadOnlyList<Guid> Senders, IReadOnlyList<Guid> Receivers, bool Reciprocal, TeamRules? Team,
    SendRange? Sends = null, bool Itinerant = false, PairRules? Pair = null)
{
    /// <summary>The group of the county's schools outside any alliance: urban schools send to town and rural ones.</summary>
    public static readonly Guid CountyGroupId = Guid.Empty;

    /// <summary>Where the county allows it: core schools send to rural campuses outside their own alliance.</summary>
    public static readonly Guid CrossAllianceGroupId = new("00000000-0000-0000-0000-00000000c805");

    /// <summary>Whether a group is an alliance (not the county's own groups), whose office reviews its moves and which placements name.</summary>
    public static bool IsAlliance(Guid groupId) => groupId != CountyGroupId && groupId != CrossAllianceGroupId;
}

/// <summary>How many teachers a league's urban school sends its members in a school year, with the text that says so.</summary>
public sealed record SendRange(int Min, int Max, string Source);

/// <summary>Posts a receiving campus asks to fill by rotation (a vacancy, or a subject it lacks); Subject null = any subject.</summary>
public sealed record CampusNeed(Guid SchoolId, string Stage, Subject? Subject, int Count);

public sealed record PlanCandidate(Person Person, EligibilityDecision Decision);

public sealed record PlanRequest(
    int SchoolYear,
    RotationPolicy Policy,
    IReadOnlyDictionary<Guid, SchoolFacts> Schools,
    IReadOnlyList<PlanGroup> Groups,
    IReadOnlyList<PlanCandidate> People,
    IReadOnlyList<CampusNeed> Needs,
    IReadOnlyList<PlannedMove>? Pinned = null);

/// <summary>One person's move: from where to where, in which mode, for how long, and why; pinned = the bureau keeps it when the plan is drawn again.</summary>
public sealed record PlannedMove(
    Guid PersonId,
    Guid FromSchoolId,
    Guid ToSchoolId,
    Guid GroupId,
    MoveMode Mode,
    string Stage,
    Subject? Subject,
    DateOnly StartOn,
    DateOnly EndOn,
    IReadOnlyList<Words> Reasons,
    Guid? InReturnFor = null,
    bool Pinned = false);

/// <summary>A target or hard requirement of the plan and how far the plan reaches it.</summary>
public sealed record TargetResult(string Target, Words Scope, int Required, int Planned, string Source, Words? Reason = null)
{
    public int Short => Math.Max(0, Required - Planned);

    public bool Met => Short == 0;
}

public sealed record PlanFigures(
    int EligibleTeachers,
    int RotatingTeachers,
    int RotatingBackbone,
    int RotatingCadres,
    int Returns,
    int DueNotMoved);

public sealed record PlanOutcome(IReadOnlyList<PlannedMove> Moves, IReadOnlyList<TargetResult> Targets, PlanFigures Figures, string Objective)
{
    public IReadOnlyList<TargetResult> Shortfalls => Targets.Where(t => !t.Met).ToList();
}
