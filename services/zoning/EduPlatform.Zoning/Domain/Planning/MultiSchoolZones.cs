namespace EduPlatform.Zoning.Domain.Planning;

/// <summary>A drawn zone: its schools and, summed over its units, the expected entrants against the schools' entry seats.</summary>
public sealed record DrawnZone(int Number, IReadOnlyList<Guid> Schools, int Units, int Entrants, int Seats)
{
    public int Over => Math.Max(0, Entrants - Seats);
}

/// <summary>How single-school zones are joined into multi-school zones (多校划片).</summary>
public sealed record MultiSchoolRules
{
    /// <summary>At most this many schools share a zone.</summary>
    public int MaxSchoolsPerZone { get; init; } = 3;
    /// <summary>Schools of one zone stand at most this far apart (straight line), so any of them is a reasonable trip. A planner default, not a policy number.</summary>
    public double MaxMetresBetweenSchools { get; init; } = 3000;
}

/// <summary>
/// Multi-school zones: the single-school zones are joined, never splitting one, so each zone stays contiguous. Popular
/// (hot) schools are spread — never two in one zone — and ordinary schools join the nearest hot school's zone first, so
/// as many families as possible share a chance at one; then zones that are still over-full pool seats with a neighbour.
/// Joins are between zones that touch (or a school that has no units of its own, which joins the nearest zone).
/// </summary>
public static class MultiSchoolZones
{
    public static IReadOnlyList<DrawnZone> Join(IReadOnlyList<ZoneUnit> units, IReadOnlyList<ZoneSchool> schools, IReadOnlyDictionary<Guid, Guid> schoolOfUnit,
        IReadOnlySet<Guid> hot, MultiSchoolRules rules)
    {
        var members = schools.ToDictionary(s => s.Id, s => new List<ZoneSchool> { s });
        var entrants = schools.ToDictionary(s => s.Id, s => units.Where(u => schoolOfUnit[u.Id] == s.Id).Sum(u => u.Entrants));
        var zoned = schools.Where(s => entrants[s.Id] > 0 || units.Any(u => schoolOfUnit[u.Id] == s.Id)).Select(s => s.Id).ToHashSet();
        var touching = Touching(units, schoolOfUnit);

        int Hot(Guid group) => members[group].Count(s => hot.Contains(s.Id));
        int Seats(Guid group) => members[group].Sum(s => s.Seats);
        int Over(Guid group) => Math.Max(0, entrants[group] - Seats(group));
        bool Touch(Guid a, Guid b) =>
            members[a].Any(x => members[b].Any(y => touching.Contains((x.Id, y.Id)))) || !members[a].Any(x => zoned.Contains(x.Id)) || !members[b].Any(y => zoned.Contains(y.Id));
        double Apart(Guid a, Guid b) => members[a].SelectMany(x => members[b].Select(y => ZonePlanner.Metres(x.Latitude, x.Longitude, y.Latitude, y.Longitude))).Max();

        while (true)
        {
            var groups = members.Keys.ToList();
            var best = groups.SelectMany(a => groups.Where(b => a.CompareTo(b) < 0).Select(b => (A: a, B: b)))
                .Where(p => members[p.A].Count + members[p.B].Count <= rules.MaxSchoolsPerZone && Hot(p.A) + Hot(p.B) <= 1 && Touch(p.A, p.B))
                .Select(p => (p.A, p.B, Apart: Apart(p.A, p.B), SharesHot: Hot(p.A) + Hot(p.B) == 1,
                    Relieves: Over(p.A) + Over(p.B) - Math.Max(0, entrants[p.A] + entrants[p.B] - Seats(p.A) - Seats(p.B))))
                .Where(p => p.Apart <= rules.MaxMetresBetweenSchools && (p.SharesHot || p.Relieves > 0))
                .OrderByDescending(p => p.SharesHot).ThenByDescending(p => p.Relieves).ThenBy(p => p.Apart)
                .Cast<(Guid A, Guid B, double Apart, bool SharesHot, int Relieves)?>().FirstOrDefault();
            if (best is not { } join)
            {
                break;
            }

            members[join.A].AddRange(members[join.B]);
            entrants[join.A] += entrants[join.B];
            members.Remove(join.B);
        }

        var order = schools.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return members.OrderBy(g => g.Value.Min(s => order[s.Id])).Select((g, i) =>
        {
            var ids = g.Value.OrderBy(s => order[s.Id]).Select(s => s.Id).ToList();
            var zoneUnits = units.Where(u => ids.Contains(schoolOfUnit[u.Id])).ToList();
            return new DrawnZone(i + 1, ids, zoneUnits.Count, zoneUnits.Sum(u => u.Entrants), g.Value.Sum(s => s.Seats));
        }).ToList();
    }

    /// <summary>Single-school zones as drawn zones, numbered in the schools' order.</summary>
    public static IReadOnlyList<DrawnZone> Single(IReadOnlyList<ZoneUnit> units, IReadOnlyList<ZoneSchool> schools, IReadOnlyDictionary<Guid, Guid> schoolOfUnit) =>
        schools.Select((s, i) =>
        {
            var zoneUnits = units.Where(u => schoolOfUnit[u.Id] == s.Id).ToList();
            return new DrawnZone(i + 1, [s.Id], zoneUnits.Count, zoneUnits.Sum(u => u.Entrants), s.Seats);
        }).ToList();

    /// <summary>Pairs of schools (both orders) whose zones have touching units.</summary>
    static HashSet<(Guid, Guid)> Touching(IReadOnlyList<ZoneUnit> units, IReadOnlyDictionary<Guid, Guid> schoolOfUnit)
    {
        var known = units.Select(u => u.Id).ToHashSet();
        var pairs = new HashSet<(Guid, Guid)>();
        foreach (var u in units)
        {
            foreach (var n in u.Neighbours.Where(known.Contains))
            {
                if (schoolOfUnit[u.Id] != schoolOfUnit[n])
                {
                    pairs.Add((schoolOfUnit[u.Id], schoolOfUnit[n]));
                    pairs.Add((schoolOfUnit[n], schoolOfUnit[u.Id]));
                }
            }
        }

        return pairs;
    }
}
