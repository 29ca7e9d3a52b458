using System.Diagnostics;
using System.Globalization;
using EduPlatform.Organization.Domain;
using EduPlatform.Organization.Planning;

namespace EduPlatform.Benchmarks;

/// <summary>
/// Alliance-formation proposals: CP-SAT (<see cref="FormationSolver"/>) against what a clerk would do instead — each rural
/// school to its nearest core with room, largest schools first — on the demo county and a generated 400-school county.
/// </summary>
public static class FormationBenchmark
{
    public static void Run(string[] args)
    {
        var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(double.Parse).Cast<double?>().FirstOrDefault();
        var policy = AlliancePolicyPresets.Find(AlliancePolicyPresets.Xishui)!;
        foreach (var (name, schools) in new[] { ("demo county primaries", DemoPrimaries()), ("generated county", Generated(400, seed: 7)) })
        {
            var options = new FormationOptions { Kind = AllianceKind.Fused, TravelLimitKm = 50,
                TimeLimit = seconds is { } given ? TimeSpan.FromSeconds(given) : FormationSolver.DefaultTimeLimit(schools.Count) };
            var timer = Stopwatch.StartNew();
            var result = FormationSolver.Solve(policy, options, schools);
            var solved = timer.Elapsed;
            Console.WriteLine($"{name}, {schools.Count} schools: CP-SAT {result.Status} in {solved.TotalSeconds:F2} s, {result.Alliances.Count} alliances, "
                + $"{result.Unplaced.Count} out ({string.Join(", ", result.Unplaced.GroupBy(u => u.Reason).Select(g => $"{g.Key} {g.Count()}"))}), "
                + $"{Describe(result.Alliances)}, gap {result.Gap:P1}");
            timer.Restart();
            var greedy = NearestWithRoom(policy.DefaultRule, options, schools);
            Console.WriteLine($"{name}, {schools.Count} schools: nearest core with room in {timer.Elapsed.TotalMilliseconds:F0} ms, {greedy.Count} alliances, "
                + $"{schools.Count - greedy.Sum(a => a.Members.Count + 1)} out, {Describe(greedy)}");
        }
    }

    static string Describe(IReadOnlyList<ProposedAlliance> alliances)
    {
        if (alliances.Count == 0)
        {
            return "no alliances";
        }

        var sizes = alliances.Select(a => a.Students).ToList();
        var mean = sizes.Average();
        var deviation = Math.Sqrt(sizes.Average(s => (s - mean) * (s - mean)));
        var km = alliances.SelectMany(a => a.Members).Sum(m => m.DistanceKm);
        var tooSmall = alliances.Count(a => a.Members.Count < 3);
        return $"travel {km:F0} km, students per alliance {sizes.Min()}–{sizes.Max()} (sd {deviation:F0}), under 3 members {tooSmall}";
    }

    /// <summary>Largest member first, each to the nearest core within the limit that has room; cores opened as they are used.</summary>
    static List<ProposedAlliance> NearestWithRoom(KindRule rule, FormationOptions options, IReadOnlyList<FormationCandidate> schools)
    {
        var cores = schools.Where(s => s.School.Locality == Locality.Urban && s.School.IsPublic).ToList();
        var room = cores.ToDictionary(c => c.School.Id, _ => rule.MaxMembers ?? int.MaxValue);
        var members = cores.ToDictionary(c => c.School.Id, _ => new List<ProposedMember>());
        foreach (var m in schools.Where(s => s.School.Locality != Locality.Urban && s.School.IsPublic).OrderByDescending(s => s.Students))
        {
            var core = cores.Where(c => room[c.School.Id] > 0 && FormationSolver.Distance(m, c) <= options.TravelLimitKm)
                .OrderBy(c => FormationSolver.Distance(m, c)).FirstOrDefault();
            if (core is not null)
            {
                room[core.School.Id]--;
                members[core.School.Id].Add(new ProposedMember(m.School.Id, m.Code, m.School.Name, m.School.Locality, m.School.Township, m.Students,
                    false, false, Math.Round(FormationSolver.Distance(m, core), 1)));
            }
        }

        return cores.Where(c => members[c.School.Id].Count > 0)
            .Select(c => new ProposedAlliance(c.School.Id, c.Code, c.School.Name, c.School.Township, c.Students, members[c.School.Id])).ToList();
    }

    static IReadOnlyList<FormationCandidate> DemoPrimaries()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "demo", "schools.csv");
        return File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).Where(c => c[2] == "小学")
            .Select(c => new FormationCandidate(
                new SchoolFacts(Guid.NewGuid(), c[1], Stage.Primary, c[3] switch { "城区" => Locality.Urban, "镇区" => Locality.Town, _ => Locality.Rural }, c[5], c[8] == "公办"),
                c[0], double.Parse(c[6], CultureInfo.InvariantCulture), double.Parse(c[7], CultureInfo.InvariantCulture), int.Parse(c[12])))
            .ToList();
    }

    /// <summary>
    /// A county of <paramref name="count"/> primaries: a fifth in the county town (a 6 km disc), the rest in 20 townships
    /// up to 45 km out, rural schools of 80–600 students and urban ones of 1,200–2,400.
    /// </summary>
    public static IReadOnlyList<FormationCandidate> Generated(int count, int seed)
    {
        var random = new Random(seed);
        const double lat0 = 30.45, lon0 = 115.26, kmPerDegree = 111.0;
        var townships = Enumerable.Range(0, 20).Select(i =>
        {
            var angle = i * 2 * Math.PI / 20 + random.NextDouble() * 0.2;
            var distance = 12 + random.NextDouble() * 30;
            return (Name: $"第{i + 1}乡镇", Lat: lat0 + distance * Math.Sin(angle) / kmPerDegree, Lon: lon0 + distance * Math.Cos(angle) / (kmPerDegree * Math.Cos(lat0 * Math.PI / 180)));
        }).ToList();
        return Enumerable.Range(0, count).Select(i =>
        {
            var urban = i < count / 5;
            var (township, lat, lon) = urban ? ("城关镇", lat0, lon0) : townships[random.Next(townships.Count)];
            var spread = urban ? 6 : 5;
            var schoolLat = lat + (random.NextDouble() - 0.5) * 2 * spread / kmPerDegree;
            var schoolLon = lon + (random.NextDouble() - 0.5) * 2 * spread / kmPerDegree;
            var students = urban ? random.Next(1200, 2400) : random.Next(80, 600);
            var facts = new SchoolFacts(Guid.NewGuid(), $"{township}第{i + 1}小学", Stage.Primary, urban ? Locality.Urban : (i % 3 == 0 ? Locality.Town : Locality.Rural),
                township, IsPublic: true, IsWeak: !urban && i % 7 == 0);
            return new FormationCandidate(facts, $"G{i:D4}", schoolLat, schoolLon, students);
        }).ToList();
    }
}
