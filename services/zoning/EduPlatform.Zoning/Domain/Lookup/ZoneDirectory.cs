using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Zoning.Domain.Lookup;

public sealed record DirectoryUnit(Guid Id, string Name, string Township, double Latitude, double Longitude, IReadOnlyList<string> Aliases);

public sealed record DirectorySchool(Guid Id, string Code, string Name, string Township);

/// <summary>One published plan as the look-up needs it: each unit's zone and each zone's schools.</summary>
public sealed record DirectoryPlan(Guid PlanId, int SchoolYear, string Stage, string Kind, int Number, DateTimeOffset PublishedAt,
    IReadOnlyDictionary<Guid, int> ZoneOfUnit, IReadOnlyDictionary<int, IReadOnlyList<DirectorySchool>> SchoolsOfZone);

public enum MatchKind { Name, Alias, Address, Coordinate }

public sealed record StageAnswer(string Stage, int SchoolYear, Guid PlanId, int PlanNumber, string Kind, int Zone, IReadOnlyList<DirectorySchool> Schools);

public sealed record LookupCandidate(string Unit, string Township, double? Metres);

/// <summary>A found unit with its schools per stage, or (Unit null) the candidates nearest to what was asked.</summary>
public sealed record LookupAnswer(string Query, string Normalised, DirectoryUnit? Unit, MatchKind? MatchedBy, double? Metres, IReadOnlyList<StageAnswer> Stages,
    IReadOnlyList<LookupCandidate> Candidates, bool Ambiguous)
{
    public bool Found => Unit is not null;
}

/// <summary>
/// The published zones of one county, indexed for the enrolment-season look-up: by a unit's name or alias (as an exact
/// normalised name, or found inside a longer address after the county and township), or by the unit nearest a coordinate.
/// Built once per published version and then read-only, so answering takes no locks and no I/O.
/// </summary>
public sealed class ZoneDirectory
{
    const int CandidateCount = 3;
    readonly IReadOnlyList<DirectoryUnit> _units;
    readonly IReadOnlyList<DirectoryPlan> _plans;
    readonly Dictionary<string, List<(DirectoryUnit Unit, MatchKind Kind)>> _byName = [];
    /// <summary>Names by their first character, so scanning an address for a name visits only names that can start there.</summary>
    readonly Dictionary<char, List<string>> _namesByFirst = [];
    readonly string[] _townships;

    /// <summary>Within this distance a coordinate belongs to its nearest unit; farther, it is not found (candidates are shown).</summary>
    public double CoordinateRadiusMetres { get; }

    public ZoneDirectory(IReadOnlyList<DirectoryUnit> units, IReadOnlyList<DirectoryPlan> plans, double coordinateRadiusMetres = 1500)
    {
        _units = units;
        _plans = plans;
        CoordinateRadiusMetres = coordinateRadiusMetres;
        foreach (var u in units)
        {
            foreach (var form in AddressText.NameForms(u.Name))
            {
                Index(form, u, MatchKind.Name);
            }

            foreach (var form in u.Aliases.SelectMany(AddressText.NameForms))
            {
                Index(form, u, MatchKind.Alias);
            }
        }

        foreach (var name in _byName.Keys)
        {
            (_namesByFirst.TryGetValue(name[0], out var list) ? list : _namesByFirst[name[0]] = []).Add(name);
        }

        _townships = units.Select(u => AddressText.Normalise(u.Township)).Where(t => t.Length > 0).Distinct().OrderByDescending(t => t.Length).ToArray();
    }

    void Index(string form, DirectoryUnit unit, MatchKind kind)
    {
        var list = _byName.TryGetValue(form, out var l) ? l : _byName[form] = [];
        if (!list.Any(x => x.Unit.Id == unit.Id))
        {
            list.Add((unit, kind));
        }
    }

    public IReadOnlyList<DirectoryPlan> Plans => _plans;

    /// <summary>Which school(s) an address or community name belongs to, for the plans of <paramref name="schoolYear"/> (default: the latest published).</summary>
    public LookupAnswer Find(string query, int? schoolYear = null, string? stage = null)
    {
        var normalised = AddressText.Normalise(query);
        var township = _townships.FirstOrDefault(t => normalised.Contains(t, StringComparison.Ordinal));
        var rest = township is null ? normalised : normalised[(normalised.IndexOf(township, StringComparison.Ordinal) + township.Length)..];
        var (matches, kind) = Exact(rest) is { Count: > 0 } exact ? (exact, (MatchKind?)null) : (Inside(rest) is { Count: > 0 } inside ? inside : Inside(normalised), MatchKind.Address);
        if (matches.Count > 1 && township is not null)
        {
            var inTownship = matches.Where(m => AddressText.Normalise(m.Unit.Township) == township).ToList();
            matches = inTownship.Count > 0 ? inTownship : matches;
        }

        var distinct = matches.DistinctBy(m => m.Unit.Id).ToList();
        if (distinct.Count == 1)
        {
            var (unit, how) = distinct[0];
            return Answer(query, normalised, unit, kind ?? how, null, schoolYear, stage);
        }

        var candidates = distinct.Count > 1
            ? distinct.Select(m => new LookupCandidate(m.Unit.Name, m.Unit.Township, null)).ToList()
            : _units.Select(u => (Unit: u, Score: Similarity(rest.Length > 0 ? rest : normalised, u)))
                .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.Unit.Name, StringComparer.Ordinal).Take(CandidateCount)
                .Select(x => new LookupCandidate(x.Unit.Name, x.Unit.Township, null)).ToList();
        return new LookupAnswer(query, normalised, null, null, null, [], candidates, distinct.Count > 1);
    }

    /// <summary>The unit nearest a coordinate, when within <see cref="CoordinateRadiusMetres"/>; otherwise the nearest as candidates.</summary>
    public LookupAnswer Find(double latitude, double longitude, int? schoolYear = null, string? stage = null)
    {
        var query = FormattableString.Invariant($"{latitude},{longitude}");
        var nearest = _units.Select(u => (Unit: u, Metres: ZonePlanner.Metres(latitude, longitude, u.Latitude, u.Longitude)))
            .OrderBy(x => x.Metres).Take(CandidateCount).ToList();
        if (nearest.Count > 0 && nearest[0].Metres <= CoordinateRadiusMetres)
        {
            return Answer(query, query, nearest[0].Unit, MatchKind.Coordinate, Math.Round(nearest[0].Metres), schoolYear, stage);
        }

        return new LookupAnswer(query, query, null, null, null, [],
            nearest.Select(x => new LookupCandidate(x.Unit.Name, x.Unit.Township, Math.Round(x.Metres))).ToList(), false);
    }

    LookupAnswer Answer(string query, string normalised, DirectoryUnit unit, MatchKind how, double? metres, int? schoolYear, string? stage)
    {
        var year = schoolYear ?? _plans.Select(p => p.SchoolYear).DefaultIfEmpty(0).Max();
        var stages = _plans.Where(p => p.SchoolYear == year && (stage is null || p.Stage == stage) && p.ZoneOfUnit.ContainsKey(unit.Id))
            .OrderBy(p => p.Stage == "junior")
            .Select(p =>
            {
                var zone = p.ZoneOfUnit[unit.Id];
                return new StageAnswer(p.Stage, p.SchoolYear, p.PlanId, p.Number, p.Kind, zone, p.SchoolsOfZone.GetValueOrDefault(zone) ?? []);
            }).ToList();
        return new LookupAnswer(query, normalised, unit, how, metres, stages, [], false);
    }

    /// <summary>The text is a unit's name in one of its forms ("河东村委会" is 河东村).</summary>
    List<(DirectoryUnit Unit, MatchKind Kind)> Exact(string text) =>
        AddressText.NameForms(text).Select(form => _byName.GetValueOrDefault(form)).FirstOrDefault(hits => hits is not null) ?? [];

    /// <summary>Units whose name occurs inside the address; the longest name wins ("清泉花园二期" over "清泉花园").</summary>
    List<(DirectoryUnit Unit, MatchKind Kind)> Inside(string address)
    {
        string? best = null;
        for (var i = 0; i < address.Length; i++)
        {
            if (!_namesByFirst.TryGetValue(address[i], out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                if ((best is null || name.Length > best.Length) && i + name.Length <= address.Length && string.CompareOrdinal(address, i, name, 0, name.Length) == 0)
                {
                    best = name;
                }
            }
        }

        return best is null ? [] : _byName[best];
    }

    /// <summary>Shared character pairs between the text and the unit's best-matching name form (Dice coefficient).</summary>
    static double Similarity(string text, DirectoryUnit unit) =>
        AddressText.NameForms(unit.Name).Concat(unit.Aliases.SelectMany(AddressText.NameForms)).Select(form => Dice(text, form)).DefaultIfEmpty(0).Max();

    static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a.Length > 0 && b.Contains(a, StringComparison.Ordinal) ? 0.5 : 0;
        }

        var pairs = Enumerable.Range(0, a.Length - 1).Select(i => a.Substring(i, 2)).ToList();
        var others = Enumerable.Range(0, b.Length - 1).Select(i => b.Substring(i, 2)).ToList();
        var shared = pairs.Count(p => others.Remove(p));
        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
