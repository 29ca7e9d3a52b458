using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Zoning.Tests.Domain;

using static PlannerFixtures;

public sealed class MultiSchoolZonesTests
{
    static Dictionary<Guid, int> ZoneOfUnit(IReadOnlyList<ZoneUnit> units, ZonePlanOutcome plan, IReadOnlyList<DrawnZone> zones) =>
        units.ToDictionary(u => u.Id, u => zones.Single(z => z.Schools.Contains(plan.SchoolOfUnit[u.Id])).Number);

    [Fact]
    public void Hot_schools_are_spread_one_per_zone_and_ordinary_schools_join_the_nearest_hot_zone()
    {
        var units = All(Grid(6, 6, (_, _) => 10));
        // Corners of a 2.5 km square: the two hot schools stand on a diagonal (3.5 km apart).
        ZoneSchool hotA = SchoolAt(0, 0, 100), hotB = SchoolAt(5, 5, 100), plainC = SchoolAt(0, 5, 100), plainD = SchoolAt(5, 0, 100);
        ZoneSchool[] schools = [hotA, hotB, plainC, plainD];
        var single = ZonePlanner.Plan(units, schools, new ZoneRules());

        var zones = MultiSchoolZones.Join(units, schools, single.SchoolOfUnit, new HashSet<Guid> { hotA.Id, hotB.Id }, new MultiSchoolRules { MaxSchoolsPerZone = 2 });

        Assert.Equal(2, zones.Count);
        Assert.All(zones, z => Assert.Single(z.Schools, s => s == hotA.Id || s == hotB.Id));
        Assert.All(zones, z => Assert.Equal(2, z.Schools.Count));
        Assert.Equal(360, zones.Sum(z => z.Entrants));
        Assert.Equal(36, zones.Sum(z => z.Units));
        AssertContiguous(units, u => ZoneOfUnit(units, single, zones)[u.Id]);
    }

    [Fact]
    public void Without_hot_schools_only_an_over_full_zone_pools_seats_with_a_touching_one()
    {
        // A 2 × 6 strip: the west school has 40 seats for its zone's 120 children, the east one 200 seats for 60.
        var units = All(Grid(2, 6, (_, c) => c < 3 ? 20 : 10));
        ZoneSchool west = SchoolAt(0.5, 0, 40), east = SchoolAt(0.5, 5, 200), far = SchoolAt(0.5, 40, 500);
        var schoolOfUnit = units.ToDictionary(u => u.Id, u => u.Longitude < 115.0125 ? west.Id : east.Id);

        var joined = MultiSchoolZones.Join(units, [west, east, far], schoolOfUnit, new HashSet<Guid>(), new MultiSchoolRules());
        var pooled = Assert.Single(joined, z => z.Schools.Count == 2);
        Assert.Equal([west.Id, east.Id], pooled.Schools);
        Assert.Equal(0, pooled.Over);
        Assert.Contains(joined, z => z.Schools.SequenceEqual([far.Id])); // 20 km away: never sharing a zone

        // Schools farther apart than the rule allows keep their own zones and the shortage stays visible.
        var apart = MultiSchoolZones.Join(units, [west, east], schoolOfUnit, new HashSet<Guid>(), new MultiSchoolRules { MaxMetresBetweenSchools = 1000 });
        Assert.Equal(2, apart.Count);
        Assert.Equal(80, apart.Sum(z => z.Over));
    }

    [Fact]
    public void Two_hot_schools_never_share_a_zone_even_to_pool_seats()
    {
        var units = All(Grid(2, 4, (_, _) => 30));
        ZoneSchool a = SchoolAt(0.5, 0, 60), b = SchoolAt(0.5, 3, 500);
        var schoolOfUnit = units.ToDictionary(u => u.Id, u => u.Longitude < 115.0075 ? a.Id : b.Id);

        var zones = MultiSchoolZones.Join(units, [a, b], schoolOfUnit, new HashSet<Guid> { a.Id, b.Id }, new MultiSchoolRules());

        Assert.Equal(2, zones.Count);
        Assert.Equal(60, zones.Sum(z => z.Over));
    }
}
