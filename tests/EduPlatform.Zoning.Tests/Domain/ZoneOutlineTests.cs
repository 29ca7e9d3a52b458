using EduPlatform.Zoning.Domain.Export;

namespace EduPlatform.Zoning.Tests.Domain;

public sealed class ZoneOutlineTests
{
    /// <summary>Twice the signed area (shoelace): positive for a counter-clockwise ring.</summary>
    static double SignedArea(IReadOnlyList<(double X, double Y)> ring) =>
        Enumerable.Range(0, ring.Count - 1).Sum(i => ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y);

    static bool Inside(IReadOnlyList<(double X, double Y)> ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 2; i < ring.Count - 1; j = i++)
        {
            if ((ring[i].Y > y) != (ring[j].Y > y) && x < (ring[j].X - ring[i].X) * (y - ring[i].Y) / (ring[j].Y - ring[i].Y) + ring[i].X)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    [Fact]
    public void One_unit_gets_a_small_closed_counter_clockwise_square()
    {
        var ring = ZoneOutline.Ring([(30.42, 115.23)]);

        Assert.Equal(5, ring.Count);
        Assert.Equal(ring[0], ring[^1]);
        Assert.True(SignedArea(ring) > 0);
        Assert.True(Inside(ring, 115.23, 30.42));
        Assert.False(Inside(ring, 115.23, 30.4225)); // 280 m north: outside the 100 m margin
    }

    [Fact]
    public void Every_unit_lies_inside_its_zones_hull_and_the_hull_is_convex()
    {
        var random = new Random(7);
        var units = Enumerable.Range(0, 40).Select(_ => (Latitude: 30.4 + random.NextDouble() * 0.05, Longitude: 115.2 + random.NextDouble() * 0.05)).ToList();

        var ring = ZoneOutline.Ring(units);

        Assert.Equal(ring[0], ring[^1]);
        Assert.True(SignedArea(ring) > 0);
        Assert.All(units, u => Assert.True(Inside(ring, u.Longitude, u.Latitude)));
        for (var i = 0; i + 2 < ring.Count; i++)
        {
            var (a, b, c) = (ring[i], ring[i + 1], ring[(i + 2) % (ring.Count - 1)]);
            Assert.True((b.Longitude - a.Longitude) * (c.Latitude - a.Latitude) - (b.Latitude - a.Latitude) * (c.Longitude - a.Longitude) > 0, "every turn is a left turn");
        }
    }
}
