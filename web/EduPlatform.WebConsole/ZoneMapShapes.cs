using System.Globalization;
using System.Text.Json;

namespace EduPlatform.WebConsole;

/// <summary>
/// A zone plan's GeoJSON (units, schools, zone outlines) drawn as SVG on a plain background — no map tiles, so it works
/// on a county network without internet. Longitude is scaled by cos(latitude), so distances look right at county scale.
/// </summary>
public sealed class ZoneMapShapes
{
    public const int Width = 760, Height = 520, Margin = 24;

    static readonly string[] Palette =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
        "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
    ];

    public IReadOnlyList<(int Zone, string Points, string Label, double X, double Y)> Zones { get; }
    public IReadOnlyList<(int Zone, double X, double Y, string Title)> Units { get; }
    public IReadOnlyList<(int Zone, double X, double Y, string Name)> Schools { get; }

    public ZoneMapShapes(JsonElement geoJson)
    {
        var features = geoJson.Items("features").ToList();
        var points = features.SelectMany(f => Coordinates(f.Get("geometry"))).ToList();
        if (points.Count == 0)
        {
            (Zones, Units, Schools) = ([], [], []);
            return;
        }

        var (minLon, maxLon) = (points.Min(p => p.Lon), points.Max(p => p.Lon));
        var (minLat, maxLat) = (points.Min(p => p.Lat), points.Max(p => p.Lat));
        var squeeze = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = Math.Min((Width - 2 * Margin) / Math.Max(1e-6, (maxLon - minLon) * squeeze), (Height - 2 * Margin) / Math.Max(1e-6, maxLat - minLat));
        (double X, double Y) Project((double Lon, double Lat) p) =>
            (Margin + (p.Lon - minLon) * squeeze * scale, Height - Margin - (p.Lat - minLat) * scale);

        Zones = features.Where(f => f.Get("properties").Str("feature") == "zone").Select(f =>
        {
            var corners = Coordinates(f.Get("geometry")).Select(Project).ToList();
            var properties = f.Get("properties");
            return (properties.Int("zone"), string.Join(" ", corners.Select(c => $"{Fmt(c.X)},{Fmt(c.Y)}")),
                $"第{properties.Int("zone")}片", corners.Average(c => c.X), corners.Average(c => c.Y));
        }).ToList();
        Units = features.Where(f => f.Get("properties").Str("feature") == "unit").Select(f =>
        {
            var (x, y) = Project(Coordinates(f.Get("geometry")).First());
            var properties = f.Get("properties");
            return (properties.Int("zone"), x, y, $"{properties.Str("name")}：新生 {properties.Int("entrants")} 人 → {string.Join("、", properties.Items("schools").Select(s => s.GetString()))}");
        }).ToList();
        Schools = features.Where(f => f.Get("properties").Str("feature") == "school").Select(f =>
        {
            var (x, y) = Project(Coordinates(f.Get("geometry")).First());
            return (f.Get("properties").Int("zone"), x, y, f.Get("properties").Str("name"));
        }).ToList();
    }

    public static string Colour(int zone) => Palette[(Math.Max(zone, 1) - 1) % Palette.Length];

    public static string Fmt(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Every position of a Point, LineString or Polygon, as (longitude, latitude).</summary>
    static IEnumerable<(double Lon, double Lat)> Coordinates(JsonElement geometry)
    {
        IEnumerable<(double, double)> Walk(JsonElement node) =>
            node.ValueKind != JsonValueKind.Array ? []
            : node.GetArrayLength() >= 2 && node[0].ValueKind == JsonValueKind.Number ? [(node[0].GetDouble(), node[1].GetDouble())]
            : node.EnumerateArray().SelectMany(Walk);
        return Walk(geometry.Get("coordinates"));
    }
}
