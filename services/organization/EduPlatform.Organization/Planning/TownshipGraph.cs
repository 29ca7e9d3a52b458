using EduPlatform.Kernel;

namespace EduPlatform.Organization.Planning;

/// <summary>
/// Which townships border which. The suite holds no township boundaries, so by default two townships are neighbours when
/// no third township's centre (the mean of its schools' positions) lies in the circle whose diameter joins their centres
/// (the Gabriel graph: connected, planar, close to real borders for compact townships). A bureau may give the pairs instead.
/// </summary>
public static class TownshipGraph
{
    public static Dictionary<string, HashSet<string>> FromCentres(IReadOnlyDictionary<string, (double Lat, double Lon)> centres)
    {
        var names = centres.Keys.ToList();
        var graph = names.ToDictionary(n => n, _ => new HashSet<string>());
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var a = centres[names[i]];
                var b = centres[names[j]];
                var mid = ((a.Lat + b.Lat) / 2, (a.Lon + b.Lon) / 2);
                var radius = GreatCircle.Km(a.Lat, a.Lon, b.Lat, b.Lon) / 2;
                var blocked = names.Where((_, k) => k != i && k != j)
                    .Any(n => GreatCircle.Km(centres[n].Lat, centres[n].Lon, mid.Item1, mid.Item2) < radius);
                if (!blocked)
                {
                    graph[names[i]].Add(names[j]);
                    graph[names[j]].Add(names[i]);
                }
            }
        }

        return graph;
    }

    public static Dictionary<string, HashSet<string>> FromPairs(IEnumerable<string> townships, IEnumerable<(string A, string B)> pairs)
    {
        var graph = townships.Distinct().ToDictionary(n => n, _ => new HashSet<string>());
        foreach (var (a, b) in pairs.Where(p => graph.ContainsKey(p.A) && graph.ContainsKey(p.B) && p.A != p.B))
        {
            graph[a].Add(b);
            graph[b].Add(a);
        }

        return graph;
    }

    /// <summary>Hops from <paramref name="start"/> to every township it reaches.</summary>
    public static Dictionary<string, int> Hops(IReadOnlyDictionary<string, HashSet<string>> graph, string start)
    {
        var hops = new Dictionary<string, int> { [start] = 0 };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var next in graph[at].Where(n => !hops.ContainsKey(n)))
            {
                hops[next] = hops[at] + 1;
                queue.Enqueue(next);
            }
        }

        return hops;
    }
}
