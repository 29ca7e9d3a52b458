using EduPlatform.Evaluation.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Data;

public sealed record District(Guid Id, string Name, IReadOnlyList<Guid> SchoolIds);

/// <summary>Settings, school figures and districts.</summary>
public static class FiguresData
{
    /// <summary>Where the county\'s evaluation settings are kept, for <see cref="CountySettingsStore{T}"/>.</summary>
    public static readonly SettingsTable<EvaluationSettings> SettingsTable = new("Evaluation settings", "evaluation.settings", "evaluation-settings",
        (s, countyCode) => s.EvaluationSettingsAsync(countyCode), (s, settings, expected) => s.SaveEvaluationSettingsAsync(settings, expected));

    sealed class SettingsRow
    {
        public string Settings { get; set; } = "";
        public int Version { get; set; }
    }

    public static async Task<EvaluationSettings> EvaluationSettingsAsync(this DbSession s, string countyCode) =>
        await s.QuerySingleOrDefaultAsync<SettingsRow>("SELECT Settings, Version FROM evaluation_settings WHERE CountyCode = @CountyCode", new { CountyCode = countyCode }) is { } row
            ? StoredJson.Read<EvaluationSettings>(row.Settings) with { CountyCode = countyCode, Version = row.Version }
            : EvaluationSettings.DefaultFor(countyCode);

    /// <summary>Writes the settings if the stored version is still <paramref name="expectedVersion"/> (0 = none stored).</summary>
    public static async Task<bool> SaveEvaluationSettingsAsync(this DbSession s, EvaluationSettings settings, int expectedVersion)
    {
        var args = new { settings.CountyCode, Settings = StoredJson.Write(settings), settings.Version, Expected = expectedVersion, Now = DateTimeOffset.UtcNow };
        return expectedVersion == 0
            ? await s.ExecuteAsync(s.Dialect.InsertIfAbsent("evaluation_settings", "CountyCode, Settings, Version, UpdatedAt", "@CountyCode, @Settings, @Version, @Now",
                "CountyCode = @CountyCode"), args) == 1
            : await s.ExecuteAsync("UPDATE evaluation_settings SET Settings = @Settings, Version = @Version, UpdatedAt = @Now WHERE CountyCode = @CountyCode AND Version = @Expected",
                args) == 1;
    }

    sealed class FiguresRow
    {
        public Guid SchoolId { get; set; }
        public int SchoolYear { get; set; }
        public string Stage { get; set; } = "";
        public int Students { get; set; }
        public int? Teachers { get; set; }
        public double? QualifiedTeachers { get; set; }
        public double? BackboneTeachers { get; set; }
        public double? PeArtsTeachers { get; set; }
        public double? TeachingArea { get; set; }
        public double? SportsArea { get; set; }
        public double? EquipmentValue { get; set; }
        public double? MultimediaClassrooms { get; set; }
        public double? AcademicScore { get; set; }
        public double? ConsolidationRate { get; set; }
        public double? ParentSatisfaction { get; set; }
        public double? SocialRecognition { get; set; }
        public int? ReturningStudents { get; set; }

        public SchoolFigures ToFigures() => new()
        {
            SchoolId = SchoolId, SchoolYear = SchoolYear, Stage = Stage, Students = Students, Teachers = Teachers,
            Resources = QualifiedTeachers is { } q ? new ResourceInputs
            {
                QualifiedTeachers = q, BackboneTeachers = BackboneTeachers ?? 0, PeArtsTeachers = PeArtsTeachers ?? 0, TeachingArea = TeachingArea ?? 0,
                SportsArea = SportsArea ?? 0, EquipmentValue = EquipmentValue ?? 0, MultimediaClassrooms = MultimediaClassrooms ?? 0,
            } : null,
            AcademicScore = AcademicScore, ConsolidationRate = ConsolidationRate, ParentSatisfaction = ParentSatisfaction, SocialRecognition = SocialRecognition,
            ReturningStudents = ReturningStudents,
        };
    }

    const string FigureColumns = "SchoolId, SchoolYear, Stage, Students, Teachers, QualifiedTeachers, BackboneTeachers, PeArtsTeachers, TeachingArea, SportsArea, "
        + "EquipmentValue, MultimediaClassrooms, AcademicScore, ConsolidationRate, ParentSatisfaction, SocialRecognition, ReturningStudents";

    /// <summary>The county's figures for the given school years.</summary>
    public static async Task<IReadOnlyList<SchoolFigures>> FiguresAsync(this DbSession s, string countyCode, params int[] schoolYears) =>
        (await s.QueryAsync<FiguresRow>($"SELECT {FigureColumns} FROM school_figures WHERE CountyCode = @CountyCode AND SchoolYear IN @Years",
            new { CountyCode = countyCode, Years = schoolYears })).Select(r => r.ToFigures()).ToList();

    /// <summary>Replaces a school's figures for a year and stage; true when there were figures before.</summary>
    public static async Task<bool> SaveFiguresAsync(this DbSession s, string countyCode, SchoolFigures f)
    {
        var key = new { f.SchoolId, f.SchoolYear, f.Stage };
        var existed = await s.ExecuteAsync("DELETE FROM school_figures WHERE SchoolId = @SchoolId AND SchoolYear = @SchoolYear AND Stage = @Stage", key) > 0;
        var r = f.Resources;
        await s.ExecuteAsync(
            $"INSERT INTO school_figures ({FigureColumns}, CountyCode, UpdatedAt) VALUES (@SchoolId, @SchoolYear, @Stage, @Students, @Teachers, @QualifiedTeachers, "
            + "@BackboneTeachers, @PeArtsTeachers, @TeachingArea, @SportsArea, @EquipmentValue, @MultimediaClassrooms, @AcademicScore, @ConsolidationRate, "
            + "@ParentSatisfaction, @SocialRecognition, @ReturningStudents, @CountyCode, @Now)",
            new
            {
                f.SchoolId, f.SchoolYear, f.Stage, f.Students, f.Teachers, r?.QualifiedTeachers, r?.BackboneTeachers, r?.PeArtsTeachers, r?.TeachingArea, r?.SportsArea,
                r?.EquipmentValue, r?.MultimediaClassrooms, f.AcademicScore, f.ConsolidationRate, f.ParentSatisfaction, f.SocialRecognition, f.ReturningStudents,
                CountyCode = countyCode, Now = DateTimeOffset.UtcNow,
            });
        return existed;
    }

    sealed class DistrictRow
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = "";
        public string SchoolIds { get; set; } = "[]";
    }

    public static async Task<IReadOnlyList<District>> DistrictsAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<DistrictRow>("SELECT Id, Name, SchoolIds FROM districts WHERE CountyCode = @CountyCode ORDER BY Name", new { CountyCode = countyCode }))
        .Select(r => new District(r.Id, r.Name, StoredJson.Read<List<Guid>>(r.SchoolIds))).ToList();

    public static async Task ReplaceDistrictsAsync(this DbSession s, string countyCode, IReadOnlyList<District> districts)
    {
        await s.ExecuteAsync("DELETE FROM districts WHERE CountyCode = @CountyCode", new { CountyCode = countyCode });
        foreach (var d in districts)
        {
            await s.ExecuteAsync("INSERT INTO districts (Id, CountyCode, Name, SchoolIds) VALUES (@Id, @CountyCode, @Name, @SchoolIds)",
                new { d.Id, CountyCode = countyCode, d.Name, SchoolIds = StoredJson.Write(d.SchoolIds) });
        }
    }
}

public static class CountyList
{
    /// <summary>Counties that reported figures for the school year.</summary>
    public static async Task<IReadOnlyList<string>> CountiesWithFiguresAsync(this DbSession s, int schoolYear) =>
        (await s.QueryAsync<string>("SELECT DISTINCT CountyCode FROM school_figures WHERE SchoolYear = @SchoolYear ORDER BY CountyCode", new { SchoolYear = schoolYear })).ToList();
}
