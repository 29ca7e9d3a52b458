using System.Text.Json;
using EduPlatform.Persistence;
using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Zoning.Data;

public enum ZonePlanStatus { Draft, Approved, Published, Superseded }

public enum ZoneKind { Single, Multi }

/// <summary>A unit's zone, and within it the nearest school (its own school when the zone has one) and the distance to it.</summary>
public sealed record ZoneAssignment(Guid UnitId, int Zone, Guid SchoolId, int Entrants, double Metres);

/// <summary>
/// A version of a year's and stage's zones. <see cref="Loads"/> are per school: a single-school zone's entrants, or in a
/// multi-school zone the school's seat share of the zone's entrants (admission among its schools is the bureau's allocation).
/// <see cref="Townships"/> is the plan's area (empty: the whole county); versions and publication are per year, stage and area.
/// </summary>
public sealed record StoredZonePlan(
    Guid Id, string CountyCode, int SchoolYear, string Stage, IReadOnlyList<string> Townships, ZoneKind Kind, int Number, ZonePlanStatus Status, ZoneRules Rules,
    IReadOnlyList<DrawnZone> Zones, IReadOnlyList<ZoneLoad> Loads, IReadOnlyList<Guid> HotSchools,
    int ChildrenChangingSchool, int StabilityCap, double AverageMetres, Guid? BasedOn, string CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt, int Version, IReadOnlyList<ZoneAssignment> Assignments)
{
    /// <summary>Children without a seat in their zone, summed over zones.</summary>
    public int Shortage => Zones.Sum(z => z.Over);
}

public static class ZonePlanData
{
    sealed class Row
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public int SchoolYear { get; set; }
        public string Stage { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Area { get; set; } = "[]";
        public int Number { get; set; }
        public string Status { get; set; } = "";
        public string Rules { get; set; } = "{}";
        public string Loads { get; set; } = "[]";
        public string Zones { get; set; } = "[]";
        public string HotSchools { get; set; } = "[]";
        public int Changing { get; set; }
        public int StabilityCap { get; set; }
        public double AverageMetres { get; set; }
        public Guid? BasedOn { get; set; }
        public string CreatedBy { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? PublishedAt { get; set; }
        public int Version { get; set; }
    }

    sealed class AssignmentRow
    {
        public Guid UnitId { get; set; }
        public int Zone { get; set; }
        public Guid SchoolId { get; set; }
        public int Entrants { get; set; }
        public double Metres { get; set; }
    }

    const string Columns = "Id, CountyCode, SchoolYear, Stage, Area, Kind, Number, Status, Rules, Loads, Zones, HotSchools, Changing, StabilityCap, AverageMetres, BasedOn, CreatedBy, CreatedAt, PublishedAt, Version";

    public static async Task InsertZonePlanAsync(this DbSession s, StoredZonePlan p)
    {
        await s.ExecuteAsync(
            $"""
            INSERT INTO zone_plans ({Columns})
            VALUES (@Id, @CountyCode, @SchoolYear, @Stage, @Area, @Kind, @Number, @Status, @Rules, @Loads, @Zones, @HotSchools, @Changing, @StabilityCap, @AverageMetres, @BasedOn, @CreatedBy, @CreatedAt, NULL, @Version)
            """,
            new
            {
                p.Id, p.CountyCode, p.SchoolYear, p.Stage, Area = AreaText(p.Townships), Kind = p.Kind.ToString(), p.Number, Status = p.Status.ToString(),
                Rules = JsonSerializer.Serialize(p.Rules, EventJson.Options), Loads = JsonSerializer.Serialize(p.Loads, EventJson.Options),
                Zones = JsonSerializer.Serialize(p.Zones, EventJson.Options), HotSchools = JsonSerializer.Serialize(p.HotSchools, EventJson.Options),
                Changing = p.ChildrenChangingSchool, p.StabilityCap, p.AverageMetres, p.BasedOn, p.CreatedBy, p.CreatedAt, p.Version,
            });
        await s.ExecuteAsync("INSERT INTO zone_assignments (PlanId, UnitId, Zone, SchoolId, Entrants, Metres) VALUES (@PlanId, @UnitId, @Zone, @SchoolId, @Entrants, @Metres)",
            p.Assignments.Select(a => new { PlanId = p.Id, a.UnitId, a.Zone, a.SchoolId, a.Entrants, a.Metres }));
    }

    /// <summary>The county's plans, newest first, optionally one year and stage; <paramref name="withAssignments"/> loads the units too.</summary>
    public static async Task<IReadOnlyList<StoredZonePlan>> ZonePlansAsync(this DbSession s, string countyCode, int? schoolYear = null, string? stage = null, Guid? id = null,
        bool withAssignments = false)
    {
        var rows = await s.QueryAsync<Row>(
            $"""
            SELECT {Columns} FROM zone_plans
            WHERE CountyCode = @CountyCode AND (@SchoolYear IS NULL OR SchoolYear = @SchoolYear) AND (@Stage IS NULL OR Stage = @Stage) AND (@Id IS NULL OR Id = @Id)
            ORDER BY SchoolYear DESC, Stage, Number DESC
            """, new { CountyCode = countyCode, SchoolYear = schoolYear, Stage = stage, Id = id });
        var plans = new List<StoredZonePlan>();
        foreach (var r in rows)
        {
            var assignments = withAssignments
                ? (await s.QueryAsync<AssignmentRow>("SELECT UnitId, Zone, SchoolId, Entrants, Metres FROM zone_assignments WHERE PlanId = @Id", new { r.Id }))
                    .Select(a => new ZoneAssignment(a.UnitId, a.Zone, a.SchoolId, a.Entrants, a.Metres)).ToList()
                : [];
            plans.Add(new StoredZonePlan(r.Id, r.CountyCode, r.SchoolYear, r.Stage, JsonSerializer.Deserialize<List<string>>(r.Area) ?? [], Enum.Parse<ZoneKind>(r.Kind), r.Number, Enum.Parse<ZonePlanStatus>(r.Status),
                JsonSerializer.Deserialize<ZoneRules>(r.Rules, EventJson.Options)!, JsonSerializer.Deserialize<List<DrawnZone>>(r.Zones, EventJson.Options) ?? [],
                JsonSerializer.Deserialize<List<ZoneLoad>>(r.Loads, EventJson.Options) ?? [], JsonSerializer.Deserialize<List<Guid>>(r.HotSchools, EventJson.Options) ?? [],
                r.Changing, r.StabilityCap, r.AverageMetres, r.BasedOn, r.CreatedBy, r.CreatedAt, r.PublishedAt, r.Version, assignments));
        }

        return plans;
    }

    public static async Task<bool> SetZonePlanStatusAsync(this DbSession s, Guid id, ZonePlanStatus status, int expectedVersion, DateTimeOffset? publishedAt = null) =>
        await s.ExecuteAsync(
            "UPDATE zone_plans SET Status = @Status, PublishedAt = COALESCE(@PublishedAt, PublishedAt), Version = Version + 1 WHERE Id = @Id AND Version = @Expected",
            new { Id = id, Status = status.ToString(), PublishedAt = publishedAt, Expected = expectedVersion }) == 1;

    /// <summary>Earlier publications of the same year, stage and area give way to a new one.</summary>
    public static Task SupersedePublishedAsync(this DbSession s, StoredZonePlan published) => s.ExecuteAsync(
        """
        UPDATE zone_plans SET Status = 'Superseded', Version = Version + 1
        WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND Stage = @Stage AND Area = @Area AND Status = 'Published' AND Id <> @Id
        """,
        new { published.CountyCode, published.SchoolYear, published.Stage, Area = AreaText(published.Townships), published.Id });

    /// <summary>An area as stored: its townships sorted, so equal areas compare equal.</summary>
    public static string AreaText(IEnumerable<string> townships) => JsonSerializer.Serialize(townships.Order(StringComparer.Ordinal).ToList());
}

/// <summary>What the public look-up reads: a cheap stamp that changes whenever its answers could, and the published plans.</summary>
public static class PublishedZoneData
{
    sealed class UnitStamp
    {
        public int Units { get; set; }
        public object? Latest { get; set; }
    }

    /// <summary>The published plans' ids, the units' count and last change, the schools' versions: equal stamps give equal answers.</summary>
    public static async Task<string> PublishedStampAsync(this DbSession s, string countyCode)
    {
        var plans = await s.QueryAsync<Guid>("SELECT Id FROM zone_plans WHERE CountyCode = @CountyCode AND Status = 'Published' ORDER BY Id", new { CountyCode = countyCode });
        var ids = string.Join(',', plans);
        if (ids.Length == 0)
        {
            return "";
        }

        var units = await s.QuerySingleOrDefaultAsync<UnitStamp>(
            "SELECT COUNT(*) AS Units, MAX(UpdatedAt) AS Latest FROM residential_units WHERE CountyCode = @CountyCode", new { CountyCode = countyCode });
        var schools = await s.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(SourceVersion), 0) FROM known_schools WHERE CountyCode = @CountyCode", new { CountyCode = countyCode });
        return $"{ids}|{units?.Units}|{units?.Latest}|{schools}";
    }

    public static async Task<IReadOnlyList<StoredZonePlan>> PublishedPlansAsync(this DbSession s, string countyCode)
    {
        var headers = (await s.ZonePlansAsync(countyCode)).Where(p => p.Status == ZonePlanStatus.Published).ToList();
        var plans = new List<StoredZonePlan>();
        foreach (var h in headers)
        {
            plans.AddRange(await s.ZonePlansAsync(countyCode, id: h.Id, withAssignments: true));
        }

        return plans;
    }
}
