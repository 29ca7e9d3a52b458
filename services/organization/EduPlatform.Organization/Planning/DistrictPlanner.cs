using System.Diagnostics;
using EduPlatform.Kernel;
using EduPlatform.Organization.Domain;
using Google.OrTools.Sat;

namespace EduPlatform.Organization.Planning;

/// <summary>
/// The district form (学区制) [004]: a stage's schools partitioned, whole townships at a time, into districts each led by a
/// head school (学区长学校), of comparable size and strength and near one another: 规模一致、实力相当、特色相似、地域相近.
/// Junior districts hold 6–9 townships and primary districts 3–5 [004].
/// </summary>
public static class DistrictPlanner
{
    /// <summary>國中每個學區轄6-9個鎮鄉…國小每個學區3-5個鎮鄉 [004]; other stages: no bound.</summary>
    public static (int Min, int Max, string Source) TownshipsPerDistrict(Stage stage) => stage switch
    {
        Stage.Junior => (6, 9, "[004] 國中每個學區轄6-9個鎮鄉"),
        Stage.Primary => (3, 5, "[004] 國小每個學區3-5個鎮鄉"),
        _ => (1, int.MaxValue, "[004] 学区制（该学段无乡镇数要求）"),
    };

    public sealed record Options
    {
        public required int Districts { get; init; }
        /// <summary>The head schools, one per district, in different townships; spread over the larger townships when empty.</summary>
        public IReadOnlyList<Guid> Heads { get; init; } = [];
        public required int MinTownships { get; init; }
        public required int MaxTownships { get; init; }
        /// <summary>Township borders given by the bureau; derived from the schools' positions when null.</summary>
        public IReadOnlyList<(string A, string B)>? Borders { get; init; }
        public required TimeSpan TimeLimit { get; init; }
    }

    public sealed record District(Guid HeadSchoolId, string HeadName, string HeadTownship, IReadOnlyList<string> Townships, int Schools,
        int Students, int WeakOrNew, double FarthestKm);

    public sealed record Result(SolveStatus Status, IReadOnlyList<District> Districts, IReadOnlyList<Words> Problems,
        IReadOnlyDictionary<string, HashSet<string>> Borders, double? Gap, TimeSpan Elapsed);

    public static Result Plan(IReadOnlyList<FormationCandidate> schools, Options options)
    {
        var clock = Stopwatch.StartNew();
        var located = schools.Where(s => s.Latitude is not null && s.Longitude is not null).ToList();
        var byTownship = located.GroupBy(s => s.School.Township).ToDictionary(g => g.Key, g => g.ToList());
        var centres = byTownship.ToDictionary(t => t.Key, t => (t.Value.Average(s => s.Latitude!.Value), t.Value.Average(s => s.Longitude!.Value)));
        var borders = options.Borders is { } given ? TownshipGraph.FromPairs(centres.Keys, given) : TownshipGraph.FromCentres(centres);
        Result Fail(params Words[] why) => new(SolveStatus.Infeasible, [], why, borders, null, clock.Elapsed);

        var heads = options.Heads.Count > 0
            ? options.Heads.Select(id => located.FirstOrDefault(s => s.School.Id == id)).ToList()
            : DefaultHeads(byTownship, centres, options.Districts);
        if (heads.Count != options.Districts || heads.Any(h => h is null))
        {
            return Fail(DistrictTexts.HeadsNeeded(options.Districts));
        }

        if (heads.Select(h => h!.School.Township).Distinct().Count() != heads.Count)
        {
            return Fail(DistrictTexts.HeadsInOneTownship);
        }

        var townships = byTownship.Keys.Order(StringComparer.Ordinal).ToList();
        if ((long)options.Districts * options.MinTownships > townships.Count || (long)options.Districts * options.MaxTownships < townships.Count)
        {
            return Fail(DistrictTexts.TownshipCount(townships.Count, options.Districts, options.MinTownships, options.MaxTownships));
        }

        var hops = heads.Select(h => TownshipGraph.Hops(borders, h!.School.Township)).ToList();
        var unreachable = townships.Where(t => hops.All(h => !h.ContainsKey(t))).ToList();
        if (unreachable.Count > 0)
        {
            return Fail(DistrictTexts.Unreachable(unreachable));
        }

        var model = new CpModel();
        var z = townships.ToDictionary(t => t, t => Enumerable.Range(0, heads.Count).Select(d => model.NewBoolVar($"{t}_{d}")).ToArray());
        var students = townships.ToDictionary(t => t, t => (long)byTownship[t].Sum(s => s.Students));
        var weak = townships.ToDictionary(t => t, t => (long)byTownship[t].Count(FormationSolver.IsWeakOrNew));
        var weakTotal = weak.Values.Sum();
        var cost = new List<LinearExpr>();
        foreach (var t in townships)
        {
            model.AddExactlyOne(z[t]);
            for (var d = 0; d < heads.Count; d++)
            {
                if (!hops[d].TryGetValue(t, out var hop))
                {
                    model.Add(z[t][d] == 0);
                }
                else if (hop == 0)
                {
                    model.Add(z[t][d] == 1);
                }
                else
                {
                    // Contiguous: a township joins a district only with a neighbour nearer its head [Gillani et al. 2023].
                    var closer = borders[t].Where(n => hops[d].TryGetValue(n, out var h) && h < hop).Select(n => z[n][d]).ToList();
                    model.Add(LinearExpr.Sum(closer) >= z[t][d]);
                }

                var (lat, lon) = centres[t];
                var head = heads[d]!;
                cost.Add(FormationSolver.StudentsPerKm * (long)Math.Round(GreatCircle.Km(lat, lon, head.Latitude!.Value, head.Longitude!.Value)) * z[t][d]);
            }
        }

        // Comparable size and strength: every pair of districts as close as can be in students and in weak or new schools.
        var loads = new List<LinearExpr>();
        var weakLoads = new List<LinearExpr>();
        for (var d = 0; d < heads.Count; d++)
        {
            var inDistrict = townships.Select(t => z[t][d]).ToList();
            model.AddLinearConstraint(LinearExpr.Sum(inDistrict), options.MinTownships, Math.Min(options.MaxTownships, townships.Count));
            loads.Add(LinearExpr.WeightedSum(inDistrict, townships.Select(t => students[t])));
            weakLoads.Add(LinearExpr.WeightedSum(inDistrict, townships.Select(t => weak[t])));
        }

        for (var d = 0; d < heads.Count; d++)
        {
            for (var e = d + 1; e < heads.Count; e++)
            {
                cost.Add(Gap(model, loads[d] - loads[e], students.Values.Sum()));
                cost.Add(FormationSolver.WeakPerKm * FormationSolver.StudentsPerKm * Gap(model, weakLoads[d] - weakLoads[e], weakTotal + 1));
            }
        }

        model.Minimize(LinearExpr.Sum(cost));
        var solver = new CpSolver { StringParameters = CpSat.Parameters(options.TimeLimit, FormationSolver.Workers) };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return status == CpSolverStatus.Infeasible
                ? Fail(DistrictTexts.NoPartition)
                : new(SolveStatus.NoSolutionInTime, [], [DistrictTexts.NoneInTime], borders, null, clock.Elapsed);
        }

        var districts = heads.Select((head, d) =>
        {
            var mine = townships.Where(t => solver.BooleanValue(z[t][d])).ToList();
            var members = mine.SelectMany(t => byTownship[t]).ToList();
            return new District(head!.School.Id, head.School.Name, head.School.Township, mine, members.Count, members.Sum(s => s.Students),
                members.Count(FormationSolver.IsWeakOrNew), Math.Round(members.Max(s => FormationSolver.Distance(s, head)), 1));
        }).ToList();
        var objective = solver.ObjectiveValue;
        var gap = status == CpSolverStatus.Optimal || objective == 0 ? 0 : Math.Max(0, (objective - solver.BestObjectiveBound) / objective);
        return new(status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible, districts, [], borders, gap, clock.Elapsed);
    }

    /// <summary>
    /// Heads spread over the county: the largest quality school (not weak or new) of the township with the most students,
    /// then each time that of the township farthest from the heads chosen, among the larger half of the townships.
    /// </summary>
    static List<FormationCandidate?> DefaultHeads(Dictionary<string, List<FormationCandidate>> byTownship,
        Dictionary<string, (double Lat, double Lon)> centres, int districts)
    {
        var larger = byTownship.Where(t => t.Value.Any(s => !FormationSolver.IsWeakOrNew(s)))
            .OrderByDescending(t => t.Value.Sum(s => s.Students)).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => t.Key).Take(Math.Max(districts, (byTownship.Count + 1) / 2)).ToList();
        var chosen = larger.Take(1).ToList();
        while (chosen.Count < Math.Min(districts, larger.Count))
        {
            chosen.Add(larger.Except(chosen).MaxBy(t => chosen.Min(c =>
                GreatCircle.Km(centres[t].Lat, centres[t].Lon, centres[c].Lat, centres[c].Lon)))!);
        }

        return chosen.Select(t => (FormationCandidate?)byTownship[t].Where(s => !FormationSolver.IsWeakOrNew(s)).MaxBy(s => s.Students)).ToList();
    }

    static IntVar Gap(CpModel model, LinearExpr expr, long bound) => CpSat.AbsoluteValue(model, expr, bound);
}
