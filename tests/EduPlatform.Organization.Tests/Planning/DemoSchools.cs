using EduPlatform.Organization.Domain;
using EduPlatform.Organization.Planning;

namespace EduPlatform.Organization.Tests.Planning;

/// <summary>The demo county's register (aspire-host/EduPlatform.DemoCounty/demo/schools.csv) as formation candidates.</summary>
static class DemoSchools
{
    public static IReadOnlyList<FormationCandidate> Load(Stage stage)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "demo", "schools.csv")).Skip(1);
        return lines.Select(l => l.Split(','))
            .Select(c => (Code: c[0], Name: c[1], Stage: StageOf(c[2]), Locality: LocalityOf(c[3]), Township: c[5],
                Lat: double.Parse(c[6], System.Globalization.CultureInfo.InvariantCulture),
                Lon: double.Parse(c[7], System.Globalization.CultureInfo.InvariantCulture), Public: c[8] == "公办", Students: int.Parse(c[12])))
            .Where(s => s.Stage == stage)
            .Select(s => new FormationCandidate(
                new SchoolFacts(GuidOf(s.Code), s.Name, s.Stage, s.Locality, s.Township, s.Public), s.Code, s.Lat, s.Lon, s.Students))
            .ToList();
    }

    public static Guid GuidOf(string code) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(code)));

    static Stage StageOf(string text) => text switch
    {
        "幼儿园" => Stage.Kindergarten,
        "小学" => Stage.Primary,
        "初中" => Stage.Junior,
        "九年一贯制" => Stage.NineYear,
        _ => Stage.SeniorHigh,
    };

    static Locality LocalityOf(string text) => text switch
    {
        "城区" => Locality.Urban,
        "镇区" => Locality.Town,
        _ => Locality.Rural,
    };
}
