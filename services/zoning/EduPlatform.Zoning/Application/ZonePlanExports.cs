using System.Text.Json;
using System.Text.Json.Nodes;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Spreadsheets;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain;
using EduPlatform.Zoning.Domain.Export;

namespace EduPlatform.Zoning.Application;

/// <summary>A plan for the bureau's records and map: .xlsx (units, then zones) and GeoJSON (units, schools, zone outlines).</summary>
public sealed class ZonePlanExports(ZoningDatabase database)
{
    public sealed record Export(byte[] Content, string FileName);

    public Task<Export?> XlsxAsync(string countyCode, Guid id, CancellationToken ct) => WithPlanAsync(countyCode, id, ct, (plan, units, schools, county) =>
    {
        string Names(IEnumerable<Guid> ids) => string.Join("、", ids.Select(x => schools.GetValueOrDefault(x)?.Name ?? x.ToString()));
        var zones = plan.Zones.ToDictionary(z => z.Number);
        var unitRows = plan.Assignments.Select(a => (Assignment: a, Unit: units[a.UnitId])).OrderBy(x => x.Assignment.Zone).ThenBy(x => x.Unit.Code, StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<object?>)
            [
                x.Assignment.Zone, Names(zones[x.Assignment.Zone].Schools), x.Unit.Code, x.Unit.Name, (string)Texts.UnitKind(x.Unit.Kind), x.Unit.Township,
                x.Assignment.Entrants, x.Assignment.Metres,
            ]);
        var title = ServiceDefaults.ExportTitle.For(county, Texts.ZonePlanTitle(plan.SchoolYear, plan.Stage, plan.Number));
        var zoneRows = plan.Zones.Select(z => (IReadOnlyList<object?>)[z.Number, Names(z.Schools), z.Units, z.Entrants, z.Seats, z.Over]);
        var content = XlsxWriter.Write(
        [
            new XlsxSheet(Texts.UnitsSheet, Texts.UnitsHeaders.Items, unitRows, title),
            new XlsxSheet(Texts.ZonesSheet, Texts.ZonesHeaders.Items, zoneRows, title),
        ]);
        return new Export(content, $"{FilePrefix(plan)}.xlsx");
    });

    /// <summary>RFC 7946 FeatureCollection: a point per unit (its zone and schools), a point per school, a polygon per zone.</summary>
    public Task<Export?> GeoJsonAsync(string countyCode, Guid id, CancellationToken ct) => WithPlanAsync(countyCode, id, ct, (plan, units, schools, _) =>
    {
        var features = new JsonArray();
        JsonArray Ids(IEnumerable<Guid> ids) => new(ids.Select(x => (JsonNode)JsonValue.Create(x.ToString())).ToArray());
        JsonArray SchoolNames(IEnumerable<Guid> ids) => new(ids.Select(x => (JsonNode)JsonValue.Create(schools.GetValueOrDefault(x)?.Name ?? "")).ToArray());
        var zones = plan.Zones.ToDictionary(z => z.Number);
        foreach (var a in plan.Assignments)
        {
            var u = units[a.UnitId];
            features.Add(Feature(Point(u.Latitude, u.Longitude), new JsonObject
            {
                ["feature"] = "unit", ["code"] = u.Code, ["name"] = u.Name, ["township"] = u.Township, ["zone"] = a.Zone,
                ["schoolIds"] = Ids(zones[a.Zone].Schools), ["schools"] = SchoolNames(zones[a.Zone].Schools), ["entrants"] = a.Entrants,
            }));
        }

        foreach (var zone in plan.Zones)
        {
            foreach (var school in zone.Schools.Select(schools.GetValueOrDefault).OfType<KnownSchool>().Where(x => x.Latitude is not null && x.Longitude is not null))
            {
                features.Add(Feature(Point(school.Latitude!.Value, school.Longitude!.Value), new JsonObject
                {
                    ["feature"] = "school", ["schoolId"] = school.Id.ToString(), ["code"] = school.Code, ["name"] = school.Name, ["zone"] = zone.Number,
                }));
            }

            var ring = ZoneOutline.Ring(plan.Assignments.Where(a => a.Zone == zone.Number).Select(a => (units[a.UnitId].Latitude, units[a.UnitId].Longitude)));
            if (ring.Count > 0)
            {
                var coordinates = new JsonArray(new JsonArray(ring.Select(p => (JsonNode)new JsonArray(p.Longitude, p.Latitude)).ToArray()));
                features.Add(Feature(new JsonObject { ["type"] = "Polygon", ["coordinates"] = coordinates }, new JsonObject
                {
                    ["feature"] = "zone", ["zone"] = zone.Number, ["schoolIds"] = Ids(zone.Schools), ["schools"] = SchoolNames(zone.Schools),
                    ["units"] = zone.Units, ["entrants"] = zone.Entrants, ["seats"] = zone.Seats, ["shortage"] = zone.Over,
                }));
            }
        }

        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["properties"] = new JsonObject
            {
                ["planId"] = plan.Id.ToString(), ["countyCode"] = plan.CountyCode, ["schoolYear"] = plan.SchoolYear, ["stage"] = plan.Stage,
                ["kind"] = WireEnum.Text(plan.Kind), ["number"] = plan.Number, ["status"] = WireEnum.Text(plan.Status),
            },
            ["features"] = features,
        };
        return new Export(JsonSerializer.SerializeToUtf8Bytes(collection), $"{FilePrefix(plan)}.geojson");
    });

    static JsonObject Point(double latitude, double longitude) => new() { ["type"] = "Point", ["coordinates"] = new JsonArray(longitude, latitude) };

    static JsonObject Feature(JsonObject geometry, JsonObject properties) => new() { ["type"] = "Feature", ["geometry"] = geometry, ["properties"] = properties };

    static string FilePrefix(StoredZonePlan plan) =>
        $"{plan.CountyCode}-{plan.SchoolYear}-{(plan.Stage == "junior" ? "初中" : "小学")}-划片方案-第{plan.Number}版{(plan.Status == ZonePlanStatus.Published ? "" : $"({WireEnum.Text(plan.Status)})")}";

    Task<Export?> WithPlanAsync(string countyCode, Guid id, CancellationToken ct,
        Func<StoredZonePlan, IReadOnlyDictionary<Guid, ResidentialUnit>, IReadOnlyDictionary<Guid, KnownSchool>, string, Export> build) =>
        database.ReadAsync(async s =>
        {
            var plan = (await s.ZonePlansAsync(countyCode, id: id, withAssignments: true)).FirstOrDefault();
            if (plan is null)
            {
                return null;
            }

            var units = (await s.UnitsAsync(countyCode)).ToDictionary(u => u.Id);
            var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(x => x.Id);
            return (Export?)build(plan, units, schools, await s.CountyNameAsync(countyCode));
        }, ct);
}
