using System.Diagnostics;
using EduPlatform.Kernel;
using EduPlatform.Organization.Domain;
using Google.OrTools.Sat;

namespace EduPlatform.Organization.Planning;

/// <summary>
/// Proposes alliances for one stage as a CP-SAT model (<see cref="FormationModel"/>): each school is a core or joins one
/// core in reach (within the travel limit, among its <see cref="NearestCores"/> nearest), every alliance within the kind's
/// size limits, every member qualified by the composition rules. It minimises one cost: the members' straight-line
/// distance to their cores, each alliance's distance in students from an even share (<see cref="StudentsPerKm"/> students
/// weigh as 1 km), and the weak or new members' distance from an even spread (<see cref="WeakPerKm"/> km each). Schools no
/// rule admits, or out of reach, are named with the reason before solving; impossible sizes are reported with the numbers.
/// </summary>
public static class FormationSolver
{
    /// <summary>50 students of size spread weigh as much as one more km of travel (a class of about 45–50 [national]).</summary>
    public const int StudentsPerKm = 50;
    /// <summary>One weak or new member more in one alliance than another weighs as 10 km of travel.</summary>
    public const int WeakPerKm = 10;
    /// <summary>A qualified member left out costs as much as 1,000 km of travel: the solver leaves one out only when no grouping takes it.</summary>
    public const int UnplacedKm = 1000;
    /// <summary>Each member is offered its 15 nearest cores within the limit: farther ones would only add travel.</summary>
    public const int NearestCores = 15;

    static string Parameters(TimeSpan limit) => CpSat.Parameters(limit, Workers);

    /// <summary>As many workers as cores, at least 2; EDUPLATFORM_CPSAT_WORKERS overrides (for benchmarks).</summary>
    internal static int Workers => int.TryParse(Environment.GetEnvironmentVariable("EDUPLATFORM_CPSAT_WORKERS"), out var n) ? n : Math.Max(2, Environment.ProcessorCount);

    /// <summary>The solver's default time: 1.5 s up to 100 schools, then 0.06 s a school, at most 25 s.</summary>
    public static TimeSpan DefaultTimeLimit(int schools) => TimeSpan.FromSeconds(schools <= 100 ? 1.5 : Math.Min(25, schools * 0.06));

    public static FormationResult Solve(AlliancePolicy policy, FormationOptions options, IReadOnlyList<FormationCandidate> candidates)
    {
        var clock = Stopwatch.StartNew();
        var rule = policy.RuleFor(options.Kind);
        var unplaced = new List<UnplacedSchool>();
        var schools = Screen(policy, rule, options, candidates, unplaced);
        var cores = schools.Where(s => CanLead(policy, rule, options, s)).ToList();
        var members = schools.Where(s => CanJoin(policy, rule, options, s)).ToList();

        var reach = members.ToDictionary(m => m.School.Id, m => Reach(m, cores, rule, options));
        foreach (var m in members.Where(m => reach[m.School.Id].Count == 0 && !cores.Contains(m)).ToList())
        {
            unplaced.Add(Unplaced(m, "too-far", FormationTexts.TooFarFromEveryCore(m.School.Name, options.TravelLimitKm)));
            members.Remove(m);
        }

        var mustPlace = members.Select(m => m.School.Id).ToHashSet();
        var infeasibility = Capacity(rule, options, cores, members);
        if (infeasibility.Count > 0)
        {
            return Result(SolveStatus.Infeasible, [], unplaced, infeasibility, clock);
        }

        var byId = schools.ToDictionary(s => s.School.Id);
        var pinProblems = PinProblems(options, cores, reach, byId);
        if (pinProblems.Count > 0)
        {
            return Result(SolveStatus.Infeasible, [], unplaced, pinProblems, clock);
        }

        // Every qualified member placed first (a far stronger search); only where that is proven impossible are members
        // left out, at UnplacedKm each.
        var input = new FormationInput(rule, options, byId, cores, members, reach);
        var built = new FormationModel(input, placeAll: true);
        var solver = new CpSolver { StringParameters = Parameters(options.TimeLimit) };
        var status = solver.Solve(built.Model);
        if (status == CpSolverStatus.Infeasible && options.TimeLimit - clock.Elapsed is { TotalSeconds: > 0.1 } remaining)
        {
            built = new FormationModel(input, placeAll: false);
            solver = new CpSolver { StringParameters = Parameters(remaining) };
            status = solver.Solve(built.Model);
        }

        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            var why = status == CpSolverStatus.Infeasible
                ? [FormationTexts.NoGrouping(options.TravelLimitKm)]
                : new List<Words> { FormationTexts.NoneInTime(options.TimeLimit) };
            return Result(status == CpSolverStatus.Infeasible ? SolveStatus.Infeasible : SolveStatus.NoSolutionInTime, [], unplaced, why, clock);
        }

        var (lead, join, placed) = (built.Lead, built.Join, built.Placed);
        foreach (var id in mustPlace.Where(id => solver.Value(placed[id]) == 0))
        {
            unplaced.Add(Unplaced(byId[id], "no-fit", FormationTexts.NoFit(byId[id].School.Name)));
        }

        var alliances = lead.Where(l => solver.BooleanValue(l.Value)).Select(l =>
        {
            var core = byId[l.Key];
            var joined = join.Where(j => j.Key.Core == l.Key && solver.BooleanValue(j.Value))
                .Select(j => byId[j.Key.Member])
                .Select(m => new ProposedMember(m.School.Id, m.Code, m.School.Name, m.School.Locality, m.School.Township, m.Students,
                    m.School.IsWeak, m.School.IsNew, Math.Round(Distance(m, core), 1)))
                .OrderBy(m => m.DistanceKm).ToList();
            return new ProposedAlliance(core.School.Id, core.Code, core.School.Name, core.School.Township, core.Students, joined);
        }).OrderBy(a => a.CoreCode, StringComparer.Ordinal).ToList();

        foreach (var c in cores.Where(c => solver.Value(placed[c.School.Id]) == 0 && !mustPlace.Contains(c.School.Id)))
        {
            unplaced.Add(Unplaced(c, "core-not-needed", FormationTexts.CoreNotNeeded(c.School.Name)));
        }

        var objective = (long)solver.ObjectiveValue;
        var bound = solver.BestObjectiveBound;
        return Result(status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible, alliances, unplaced, [], clock) with
        {
            Objective = objective,
            Bound = bound,
            Gap = status == CpSolverStatus.Optimal || objective == 0 ? 0 : Math.Max(0, (objective - bound) / objective),
        };
    }

    /// <summary>Leaves out the schools the bureau excluded and those no rule lets in, each with its reason.</summary>
    static List<FormationCandidate> Screen(AlliancePolicy policy, KindRule rule, FormationOptions options,
        IReadOnlyList<FormationCandidate> candidates, List<UnplacedSchool> unplaced)
    {
        var kept = new List<FormationCandidate>();
        foreach (var c in candidates)
        {
            if (options.Excluded.Contains(c.School.Id))
            {
                unplaced.Add(Unplaced(c, "excluded", FormationTexts.Excluded(c.School.Name)));
            }
            else if (c.Latitude is null || c.Longitude is null)
            {
                unplaced.Add(Unplaced(c, "no-location", FormationTexts.NoLocation(c.School.Name)));
            }
            else if (!CanLead(policy, rule, options, c) && !CanJoin(policy, rule, options, c))
            {
                unplaced.Add(Unplaced(c, "not-eligible", FormationTexts.NotEligible(c.School.Name, c.School.IsPublic)));
            }
            else
            {
                kept.Add(c);
            }
        }

        return kept;
    }

    /// <summary>
    /// The cores a member may join: within the travel limit (and the core's township where the kind asks), the
    /// <see cref="NearestCores"/> nearest of them, and a core the bureau pinned it to.
    /// </summary>
    static List<Guid> Reach(FormationCandidate member, List<FormationCandidate> cores, KindRule rule, FormationOptions options)
    {
        var pinned = options.PinnedMembers.TryGetValue(member.School.Id, out var core) ? core : Guid.Empty;
        return cores
            .Where(c => c.School.Id != member.School.Id && Distance(member, c) <= options.TravelLimitKm
                && (!rule.MembersInCoreTownship || c.School.Township == member.School.Township))
            .OrderBy(c => Distance(member, c))
            .Select((c, rank) => (c.School.Id, rank))
            .Where(c => c.rank < NearestCores || c.Id == pinned)
            .Select(c => c.Id).ToList();
    }

    internal static int MaxMembers(KindRule rule) => Math.Min(rule.MaxMembers ?? int.MaxValue, (rule.MaxSchools ?? int.MaxValue) - 1);

    /// <summary>The pins no rule allows: a core that may not lead, a member out of its core's reach.</summary>
    static List<Words> PinProblems(FormationOptions options, List<FormationCandidate> cores, Dictionary<Guid, List<Guid>> reach,
        Dictionary<Guid, FormationCandidate> byId)
    {
        string NameOf(Guid id) => byId.TryGetValue(id, out var c) ? c.School.Name : id.ToString();
        var problems = options.PinnedCores.Where(id => cores.All(c => c.School.Id != id)).Select(id => FormationTexts.CannotLead(NameOf(id))).ToList();
        problems.AddRange(options.PinnedMembers
            .Where(p => !reach.TryGetValue(p.Key, out var cs) || !cs.Contains(p.Value) || cores.All(c => c.School.Id != p.Value))
            .Select(p => FormationTexts.CannotJoin(NameOf(p.Key), NameOf(p.Value), options.TravelLimitKm)));
        return problems;
    }

    /// <summary>Alliances expected: as many as there are cores, within what the size limits allow (Xishui: every quality urban school leads).</summary>
    internal static int ExpectedAlliances(KindRule rule, int cores, int schools, int maxMembers)
    {
        var fewest = maxMembers == int.MaxValue ? 1 : (schools + maxMembers) / (maxMembers + 1);
        var most = schools / ((rule.MinMembers ?? 0) + 1);
        return Math.Max(1, Math.Clamp(cores, Math.Min(fewest, most), Math.Max(fewest, most)));
    }

    /// <summary>Before solving: enough cores for the members, and enough members for the cores that must lead.</summary>
    static List<Words> Capacity(KindRule rule, FormationOptions options, List<FormationCandidate> cores, List<FormationCandidate> members)
    {
        var why = new List<Words>();
        var onlyMembers = members.Count(m => !cores.Contains(m));
        var maxMembers = MaxMembers(rule);
        if (maxMembers < int.MaxValue && (long)cores.Count * maxMembers < onlyMembers)
        {
            why.Add(FormationTexts.NotEnoughCores(onlyMembers, cores.Count, maxMembers, (onlyMembers + maxMembers - 1) / maxMembers));
        }

        var pinned = options.PinnedCores.Count;
        if (rule.MinMembers is { } min && pinned * min > members.Count)
        {
            why.Add(FormationTexts.NotEnoughMembers(pinned, min, members.Count));
        }

        return why;
    }

    public static bool CanLead(AlliancePolicy policy, KindRule rule, FormationOptions options, FormationCandidate c) =>
        (!rule.RequireUrbanCore || c.School.Locality == Locality.Urban)
        && !c.School.IsWeak && !c.School.IsNew
        && PublicEnough(policy, options.Kind, c)
        && (rule.Stages is null || rule.Stages.Contains(c.School.Stage));

    public static bool CanJoin(AlliancePolicy policy, KindRule rule, FormationOptions options, FormationCandidate c) =>
        AllianceCompositionRules.QualifiesAsMember(rule, c.School)
        && PublicEnough(policy, options.Kind, c)
        && (rule.Stages is null || rule.Stages.Contains(c.School.Stage));

    static bool PublicEnough(AlliancePolicy policy, AllianceKind kind, FormationCandidate c) =>
        c.School.IsPublic || !policy.FusedPublicOnly || AllianceKinds.CategoryOf(kind) != AllianceCategory.Fused;

    internal static bool IsWeakOrNew(FormationCandidate c) => c.School.IsWeak || c.School.IsNew;

    public static double Distance(FormationCandidate a, FormationCandidate b) =>
        GreatCircle.Km(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value);

    static UnplacedSchool Unplaced(FormationCandidate c, string reason, Words why) => new(c.School.Id, c.Code, c.School.Name, reason, why);

    static FormationResult Result(SolveStatus status, IReadOnlyList<ProposedAlliance> alliances, List<UnplacedSchool> unplaced,
        IReadOnlyList<Words> infeasibility, Stopwatch clock) => new()
    {
        Status = status,
        Alliances = alliances,
        Unplaced = unplaced,
        Infeasibility = infeasibility,
        Elapsed = clock.Elapsed,
    };
}
