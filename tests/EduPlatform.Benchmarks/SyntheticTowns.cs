using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Benchmarks;

/// <summary>
/// A generated town for zoning: a near-square grid of residential units about 400 m apart, each touching its 4 neighbours
/// except where a random tenth of the links are cut (rivers, rail lines), entrants 5–30 per unit, and schools at random
/// units with seats for their share of the entrants plus 8% spare.
/// </summary>
public sealed record SyntheticTown(IReadOnlyList<ZoneUnit> Units, IReadOnlyList<ZoneSchool> Schools)
{
    public static SyntheticTown Build(int schools, int units, int seed = 20250301)
    {
        var random = new Random(seed);
        var columns = (int)Math.Ceiling(Math.Sqrt(units));
        var ids = Enumerable.Range(0, units).Select(_ => Guid.NewGuid()).ToArray();
        var neighbours = ids.Select(_ => new List<Guid>()).ToArray();
        for (var i = 0; i < units; i++)
        {
            foreach (var j in new[] { i % columns < columns - 1 ? i + 1 : -1, i + columns })
            {
                if (j >= 0 && j < units && random.NextDouble() > 0.1)
                {
                    neighbours[i].Add(ids[j]);
                    neighbours[j].Add(ids[i]);
                }
            }
        }

        var list = Enumerable.Range(0, units).Select(i => new ZoneUnit(ids[i], 30.4 + i / columns * 0.0036, 115.2 + i % columns * 0.0042,
            random.Next(5, 31), neighbours[i])).ToList();
        var entrants = list.Sum(u => u.Entrants);
        var seats = (int)Math.Ceiling(entrants * 1.08 / schools);
        var sites = list.OrderBy(_ => random.Next()).Take(schools).ToList();
        return new SyntheticTown(list, sites.Select(u => new ZoneSchool(Guid.NewGuid(), u.Latitude + 0.0005, u.Longitude + 0.0005, seats)).ToList());
    }
}
