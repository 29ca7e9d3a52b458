using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Zoning.Tests.Domain;

/// <summary>Grids of units and schools placed on them, and the contiguity check every planner test uses.</summary>
static class PlannerFixtures
{
    const double Step = 0.005; // about 500 m between neighbouring units

    /// <summary>A rows × columns grid of units, 4-connected, with the given entrants each.</summary>
    public static ZoneUnit[,] Grid(int rows, int columns, Func<int, int, int> entrants)
    {
        var ids = new Guid[rows, columns];
        for (var r = 0; r < rows; r++) { for (var c = 0; c < columns; c++) { ids[r, c] = Guid.NewGuid(); } }

        var grid = new ZoneUnit[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var neighbours = new List<Guid>();
                if (r > 0) { neighbours.Add(ids[r - 1, c]); }
                if (r < rows - 1) { neighbours.Add(ids[r + 1, c]); }
                if (c > 0) { neighbours.Add(ids[r, c - 1]); }
                if (c < columns - 1) { neighbours.Add(ids[r, c + 1]); }
                grid[r, c] = new ZoneUnit(ids[r, c], 30 + r * Step, 115 + c * Step, entrants(r, c), neighbours);
            }
        }

        return grid;
    }

    public static IReadOnlyList<ZoneUnit> All(ZoneUnit[,] grid) => grid.Cast<ZoneUnit>().ToList();

    public static ZoneSchool SchoolAt(double row, double column, int seats) => new(Guid.NewGuid(), 30 + row * Step, 115 + column * Step, seats);

    /// <summary>Every zone is one connected piece: each unit reaches every other unit of its zone through neighbours in it.</summary>
    public static void AssertContiguous(IReadOnlyList<ZoneUnit> units, ZonePlanOutcome plan)
    {
        AssertContiguous(units, u => plan.SchoolOfUnit[u.Id]);
        Assert.Empty(plan.NonContiguousSchools);
    }

    /// <summary>Every zone, as <paramref name="zoneOf"/> names it, is one connected piece.</summary>
    public static void AssertContiguous<TZone>(IReadOnlyList<ZoneUnit> units, Func<ZoneUnit, TZone> zoneOf)
    {
        var byId = units.ToDictionary(u => u.Id);
        foreach (var zone in units.GroupBy(zoneOf))
        {
            var members = zone.Select(u => u.Id).ToHashSet();
            var reached = new HashSet<Guid> { members.First() };
            var queue = new Queue<Guid>(reached);
            while (queue.Count > 0)
            {
                foreach (var n in byId[queue.Dequeue()].Neighbours.Where(members.Contains))
                {
                    if (reached.Add(n)) { queue.Enqueue(n); }
                }
            }

            Assert.Equal(members.Count, reached.Count);
        }
    }
}
