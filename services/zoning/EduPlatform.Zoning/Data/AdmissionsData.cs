using EduPlatform.Persistence;

namespace EduPlatform.Zoning.Data;

/// <summary>A school's admissions of a year and stage, and how many of them came by its zone.</summary>
public sealed record Admission(Guid SchoolId, string Stage, int Admitted, int InZone);

public static class AdmissionsData
{
    sealed class Row
    {
        public Guid SchoolId { get; set; }
        public string Stage { get; set; } = "";
        public int Admitted { get; set; }
        public int InZone { get; set; }
    }

    public static async Task<IReadOnlyList<Admission>> AdmissionsAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<Row>("SELECT SchoolId, Stage, Admitted, InZone FROM admissions WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear",
            new { CountyCode = countyCode, SchoolYear = schoolYear }))
        .Select(r => new Admission(r.SchoolId, r.Stage, r.Admitted, r.InZone)).ToList();

    /// <summary>The year's admissions as reported now: earlier rows of the year are replaced.</summary>
    public static async Task ReplaceAdmissionsAsync(this DbSession s, string countyCode, int schoolYear, IEnumerable<Admission> rows)
    {
        await s.ExecuteAsync("DELETE FROM admissions WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear", new { CountyCode = countyCode, SchoolYear = schoolYear });
        await s.ExecuteAsync(
            "INSERT INTO admissions (SchoolId, SchoolYear, Stage, CountyCode, Admitted, InZone) VALUES (@SchoolId, @SchoolYear, @Stage, @CountyCode, @Admitted, @InZone)",
            rows.Select(r => new { r.SchoolId, SchoolYear = schoolYear, r.Stage, CountyCode = countyCode, r.Admitted, r.InZone }));
    }
}
