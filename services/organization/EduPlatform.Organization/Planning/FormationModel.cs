using Google.OrTools.Sat;

namespace EduPlatform.Organization.Planning;

/// <summary>
/// The CP-SAT model of a formation proposal (<see cref="FormationSolver"/> explains the cost): one variable per core that
/// may lead and per (member, core in reach); each school in at most one role; every alliance within the size limits.
/// </summary>
sealed class FormationModel
{
    public CpModel Model { get; } = new();
    public Dictionary<Guid, BoolVar> Lead { get; }
    public Dictionary<(Guid Member, Guid Core), BoolVar> Join { get; } = [];
    /// <summary>1 when the school has a role (core or member).</summary>
    public Dictionary<Guid, LinearExpr> Placed { get; } = [];

    /// <param name="placeAll">Every qualified member placed (a far stronger search); else one left out costs <see cref="FormationSolver.UnplacedKm"/>.</param>
    public FormationModel(FormationInput input, bool placeAll)
    {
        var (rule, options, byId, cores, members, reach) = input;
        Lead = cores.ToDictionary(c => c.School.Id, c => Model.NewBoolVar($"core_{c.Code}"));
        foreach (var m in members)
        {
            foreach (var c in reach[m.School.Id])
            {
                var x = Model.NewBoolVar($"join_{m.Code}_{c}");
                Join[(m.School.Id, c)] = x;
                Model.AddImplication(x, Lead[c]);
            }
        }

        var joinsOf = Join.ToLookup(j => j.Key.Member);
        foreach (var id in byId.Keys)
        {
            var roles = joinsOf[id].Select(j => j.Value).ToList();
            if (Lead.TryGetValue(id, out var asCore))
            {
                roles.Add(asCore);
            }

            Model.AddAtMostOne(roles);
            Placed[id] = LinearExpr.Sum(roles);
        }

        var maxMembers = FormationSolver.MaxMembers(rule);
        var expected = FormationSolver.ExpectedAlliances(rule, cores.Count, byId.Count, maxMembers);
        var target = byId.Values.Sum(s => (long)s.Students) / expected;
        var weakTotal = members.Count(FormationSolver.IsWeakOrNew);
        var deviations = new List<LinearExpr>();
        var weakDeviations = new List<LinearExpr>();
        var joinedTo = Join.ToLookup(j => j.Key.Core);
        foreach (var (coreId, y) in Lead)
        {
            var joined = joinedTo[coreId].ToList();
            var count = LinearExpr.Sum(joined.Select(j => j.Value));
            Model.Add(count >= (rule.MinMembers ?? 0) * y);
            if (maxMembers < int.MaxValue)
            {
                Model.Add(count <= maxMembers * y);
            }

            // |students − target| of an alliance that is formed; the target is the students over the alliances expected.
            var load = LinearExpr.WeightedSum(joined.Select(j => j.Value).Append(y),
                joined.Select(j => (long)byId[j.Key.Member].Students).Append(byId[coreId].Students));
            deviations.Add(AbsoluteGap(load - target * (LinearExpr)y, target * 4L + 1));

            // |expected × weak members − weak total|: weak and new members spread evenly.
            var weak = LinearExpr.Sum(joined.Where(j => FormationSolver.IsWeakOrNew(byId[j.Key.Member])).Select(j => j.Value));
            weakDeviations.Add(AbsoluteGap(expected * weak - weakTotal * (LinearExpr)y, (long)expected * members.Count + weakTotal + 1));
        }

        LimitPerTownship(rule, options, cores);
        Pin(options);
        Hint(members.Where(m => !Lead.ContainsKey(m.School.Id)), reach, maxMembers);

        // Cost in students: 0.1 km of travel = StudentsPerKm / 10; a qualified member left out = UnplacedKm of travel.
        var travel = LinearExpr.WeightedSum(Join.Values,
            Join.Keys.Select(k => (long)Math.Round(FormationSolver.Distance(byId[k.Member], byId[k.Core]) * 10)));
        var left = LinearExpr.Sum(members.Select(m => 1 - Placed[m.School.Id]));
        if (placeAll)
        {
            Model.Add(left == 0);
        }

        var weakWeight = Math.Max(1, FormationSolver.WeakPerKm * FormationSolver.StudentsPerKm / expected);
        Model.Minimize(FormationSolver.StudentsPerKm / 10 * travel + LinearExpr.Sum(deviations) + weakWeight * LinearExpr.Sum(weakDeviations)
            + FormationSolver.UnplacedKm * FormationSolver.StudentsPerKm * left);
    }

    IntVar AbsoluteGap(LinearExpr expr, long bound) => CpSat.AbsoluteValue(Model, expr, bound);

    void LimitPerTownship(Domain.KindRule rule, FormationOptions options, IReadOnlyList<FormationCandidate> cores)
    {
        if (rule.MaxPerTownship is not { } perTownship)
        {
            return;
        }

        foreach (var township in cores.GroupBy(c => c.School.Township))
        {
            var room = perTownship - options.LedFromTownship.GetValueOrDefault(township.Key);
            Model.Add(LinearExpr.Sum(township.Select(c => Lead[c.School.Id])) <= Math.Max(0, room));
        }
    }

    /// <summary>The bureau's pins; <see cref="FormationSolver"/> has checked that each is allowed.</summary>
    void Pin(FormationOptions options)
    {
        foreach (var id in options.PinnedCores)
        {
            Model.Add(Lead[id] == 1);
        }

        foreach (var (member, core) in options.PinnedMembers)
        {
            Model.Add(Join[(member, core)] == 1);
        }
    }

    /// <summary>A start for the search: largest members first, each to the nearest core in reach with room.</summary>
    void Hint(IEnumerable<FormationCandidate> members, IReadOnlyDictionary<Guid, List<Guid>> reach, int maxMembers)
    {
        var room = Lead.Keys.ToDictionary(id => id, _ => maxMembers);
        var opened = new HashSet<Guid>();
        foreach (var m in members.OrderByDescending(m => m.Students))
        {
            var core = reach[m.School.Id].FirstOrDefault(c => room[c] > 0);
            if (core != Guid.Empty)
            {
                room[core]--;
                opened.Add(core);
                Model.AddHint(Join[(m.School.Id, core)], true);
            }
        }

        foreach (var (id, y) in Lead)
        {
            Model.AddHint(y, opened.Contains(id));
        }
    }
}

/// <summary>The screened schools a model is built from.</summary>
sealed record FormationInput(Domain.KindRule Rule, FormationOptions Options, IReadOnlyDictionary<Guid, FormationCandidate> ById,
    IReadOnlyList<FormationCandidate> Cores, IReadOnlyList<FormationCandidate> Members, IReadOnlyDictionary<Guid, List<Guid>> Reach);
