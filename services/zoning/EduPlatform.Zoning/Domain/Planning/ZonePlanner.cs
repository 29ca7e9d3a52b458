using EduPlatform.Optimization;

namespace EduPlatform.Zoning.Domain.Planning;

/// <summary>A unit as the planner sees it: where, how many entrants of the stage, which units it touches.</summary>
public sealed record ZoneUnit(Guid Id, double Latitude, double Longitude, int Entrants, IReadOnlyCollection<Guid> Neighbours);

public sealed record ZoneSchool(Guid Id, double Latitude, double Longitude, int Seats);

/// <summary>How zones are drawn; localities set their own values.</summary>
public sealed record ZoneRules
{
    /// <summary>Road distance ≈ straight line × this factor, where no distance matrix is imported.</summary>
    public double DetourFactor { get; init; } = 1.3;
    /// <summary>At most this share of children may change school from last year's plan (the stability cap).</summary>
    public double MaxShareChanging { get; init; } = 0.2;
    /// <summary>Each unit considers this many nearest schools (and its previous one).</summary>
    public int CandidateSchools { get; init; } = 6;
}

public sealed record ZoneLoad(Guid SchoolId, int Entrants, int Seats)
{
    public int Over => Math.Max(0, Entrants - Seats);
}

public sealed record ZonePlanOutcome(
    IReadOnlyDictionary<Guid, Guid> SchoolOfUnit,
    IReadOnlyList<ZoneLoad> Schools,
    int ChildrenChangingSchool,
    int StabilityCap,
    double AverageDistanceMetres,
    IReadOnlyList<Guid> NonContiguousSchools)
{
    public int Shortage => Schools.Sum(s => s.Over);

    /// <summary>
    /// Children no plan can seat: more children than seats in all. A plan whose <see cref="Shortage"/> equals it is the
    /// best possible for these seats; the <see cref="ShortageGap"/> is at most how many more children another plan could seat.
    /// </summary>
    public int ShortageLowerBound => Math.Max(0, Schools.Sum(s => s.Entrants) - Schools.Sum(s => s.Seats));

    public int ShortageGap => Shortage - ShortageLowerBound;
}

/// <summary>
/// Single-school catchment zones (domain.md §4, §7): children to seats by a minimum-cost transport (distance, with last
/// year's school a little cheaper), each unit then given to the school that took most of its children, then local search:
/// every zone is made contiguous around the unit nearest its school (a unit joins a school only through a neighbour in
/// the same zone), and over-full schools hand boundary units to a neighbouring zone with room, cheapest detour first,
/// never splitting the zone they leave, within the stability cap unless only a move past it seats a child. What still does not fit is the shortage.
/// </summary>
public static class ZonePlanner
{
    public static ZonePlanOutcome Plan(IReadOnlyList<ZoneUnit> units, IReadOnlyList<ZoneSchool> schools, ZoneRules rules,
        IReadOnlyDictionary<Guid, Guid>? previous = null)
    {
        if (schools.Count == 0)
        {
            throw new ArgumentException("A zone plan needs at least one school.", nameof(schools));
        }

        var plan = new Drawing(units, schools, rules, previous ?? new Dictionary<Guid, Guid>());
        plan.Transport();
        plan.MakeContiguous();
        plan.RelieveOverfullSchools();
        plan.MakeContiguous();
        return plan.Outcome();
    }

    /// <summary>Great-circle distance in metres.</summary>
    public static double Metres(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6_371_000;
        double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * R * Math.Asin(Math.Sqrt(a));
    }

    sealed class Drawing(IReadOnlyList<ZoneUnit> units, IReadOnlyList<ZoneSchool> schools, ZoneRules rules, IReadOnlyDictionary<Guid, Guid> previous)
    {
        readonly Dictionary<Guid, ZoneUnit> _units = units.ToDictionary(u => u.Id);
        readonly Dictionary<Guid, ZoneSchool> _schools = schools.ToDictionary(s => s.Id);
        readonly Dictionary<Guid, Guid> _zone = [];
        readonly Dictionary<Guid, int> _load = schools.ToDictionary(s => s.Id, _ => 0);

        Dictionary<Guid, Dictionary<Guid, double>>? _alongNeighbours;

        /// <summary>
        /// Travel from a unit to a school: the straight line × the detour factor, or longer where the way through touching units
        /// is longer (a river crossed only at its bridges): from the school to its nearest unit, then unit to touching unit.
        /// </summary>
        double Distance(ZoneUnit u, ZoneSchool s)
        {
            var straight = Metres(u.Latitude, u.Longitude, s.Latitude, s.Longitude) * rules.DetourFactor;
            _alongNeighbours ??= schools.ToDictionary(x => x.Id, PathsFrom);
            return _alongNeighbours[s.Id].TryGetValue(u.Id, out var path) ? Math.Max(straight, path) : straight;
        }

        /// <summary>Dijkstra over the units' adjacency from the unit nearest the school.</summary>
        Dictionary<Guid, double> PathsFrom(ZoneSchool school)
        {
            var found = new Dictionary<Guid, double>();
            if (units.MinBy(u => Metres(u.Latitude, u.Longitude, school.Latitude, school.Longitude)) is not { } start)
            {
                return found;
            }

            var queue = new PriorityQueue<ZoneUnit, double>();
            queue.Enqueue(start, Metres(start.Latitude, start.Longitude, school.Latitude, school.Longitude) * rules.DetourFactor);
            while (queue.TryDequeue(out var u, out var metres))
            {
                if (!found.TryAdd(u.Id, metres))
                {
                    continue;
                }

                foreach (var n in u.Neighbours)
                {
                    if (_units.TryGetValue(n, out var next) && !found.ContainsKey(n))
                    {
                        queue.Enqueue(next, metres + Metres(u.Latitude, u.Longitude, next.Latitude, next.Longitude));
                    }
                }
            }

            return found;
        }

        /// <summary>
        /// Each school's seed unit, the one its zone must stay connected to: after the transport, the unit of its zone nearest
        /// to it; a school whose zone is empty gets one when it first takes a unit.
        /// </summary>
        readonly Dictionary<Guid, Guid> Home = [];

        void SeedFromZones()
        {
            foreach (var school in schools)
            {
                if (units.Where(u => _zone[u.Id] == school.Id).MinBy(u => Distance(u, school)) is { } nearest)
                {
                    Home[school.Id] = nearest.Id;
                }
            }
        }

        int StabilityCap => (int)Math.Floor(rules.MaxShareChanging * units.Where(u => previous.ContainsKey(u.Id)).Sum(u => u.Entrants));

        int Changing => units.Where(u => previous.TryGetValue(u.Id, out var was) && _zone[u.Id] != was).Sum(u => u.Entrants);

        void Assign(ZoneUnit u, Guid school)
        {
            if (_zone.TryGetValue(u.Id, out var was))
            {
                _load[was] -= u.Entrants;
            }

            _zone[u.Id] = school;
            _load[school] += u.Entrants;
            if (was != Guid.Empty && Home.TryGetValue(was, out var seed) && seed == u.Id)
            {
                Home.Remove(was);
                if (units.Where(x => _zone[x.Id] == was).MinBy(x => Distance(x, _schools[was])) is { } next)
                {
                    Home[was] = next.Id;
                }
            }

            Home.TryAdd(school, u.Id);
        }

        public void Transport()
        {
            var net = new MinCostFlow(2 + units.Count + schools.Count);
            const int source = 0, sink = 1;
            var schoolNode = schools.Select((s, i) => (s.Id, Node: 2 + units.Count + i)).ToDictionary(x => x.Id, x => x.Node);
            foreach (var s in schools)
            {
                net.AddArc(schoolNode[s.Id], sink, s.Seats, 0);
            }

            var arcs = new List<(ZoneUnit Unit, Guid School, int Arc)>();
            long unplacedCost = 1_000_000_000;
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                net.AddArc(source, 2 + i, u.Entrants, 0);
                var candidates = schools.OrderBy(s => Distance(u, s)).Take(rules.CandidateSchools).Select(s => s.Id).ToHashSet();
                if (previous.TryGetValue(u.Id, out var was) && _schools.ContainsKey(was))
                {
                    candidates.Add(was);
                }

                foreach (var id in candidates)
                {
                    // Last year's school costs a little less, so equal options keep children where they were.
                    var metres = Distance(u, _schools[id]) * (previous.GetValueOrDefault(u.Id) == id ? 0.9 : 1.0);
                    arcs.Add((u, id, net.AddArc(2 + i, schoolNode[id], u.Entrants, (long)Math.Round(metres))));
                }

                net.AddArc(2 + i, sink, u.Entrants, unplacedCost);
            }

            net.Solve(source, sink, units.Sum(u => (long)u.Entrants), onlyImproving: false);
            foreach (var group in arcs.GroupBy(a => a.Unit))
            {
                var best = group.OrderByDescending(a => net.FlowOn(a.Arc)).ThenBy(a => Distance(group.Key, _schools[a.School])).First();
                Assign(group.Key, best.School);
            }

            Home.Clear();
            SeedFromZones();
        }

        /// <summary>The units of a school's zone reachable from its home unit through neighbours in the same zone.</summary>
        HashSet<Guid> Connected(Guid school, Guid? without = null)
        {
            var reached = new HashSet<Guid>();
            if (!Home.TryGetValue(school, out var home) || _zone[home] != school || home == without)
            {
                return reached;
            }

            var queue = new Queue<Guid>([home]);
            reached.Add(home);
            while (queue.Count > 0)
            {
                foreach (var n in _units[queue.Dequeue()].Neighbours)
                {
                    if (n != without && _units.ContainsKey(n) && _zone[n] == school && reached.Add(n))
                    {
                        queue.Enqueue(n);
                    }
                }
            }

            return reached;
        }

        /// <summary>
        /// A unit cut off from its school's seed joins a neighbouring zone it touches: one with room for it if any, the
        /// nearest first (units with no neighbours recorded stay).
        /// </summary>
        public void MakeContiguous()
        {
            for (var round = 0; round < units.Count; round++)
            {
                var stray = schools.SelectMany(s =>
                {
                    var connected = Connected(s.Id);
                    return units.Where(u => _zone[u.Id] == s.Id && !connected.Contains(u.Id) && u.Neighbours.Count > 0);
                }).ToList();
                if (stray.Count == 0)
                {
                    return;
                }

                var moved = false;
                foreach (var u in stray)
                {
                    var target = u.Neighbours.Where(_units.ContainsKey).Select(n => _zone[n]).Where(z => z != _zone[u.Id] && Connected(z).Overlaps(u.Neighbours))
                        .Distinct().OrderBy(z => _schools[z].Seats - _load[z] < u.Entrants).ThenBy(z => Distance(u, _schools[z])).Cast<Guid?>().FirstOrDefault();
                    if (target is { } to)
                    {
                        Assign(u, to);
                        moved = true;
                    }
                }

                if (!moved)
                {
                    return;
                }
            }
        }

        /// <summary>
        /// Hands boundary units of over-full schools to neighbouring zones, cheapest detour first among moves into room; where
        /// none fits, a move that lowers the total overflow (a big unit into a small school) is taken. Each move lowers it, so this ends.
        /// The stability cap binds unless only a move past it gives a child a seat; the outcome then shows changes above the cap.
        /// </summary>
        public void RelieveOverfullSchools()
        {
            var cap = StabilityCap;
            for (var step = 0; step < units.Count * 4; step++)
            {
                var best = (Unit: (ZoneUnit?)null, To: Guid.Empty, Key: new Move(true, true, double.MaxValue));
                foreach (var school in schools.Where(s => _load[s.Id] > s.Seats))
                {
                    var emptyZones = schools.Where(x => !Home.ContainsKey(x.Id)).Select(x => x.Id).ToList();
                    foreach (var u in units.Where(u => _zone[u.Id] == school.Id && u.Entrants > 0))
                    {
                        foreach (var to in u.Neighbours.Where(_units.ContainsKey).Select(n => _zone[n]).Where(z => z != school.Id).Concat(emptyZones).Distinct())
                        {
                            var room = _schools[to].Seats - _load[to];
                            var relieved = Math.Min(u.Entrants, _load[school.Id] - school.Seats) - Math.Max(0, u.Entrants - Math.Max(0, room));
                            if (relieved <= 0)
                            {
                                continue;
                            }

                            var changes = ChangesWith(u, school.Id, to);
                            var key = new Move(changes > 0 && Changing + changes > cap, room < u.Entrants, Distance(u, _schools[to]) - Distance(u, school));
                            if (key.IsBetterThan(best.Key) && KeepsZonesWhole(u, school.Id, to))
                            {
                                best = (u, to, key);
                            }
                        }
                    }
                }

                if (best.Unit is not null && !best.Key.PassesCap && !best.Key.Overflows)
                {
                    Assign(best.Unit, best.To);
                }
                else if ((FindChain(cap, MaxChain, ChainBreadth) ?? FindChain(cap, DeepChain, DeepBreadth)) is { } chain)
                {
                    foreach (var (unit, to) in chain)
                    {
                        Assign(unit, to);
                    }
                }
                else if (best.Unit is not null)
                {
                    Assign(best.Unit, best.To);
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>
        /// An ejection chain for when no neighbour has room: a boundary unit of an over-full zone goes to a full neighbour,
        /// which hands one of its own boundary units (at least as many children as it now lacks seats for) on to the next
        /// zone, and so on until a zone with room takes the last one; at most <see cref="MaxChain"/> moves, each keeping every
        /// zone whole and all within the cap, the cheapest total detour winning. Each level tries only its cheapest few moves.
        /// </summary>
        List<(ZoneUnit Unit, Guid To)>? FindChain(int cap, int maxChain, int breadth)
        {
            List<(ZoneUnit Unit, Guid To)>? best = null;
            var bestDelta = double.MaxValue;
            // A long chain heads for room: its links go first to the zones fewest zone-steps from one with seats to spare.
            var hops = maxChain > MaxChain ? HopsToRoom() : null;

            void Extend(List<(ZoneUnit Unit, Guid To)> chain, Guid current, int lacking, double delta, HashSet<Guid> visited)
            {
                var moved = chain.Select(m => m.Unit.Id).ToHashSet();
                var options = units.Where(v => _zone[v.Id] == current && v.Entrants >= lacking && !moved.Contains(v.Id) && Home.GetValueOrDefault(current) != v.Id)
                    .SelectMany(v => NeighbourZones(v).Where(w => !visited.Contains(w))
                        .Select(w => (Unit: v, To: w, Delta: delta + Distance(v, _schools[w]) - Distance(v, _schools[current]))))
                    .Where(o => o.Delta < bestDelta && Changing + ChangesWith(o.Unit, current, o.To) <= cap)
                    .OrderBy(o => hops?.GetValueOrDefault(o.To, int.MaxValue) ?? 0).ThenBy(o => o.Delta).ToList();
                var tried = 0;
                foreach (var (v, to, d) in options)
                {
                    if (tried == breadth || d >= bestDelta)
                    {
                        break;
                    }

                    if (!KeepsZonesWhole(v, current, to))
                    {
                        continue;
                    }

                    tried++;

                    var room = _schools[to].Seats - _load[to];
                    if (room >= v.Entrants)
                    {
                        (best, bestDelta) = ([.. chain, (v, to)], d);
                    }
                    else if (chain.Count + 1 < maxChain)
                    {
                        Assign(v, to); // tentatively: the next link is judged against the zones as they would be
                        Extend([.. chain, (v, to)], to, v.Entrants - room, d, [.. visited, to]);
                        Assign(v, current);
                    }
                }
            }

            foreach (var school in schools.Where(s => _load[s.Id] > s.Seats).ToList())
            {
                foreach (var u in units.Where(u => _zone[u.Id] == school.Id && u.Entrants > 0 && Home.GetValueOrDefault(school.Id) != u.Id).ToList())
                {
                    foreach (var into in NeighbourZones(u).Where(z => z != school.Id).ToList())
                    {
                        var lacking = _load[into] + u.Entrants - _schools[into].Seats;
                        var delta = Distance(u, _schools[into]) - Distance(u, school);
                        if (lacking <= 0 || delta >= bestDelta || Changing + ChangesWith(u, school.Id, into) > cap || !KeepsZonesWhole(u, school.Id, into))
                        {
                            continue; // a single move does it, or no chain may start here
                        }

                        Assign(u, into);
                        Extend([(u, into)], into, lacking, delta, [school.Id, into]);
                        Assign(u, school.Id);
                    }
                }
            }

            return best;
        }

        /// <summary>For each zone, how many zone-to-zone steps (through touching units) lead to the nearest zone with a seat to spare.</summary>
        Dictionary<Guid, int> HopsToRoom()
        {
            var touching = schools.ToDictionary(s => s.Id, _ => new HashSet<Guid>());
            foreach (var u in units)
            {
                foreach (var n in u.Neighbours.Where(_units.ContainsKey).Where(n => _zone[n] != _zone[u.Id]))
                {
                    touching[_zone[u.Id]].Add(_zone[n]);
                }
            }

            var hops = schools.Where(s => _load[s.Id] < s.Seats).ToDictionary(s => s.Id, _ => 0);
            var queue = new Queue<Guid>(hops.Keys);
            while (queue.TryDequeue(out var zone))
            {
                foreach (var next in touching[zone].Where(z => !hops.ContainsKey(z)))
                {
                    hops[next] = hops[zone] + 1;
                    queue.Enqueue(next);
                }
            }

            return hops;
        }

        /// <summary>
        /// The longest ejection chain tried, and how many cheapest continuations each link considers: short and broad first
        /// (the cheapest detours), then, where room lies farther off behind full zones, long and narrow.
        /// </summary>
        const int MaxChain = 4, ChainBreadth = 6, DeepChain = 12, DeepBreadth = 2;

        IEnumerable<Guid> NeighbourZones(ZoneUnit u) => u.Neighbours.Where(_units.ContainsKey).Select(n => _zone[n]).Distinct();

        /// <summary>Children whose school differs from last year's more (or, negative, fewer) after moving the unit.</summary>
        int ChangesWith(ZoneUnit u, Guid from, Guid to) =>
            previous.TryGetValue(u.Id, out var was) ? (was == from ? u.Entrants : was == to ? -u.Entrants : 0) : 0;

        /// <summary>
        /// A candidate relief move. Seats come first (every child is entitled to a place), so a move may pass the stability cap
        /// when no move within it relieves the school; one within the cap, then one into room, then the shortest detour wins.
        /// </summary>
        readonly record struct Move(bool PassesCap, bool Overflows, double Delta)
        {
            public bool IsBetterThan(Move other) =>
                PassesCap != other.PassesCap ? !PassesCap : Overflows != other.Overflows ? !Overflows : Delta < other.Delta;
        }

        /// <summary>Moving the unit leaves everything its zone reached still reached (a zone's last unit may go, leaving the school unzoned), and it joins the other zone through a connected neighbour (or starts an empty one).</summary>
        bool KeepsZonesWhole(ZoneUnit u, Guid from, Guid to)
        {
            var before = Connected(from);
            before.Remove(u.Id);
            return Connected(from, without: u.Id).SetEquals(before) && (!Home.ContainsKey(to) || Connected(to).Overlaps(u.Neighbours));
        }

        public ZonePlanOutcome Outcome()
        {
            var loads = schools.Select(s => new ZoneLoad(s.Id, _load[s.Id], s.Seats)).ToList();
            var children = units.Sum(u => u.Entrants);
            var distance = children == 0 ? 0 : units.Sum(u => u.Entrants * Distance(u, _schools[_zone[u.Id]])) / children;
            var broken = schools.Where(s => units.Any(u => _zone[u.Id] == s.Id && u.Neighbours.Count > 0 && !Connected(s.Id).Contains(u.Id))).Select(s => s.Id).ToList();
            return new ZonePlanOutcome(new Dictionary<Guid, Guid>(_zone), loads, Changing, StabilityCap, distance, broken);
        }
    }
}
