namespace EduPlatform.Zoning.Domain.Export;

/// <summary>
/// A zone's outline for the bureau's map: the convex hull of its units' locations, each widened by a small square margin
/// so that one- and two-unit zones still have an area. Units are points (no parcel boundaries are imported), so the
/// outline is a drawing aid; the list of units is what the plan says.
/// </summary>
public static class ZoneOutline
{
    /// <summary>Half the side of the square drawn around each unit, in metres.</summary>
    public const double MarginMetres = 100;

    /// <summary>The outline as a closed ring of (longitude, latitude), counter-clockwise, as GeoJSON wants (RFC 7946 §3.1.6).</summary>
    public static IReadOnlyList<(double Longitude, double Latitude)> Ring(IEnumerable<(double Latitude, double Longitude)> units)
    {
        var corners = new List<(double X, double Y)>();
        foreach (var (lat, lon) in units)
        {
            var dLat = MarginMetres / 111_320.0;
            var dLon = MarginMetres / (111_320.0 * Math.Max(0.01, Math.Cos(lat * Math.PI / 180)));
            corners.AddRange([(lon - dLon, lat - dLat), (lon + dLon, lat - dLat), (lon + dLon, lat + dLat), (lon - dLon, lat + dLat)]);
        }

        if (corners.Count == 0)
        {
            return [];
        }

        var hull = Hull(corners);
        return [.. hull, hull[0]];
    }

    /// <summary>Andrew's monotone chain: the convex hull, counter-clockwise, without repeating the first point.</summary>
    static List<(double X, double Y)> Hull(List<(double X, double Y)> points)
    {
        var sorted = points.Distinct().OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (sorted.Count < 3)
        {
            return sorted;
        }

        static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) => (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);
        var hull = new List<(double X, double Y)>();
        foreach (var pass in new[] { sorted, Enumerable.Reverse(sorted).ToList() })
        {
            var start = hull.Count;
            foreach (var p in pass)
            {
                while (hull.Count >= start + 2 && Cross(hull[^2], hull[^1], p) <= 0)
                {
                    hull.RemoveAt(hull.Count - 1);
                }

                hull.Add(p);
            }

            hull.RemoveAt(hull.Count - 1);
        }

        return hull;
    }
}
