using System.Text.Json;
using EduPlatform.Persistence;
using EduPlatform.Zoning.Domain;

namespace EduPlatform.Zoning.Data;

public static class ZoningData
{
    /// <summary>Where the county\'s zoning settings are kept, for <see cref="CountySettingsStore{T}"/>.</summary>
    public static readonly SettingsTable<ZoningSettings> SettingsTable = new("Zoning settings", "zoning.settings", "zoning-settings",
        (s, countyCode) => s.ZoningSettingsAsync(countyCode), (s, settings, expected) => s.SaveZoningSettingsAsync(settings, expected));

    sealed class SettingsRow
    {
        public string CountyCode { get; set; } = "";
        public int PrimaryClassSize { get; set; }
        public int JuniorClassSize { get; set; }
        public int Version { get; set; }
    }

    /// <summary>The county's settings, or the standard class sizes (version 0) when none are stored.</summary>
    public static async Task<ZoningSettings> ZoningSettingsAsync(this DbSession s, string countyCode) =>
        await s.QuerySingleOrDefaultAsync<SettingsRow>(
            "SELECT CountyCode, PrimaryClassSize, JuniorClassSize, Version FROM zoning_settings WHERE CountyCode = @CountyCode", new { CountyCode = countyCode }) is { } row
            ? new ZoningSettings { CountyCode = row.CountyCode, PrimaryClassSize = row.PrimaryClassSize, JuniorClassSize = row.JuniorClassSize, Version = row.Version }
            : ZoningSettings.DefaultFor(countyCode);

    /// <summary>Writes the settings if the stored version is still <paramref name="expectedVersion"/> (0 = none stored).</summary>
    public static async Task<bool> SaveZoningSettingsAsync(this DbSession s, ZoningSettings settings, int expectedVersion)
    {
        var args = new { settings.CountyCode, settings.PrimaryClassSize, settings.JuniorClassSize, settings.Version, Expected = expectedVersion, Now = DateTimeOffset.UtcNow };
        return expectedVersion == 0
            ? await s.ExecuteAsync(s.Dialect.InsertIfAbsent("zoning_settings", "CountyCode, PrimaryClassSize, JuniorClassSize, Version, UpdatedAt",
                "@CountyCode, @PrimaryClassSize, @JuniorClassSize, @Version, @Now", "CountyCode = @CountyCode"), args) == 1
            : await s.ExecuteAsync("""
                UPDATE zoning_settings SET PrimaryClassSize = @PrimaryClassSize, JuniorClassSize = @JuniorClassSize, Version = @Version, UpdatedAt = @Now
                WHERE CountyCode = @CountyCode AND Version = @Expected
                """, args) == 1;
    }

    sealed class UnitRow
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Township { get; set; } = "";
        public double Latitude { get; set; }
        public double Longitude { get; set; }
        public string Aliases { get; set; } = "[]";
    }

    sealed class PairRow
    {
        public Guid UnitA { get; set; }
        public Guid UnitB { get; set; }
    }

    sealed class EntrantRow
    {
        public Guid UnitId { get; set; }
        public string Stage { get; set; } = "";
        public int Entrants { get; set; }
    }

    /// <summary>The county's units with their neighbours, and entrants for <paramref name="schoolYear"/> when given.</summary>
    public static async Task<IReadOnlyList<ResidentialUnit>> UnitsAsync(this DbSession s, string countyCode, int? schoolYear = null)
    {
        var rows = (await s.QueryAsync<UnitRow>(
            "SELECT Id, CountyCode, Code, Name, Kind, Township, Latitude, Longitude, Aliases FROM residential_units WHERE CountyCode = @CountyCode ORDER BY Code",
            new { CountyCode = countyCode })).ToList();
        var pairs = await s.QueryAsync<PairRow>(
            "SELECT a.UnitA, a.UnitB FROM unit_adjacency a JOIN residential_units u ON u.Id = a.UnitA WHERE u.CountyCode = @CountyCode", new { CountyCode = countyCode });
        var neighbours = pairs.SelectMany(p => new[] { (p.UnitA, p.UnitB), (p.UnitB, p.UnitA) }).ToLookup(p => p.Item1, p => p.Item2);
        var entrants = schoolYear is null ? Enumerable.Empty<EntrantRow>().ToLookup(e => e.UnitId) : (await s.QueryAsync<EntrantRow>(
            "SELECT e.UnitId, e.Stage, e.Entrants FROM unit_entrants e JOIN residential_units u ON u.Id = e.UnitId WHERE u.CountyCode = @CountyCode AND e.SchoolYear = @SchoolYear",
            new { CountyCode = countyCode, SchoolYear = schoolYear })).ToLookup(e => e.UnitId);
        return rows.Select(r => new ResidentialUnit
        {
            Id = r.Id, CountyCode = r.CountyCode, Code = r.Code, Name = r.Name, Kind = r.Kind, Township = r.Township, Latitude = r.Latitude, Longitude = r.Longitude,
            Aliases = JsonSerializer.Deserialize<List<string>>(r.Aliases) ?? [], Neighbours = neighbours[r.Id].ToHashSet(),
            Entrants = entrants[r.Id].ToDictionary(e => e.Stage, e => e.Entrants),
        }).ToList();
    }

    /// <summary>Inserts or updates the unit by its code (the id stays); its neighbours are replaced by <see cref="ResidentialUnit.Neighbours"/>.</summary>
    public static async Task UpsertUnitAsync(this DbSession s, ResidentialUnit unit)
    {
        var args = new
        {
            unit.Id, unit.CountyCode, unit.Code, unit.Name, unit.Kind, unit.Township, unit.Latitude, unit.Longitude,
            Aliases = JsonSerializer.Serialize(unit.Aliases), Now = DateTimeOffset.UtcNow,
        };
        if (await s.ExecuteAsync("""
                UPDATE residential_units SET Name = @Name, Kind = @Kind, Township = @Township, Latitude = @Latitude, Longitude = @Longitude,
                    Aliases = @Aliases, UpdatedAt = @Now WHERE Id = @Id
                """, args) == 0)
        {
            await s.ExecuteAsync("""
                INSERT INTO residential_units (Id, CountyCode, Code, Name, Kind, Township, Latitude, Longitude, Aliases, UpdatedAt)
                VALUES (@Id, @CountyCode, @Code, @Name, @Kind, @Township, @Latitude, @Longitude, @Aliases, @Now)
                """, args);
        }
    }

    /// <summary>Replaces every pair that touches one of <paramref name="units"/> with <paramref name="pairs"/>.</summary>
    public static async Task ReplaceAdjacencyAsync(this DbSession s, IReadOnlyCollection<Guid> units, IEnumerable<(Guid A, Guid B)> pairs)
    {
        foreach (var unit in units)
        {
            await s.ExecuteAsync("DELETE FROM unit_adjacency WHERE UnitA = @Id OR UnitB = @Id", new { Id = unit });
        }

        await s.ExecuteAsync(s.Dialect.InsertIfAbsent("unit_adjacency", "UnitA, UnitB", "@A, @B", "UnitA = @A AND UnitB = @B"),
            pairs.Select(p => p.A.CompareTo(p.B) < 0 ? new { p.A, p.B } : new { A = p.B, B = p.A }).Distinct());
    }

    public static async Task SetEntrantsAsync(this DbSession s, Guid unitId, int schoolYear, string stage, int entrants)
    {
        var args = new { UnitId = unitId, SchoolYear = schoolYear, Stage = stage, Entrants = entrants };
        if (await s.ExecuteAsync("UPDATE unit_entrants SET Entrants = @Entrants WHERE UnitId = @UnitId AND SchoolYear = @SchoolYear AND Stage = @Stage", args) == 0)
        {
            await s.ExecuteAsync("INSERT INTO unit_entrants (UnitId, SchoolYear, Stage, Entrants) VALUES (@UnitId, @SchoolYear, @Stage, @Entrants)", args);
        }
    }

    sealed class PlannedRow
    {
        public Guid SchoolId { get; set; }
        public string Stage { get; set; } = "";
        public int Classes { get; set; }
    }

    public static async Task<IReadOnlyDictionary<(Guid SchoolId, string Stage), int>> PlannedEntryClassesAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<PlannedRow>("SELECT SchoolId, Stage, Classes FROM planned_entry_classes WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear",
            new { CountyCode = countyCode, SchoolYear = schoolYear })).ToDictionary(r => (r.SchoolId, r.Stage), r => r.Classes);

    public static async Task ReplacePlannedEntryClassesAsync(this DbSession s, string countyCode, int schoolYear, IEnumerable<(Guid SchoolId, string Stage, int Classes)> rows)
    {
        await s.ExecuteAsync("DELETE FROM planned_entry_classes WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear", new { CountyCode = countyCode, SchoolYear = schoolYear });
        await s.ExecuteAsync("INSERT INTO planned_entry_classes (SchoolId, SchoolYear, Stage, CountyCode, Classes) VALUES (@SchoolId, @SchoolYear, @Stage, @CountyCode, @Classes)",
            rows.Select(r => new { r.SchoolId, SchoolYear = schoolYear, r.Stage, CountyCode = countyCode, r.Classes }));
    }
}
