using System.Text.Json;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Data;

/// <summary>Designations of alliances, provinces' targets and the rows the coverage count reads.</summary>
public static class CoverageData
{
    sealed class DesignationRow
    {
        public Guid Id { get; set; }
        public Guid AllianceId { get; set; }
        public string Kind { get; set; } = "";
        public string Level { get; set; } = "";
        public int Year { get; set; }
        public decimal GrantYuan { get; set; }
        public string? Note { get; set; }
        public DateTimeOffset RecordedAt { get; set; }
        public string RecordedBy { get; set; } = "";
    }

    sealed class SchoolRow
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public string Stage { get; set; } = "";
    }

    sealed class TargetsRow
    {
        public string Targets { get; set; } = "";
        public int Version { get; set; }
    }

    const string DesignationColumns = "Id, AllianceId, Kind, Level, Year, GrantYuan, Note, RecordedAt, RecordedBy";

    public static async Task<IReadOnlyList<AllianceDesignation>> DesignationsAsync(this DbSession s, IReadOnlyCollection<string> countyCodes) =>
        countyCodes.Count == 0
            ? []
            : (await s.QueryAsync<DesignationRow>($"SELECT {DesignationColumns} FROM alliance_designations WHERE CountyCode IN @Counties ORDER BY Year, RecordedAt",
                new { Counties = countyCodes })).Select(Map).ToList();

    public static async Task<IReadOnlyList<AllianceDesignation>> DesignationsOfAsync(this DbSession s, Guid allianceId) =>
        (await s.QueryAsync<DesignationRow>($"SELECT {DesignationColumns} FROM alliance_designations WHERE AllianceId = @AllianceId ORDER BY Year, RecordedAt",
            new { AllianceId = allianceId })).Select(Map).ToList();

    public static Task InsertDesignationAsync(this DbSession s, string countyCode, AllianceDesignation d) => s.ExecuteAsync(
        $"INSERT INTO alliance_designations (CountyCode, {DesignationColumns}) VALUES (@CountyCode, @Id, @AllianceId, @Kind, @Level, @Year, @GrantYuan, @Note, @RecordedAt, @RecordedBy)",
        new { CountyCode = countyCode, d.Id, d.AllianceId, Kind = d.Kind.ToString(), Level = d.Level.ToString(), d.Year, d.GrantYuan, d.Note, d.RecordedAt, d.RecordedBy });

    public static async Task<bool> DesignationExistsAsync(this DbSession s, Guid allianceId, DesignationKind kind, DesignationLevel level, int year) =>
        await s.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM alliance_designations WHERE AllianceId = @AllianceId AND Kind = @Kind AND Level = @Level AND Year = @Year",
            new { AllianceId = allianceId, Kind = kind.ToString(), Level = level.ToString(), Year = year }) > 0;

    public static async Task<IReadOnlyList<CoverageSchool>> CoverageSchoolsAsync(this DbSession s, IReadOnlyCollection<string> countyCodes) =>
        countyCodes.Count == 0
            ? []
            : (await s.QueryAsync<SchoolRow>("SELECT Id, CountyCode, Stage FROM schools WHERE CountyCode IN @Counties", new { Counties = countyCodes }))
                .Select(r => new CoverageSchool(r.Id, r.CountyCode, Enum.Parse<Stage>(r.Stage))).ToList();

    /// <summary>The province's targets and their version; null where it keeps the preset.</summary>
    public static async Task<(CoverageTargets Targets, int Version)?> ProvinceTargetsAsync(this DbSession s, string provinceCode) =>
        await s.QuerySingleOrDefaultAsync<TargetsRow>("SELECT Targets, Version FROM province_targets WHERE ProvinceCode = @Code", new { Code = provinceCode })
            is { } row
            ? (JsonSerializer.Deserialize<CoverageTargets>(row.Targets, EventJson.Options)!, row.Version)
            : null;

    /// <summary>Writes the targets if the stored version is still <paramref name="expected"/> (0: none stored yet).</summary>
    public static async Task<bool> SaveProvinceTargetsAsync(this DbSession s, string provinceCode, CoverageTargets targets, int expected)
    {
        var args = new { Code = provinceCode, Targets = JsonSerializer.Serialize(targets, EventJson.Options), Version = expected + 1, Expected = expected, Now = DateTimeOffset.UtcNow };
        return expected == 0
            ? await s.ExecuteAsync(
                "INSERT INTO province_targets (ProvinceCode, Targets, Version, UpdatedAt) SELECT @Code, @Targets, @Version, @Now WHERE NOT EXISTS (SELECT 1 FROM province_targets WHERE ProvinceCode = @Code)",
                args) == 1
            : await s.ExecuteAsync("UPDATE province_targets SET Targets = @Targets, Version = @Version, UpdatedAt = @Now WHERE ProvinceCode = @Code AND Version = @Expected",
                args) == 1;
    }

    static AllianceDesignation Map(DesignationRow r) =>
        new(r.Id, r.AllianceId, Enum.Parse<DesignationKind>(r.Kind), Enum.Parse<DesignationLevel>(r.Level), r.Year, r.GrantYuan, r.Note, r.RecordedAt, r.RecordedBy);
}
