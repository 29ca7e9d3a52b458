using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Zoning.Tests.Domain;

using static PlannerFixtures;

public sealed class ZonePlannerTests
{
    /// <summary>
    /// The benchmark's 60-school town (3,000 units, 51,918 children, 8% spare seats): local search with chains of four
    /// left 41 children of one school unseated, its zone enclosed by full zones with the room farther off; chains that head
    /// for room seat them all, which no plan can better (the shortage equals the lower bound).
    /// </summary>
    [Fact]
    public void The_sixty_school_town_seats_every_child_and_the_plan_is_proven_best()
    {
        var town = EduPlatform.Benchmarks.SyntheticTown.Build(60, 3_000);

        var plan = ZonePlanner.Plan(town.Units, town.Schools, new ZoneRules());

        Assert.Equal(51_918, town.Units.Sum(u => u.Entrants));
        Assert.Equal(0, plan.Shortage);
        Assert.Equal(0, plan.ShortageGap);
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
        Assert.Equal(70, plan.ShortageLowerBound); // 320 children, 250 seats: no plan seats more
        Assert.Equal(plan.Shortage - 70, plan.ShortageGap);
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

    [Fact]
    public void Whole_units_that_cannot_fit_leave_the_smallest_shortage_and_seats_outrank_the_stability_cap()
    {
        // Three units touching U1; two schools on one site: 270 + 45 seats for 360 children.
        Guid u1 = Guid.NewGuid(), u2 = Guid.NewGuid(), u3 = Guid.NewGuid();
        var units = new List<ZoneUnit> { new(u1, 30.0, 115.0, 120, [u2, u3]), new(u2, 30.0, 115.005, 90, [u1]), new(u3, 30.005, 115.0, 150, [u1]) };
        ZoneSchool big = SchoolAt(0.2, 0.2, 270), small = big with { Id = Guid.NewGuid(), Seats = 45 };

        var first = ZonePlanner.Plan(units, [big, small], new ZoneRules());
        Assert.Equal(45, first.Shortage); // the 90-child unit fills the small school; nothing better exists with whole units

        // The big school gains two classes (360 seats): the 90 children must move back although that passes the 20% cap (72).
        var next = ZonePlanner.Plan(units, [big with { Seats = 360 }, small], new ZoneRules(), first.SchoolOfUnit);
        Assert.Equal(0, next.Shortage);
        Assert.Equal(72, next.StabilityCap);
        Assert.True(next.ChildrenChangingSchool > next.StabilityCap);

        // When everyone fits where they were, nobody moves.
        var kept = ZonePlanner.Plan(units, [big with { Seats = 400 }, small with { Seats = 100 }], new ZoneRules(), next.SchoolOfUnit);
        Assert.Equal(0, kept.ChildrenChangingSchool);
    }
}
