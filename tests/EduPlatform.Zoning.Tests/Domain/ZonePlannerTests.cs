using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Zoning.Tests.Domain;

public sealed class ZonePlannerTests
{
    const double Step = 0.005; // about 500 m between neighbouring units

    /// <summary>A rows × columns grid of units, 4-connected, with the given entrants each.</summary>
    static ZoneUnit[,] Grid(int rows, int columns, Func<int, int, int> entrants)
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

    static IReadOnlyList<ZoneUnit> All(ZoneUnit[,] grid) => grid.Cast<ZoneUnit>().ToList();

    static ZoneSchool SchoolAt(double row, double column, int seats) => new(Guid.NewGuid(), 30 + row * Step, 115 + column * Step, seats);

    /// <summary>Every zone is one connected piece: each unit reaches every other unit of its zone through neighbours in it.</summary>
    static void AssertContiguous(IReadOnlyList<ZoneUnit> units, ZonePlanOutcome plan)
    {
        var byId = units.ToDictionary(u => u.Id);
        foreach (var zone in units.GroupBy(u => plan.SchoolOfUnit[u.Id]))
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

        Assert.Empty(plan.NonContiguousSchools);
    }

    [Fact]
    public void Four_schools_on_a_grid_get_contiguous_zones_that_fit_their_seats()
    {
        var grid = Grid(8, 8, (_, _) => 10); // 640 children
        var units = All(grid);
        ZoneSchool[] schools = [SchoolAt(1, 1, 200), SchoolAt(1, 6, 200), SchoolAt(6, 1, 200), SchoolAt(6, 6, 200)];

        var plan = ZonePlanner.Plan(units, schools, new ZoneRules());

        Assert.Equal(64, plan.SchoolOfUnit.Count);
        Assert.All(plan.Schools, s => Assert.True(s.Entrants <= s.Seats, $"{s.Entrants} entrants for {s.Seats} seats"));
        Assert.Equal(0, plan.Shortage);
        AssertContiguous(units, plan);
        Assert.Equal(schools[0].Id, plan.SchoolOfUnit[grid[0, 0].Id]); // the corner goes to the school beside it
    }

    [Fact]
    public void A_small_school_in_a_dense_quarter_hands_children_to_its_neighbours_zones()
    {
        // The north-west quarter has 40 children per unit; the school there has 300 seats.
        var grid = Grid(8, 8, (r, c) => r < 4 && c < 4 ? 40 : 10);
        var units = All(grid);
        ZoneSchool[] schools = [SchoolAt(1.5, 1.5, 300), SchoolAt(1.5, 5.5, 400), SchoolAt(5.5, 1.5, 400), SchoolAt(5.5, 5.5, 400)];

        var plan = ZonePlanner.Plan(units, schools, new ZoneRules());

        Assert.All(plan.Schools, s => Assert.True(s.Entrants <= s.Seats, $"{s.Entrants} entrants for {s.Seats} seats"));
        AssertContiguous(units, plan);
    }

    [Fact]
    public void When_seats_are_short_the_plan_says_where_and_by_how_many()
    {
        var grid = Grid(4, 4, (_, _) => 20); // 320 children
        var units = All(grid);
        ZoneSchool[] schools = [SchoolAt(0, 0, 100), SchoolAt(3, 3, 150)]; // 250 seats

        var plan = ZonePlanner.Plan(units, schools, new ZoneRules());

        Assert.True(plan.Shortage >= 70, $"shortage {plan.Shortage}");
        Assert.Equal(320, plan.Schools.Sum(s => s.Entrants)); // every child is zoned to a school; the over-full ones show it
        Assert.Contains(plan.Schools, s => s.Over > 0);
        AssertContiguous(units, plan);
    }

    [Fact]
    public void Contiguity_holds_on_an_irregular_graph_where_the_nearest_school_is_across_a_river()
    {
        // A line of units A–B–C–D; D lies close to school Y in a straight line, but only touches C (a river between D and Y's units).
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid(), e = Guid.NewGuid();
        var units = new List<ZoneUnit>
        {
            new(a, 30.000, 115.000, 10, [b]),
            new(b, 30.000, 115.005, 10, [a, c]),
            new(c, 30.000, 115.010, 10, [b, d]),
            new(d, 30.005, 115.015, 10, [c]),
            new(e, 30.010, 115.015, 10, []), // Y's own unit, with no recorded neighbours
        };
        ZoneSchool x = new(Guid.NewGuid(), 30.000, 115.000, 100), y = new(Guid.NewGuid(), 30.010, 115.015, 100);

        var plan = ZonePlanner.Plan(units, [x, y], new ZoneRules());

        Assert.Equal(x.Id, plan.SchoolOfUnit[d]); // D can only be reached through C, which is X's
        Assert.Equal(y.Id, plan.SchoolOfUnit[e]);
        Assert.Empty(plan.NonContiguousSchools);
    }

    [Fact]
    public void Last_years_plan_is_kept_where_it_still_fits_and_changes_stay_within_the_cap()
    {
        var grid = Grid(6, 6, (_, _) => 10);
        var units = All(grid);
        ZoneSchool[] schools = [SchoolAt(0, 0, 200), SchoolAt(5, 5, 200)];
        var first = ZonePlanner.Plan(units, schools, new ZoneRules());

        var again = ZonePlanner.Plan(units, schools, new ZoneRules(), first.SchoolOfUnit);
        Assert.Equal(0, again.ChildrenChangingSchool);

        // A year later one school has fewer seats: some children must move, no more than 20% of them.
        ZoneSchool[] smaller = [schools[0] with { Seats = 160 }, schools[1] with { Seats = 220 }];
        var next = ZonePlanner.Plan(units, smaller, new ZoneRules(), first.SchoolOfUnit);
        Assert.Equal((int)Math.Floor(0.2 * 360), next.StabilityCap);
        Assert.InRange(next.ChildrenChangingSchool, 1, next.StabilityCap);
        Assert.All(next.Schools, s => Assert.True(s.Entrants <= s.Seats));
        AssertContiguous(units, next);
    }
}
