using EduPlatform.Persistence;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Data;

public static class SettingsData
{
    /// <summary>Where the county\'s rotation settings are kept, for <see cref="CountySettingsStore{T}"/>.</summary>
    public static readonly SettingsTable<RotationSettings> SettingsTable = new("Rotation settings", "rotation.settings", "rotation-settings",
        (s, countyCode) => s.RotationSettingsAsync(countyCode), (s, settings, expected) => s.SaveRotationSettingsAsync(settings, expected));

    sealed class Row
    {
        public string CountyCode { get; set; } = "";
        public string Preset { get; set; } = "";
        public int? TeacherYearsAtSchool { get; set; }
        public int? PrincipalTermYears { get; set; }
        public decimal? MinShareOfEligible { get; set; }
        public decimal? BackboneMinShare { get; set; }
        public string? BackboneShareBase { get; set; }
        public int? MenOverAge { get; set; }
        public int? WomenOverAge { get; set; }
        public bool? TownCountsAsRural { get; set; }
        public decimal? RuralBoundBackboneMinShare { get; set; }
        public string? TermBasis { get; set; }
        public bool? FirstTermCoversVicePrincipals { get; set; }
        public bool? AgeCoversCadres { get; set; }
        public int? NoticeWorkingDays { get; set; }
        public bool? ScarceSubjectsItinerant { get; set; }
        public decimal? ItinerantAllowancePerKm { get; set; }
        public int? ItinerantSpeedKmh { get; set; }
        public decimal? ItinerantDetourFactor { get; set; }
        public bool? CrossAllianceMoves { get; set; }
        public int Version { get; set; }
    }

    const string Columns = "CountyCode, Preset, TeacherYearsAtSchool, PrincipalTermYears, MinShareOfEligible, BackboneMinShare, BackboneShareBase, MenOverAge, WomenOverAge, "
        + "TownCountsAsRural, RuralBoundBackboneMinShare, TermBasis, FirstTermCoversVicePrincipals, AgeCoversCadres, NoticeWorkingDays, "
        + "ScarceSubjectsItinerant, ItinerantAllowancePerKm, ItinerantSpeedKmh, ItinerantDetourFactor, CrossAllianceMoves, Version";

    /// <summary>The county's settings, or the national preset (version 0) when the bureau has set none.</summary>
    public static async Task<RotationSettings> RotationSettingsAsync(this DbSession s, string countyCode)
    {
        var row = await s.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM rotation_settings WHERE CountyCode = @CountyCode", new { CountyCode = countyCode });
        return row is null
            ? RotationSettings.DefaultFor(countyCode)
            : new RotationSettings
            {
                CountyCode = row.CountyCode, Preset = row.Preset, TeacherYearsAtSchool = row.TeacherYearsAtSchool, PrincipalTermYears = row.PrincipalTermYears,
                MinShareOfEligible = row.MinShareOfEligible, BackboneMinShare = row.BackboneMinShare,
                BackboneShareBase = row.BackboneShareBase is null ? null : Enum.Parse<BackboneShareBase>(row.BackboneShareBase),
                MenOverAge = row.MenOverAge, WomenOverAge = row.WomenOverAge, TownCountsAsRural = row.TownCountsAsRural,
                RuralBoundBackboneMinShare = row.RuralBoundBackboneMinShare, TermBasis = row.TermBasis is null ? null : Enum.Parse<TermBasis>(row.TermBasis),
                FirstTermCoversVicePrincipals = row.FirstTermCoversVicePrincipals, AgeCoversCadres = row.AgeCoversCadres,
                NoticeWorkingDays = row.NoticeWorkingDays, ScarceSubjectsItinerant = row.ScarceSubjectsItinerant,
                ItinerantAllowancePerKm = row.ItinerantAllowancePerKm, ItinerantSpeedKmh = row.ItinerantSpeedKmh, ItinerantDetourFactor = row.ItinerantDetourFactor,
                CrossAllianceMoves = row.CrossAllianceMoves, Version = row.Version,
            };
    }

    /// <summary>Writes the settings if the stored version is still <paramref name="expectedVersion"/> (0 = none stored yet).</summary>
    public static async Task<bool> SaveRotationSettingsAsync(this DbSession s, RotationSettings settings, int expectedVersion)
    {
        var args = new
        {
            settings.CountyCode, settings.Preset, settings.TeacherYearsAtSchool, settings.PrincipalTermYears, settings.MinShareOfEligible,
            settings.BackboneMinShare, BackboneShareBase = settings.BackboneShareBase?.ToString(), settings.MenOverAge, settings.WomenOverAge,
            settings.TownCountsAsRural, settings.RuralBoundBackboneMinShare, TermBasis = settings.TermBasis?.ToString(), settings.FirstTermCoversVicePrincipals,
            settings.AgeCoversCadres, settings.NoticeWorkingDays, settings.ScarceSubjectsItinerant, settings.ItinerantAllowancePerKm, settings.ItinerantSpeedKmh,
            settings.ItinerantDetourFactor, settings.CrossAllianceMoves, settings.Version, Expected = expectedVersion, Now = DateTimeOffset.UtcNow,
        };
        if (expectedVersion == 0)
        {
            return await s.ExecuteAsync(
                s.Dialect.InsertIfAbsent("rotation_settings", Columns + ", UpdatedAt",
                    "@CountyCode, @Preset, @TeacherYearsAtSchool, @PrincipalTermYears, @MinShareOfEligible, @BackboneMinShare, @BackboneShareBase, @MenOverAge, @WomenOverAge, "
                    + "@TownCountsAsRural, @RuralBoundBackboneMinShare, @TermBasis, @FirstTermCoversVicePrincipals, @AgeCoversCadres, @NoticeWorkingDays, "
                    + "@ScarceSubjectsItinerant, @ItinerantAllowancePerKm, @ItinerantSpeedKmh, @ItinerantDetourFactor, @CrossAllianceMoves, @Version, @Now",
                    "CountyCode = @CountyCode"), args) == 1;
        }

        return await s.ExecuteAsync(
            """
            UPDATE rotation_settings SET Preset = @Preset, TeacherYearsAtSchool = @TeacherYearsAtSchool, PrincipalTermYears = @PrincipalTermYears,
                MinShareOfEligible = @MinShareOfEligible, BackboneMinShare = @BackboneMinShare, BackboneShareBase = @BackboneShareBase,
                MenOverAge = @MenOverAge, WomenOverAge = @WomenOverAge, TownCountsAsRural = @TownCountsAsRural,
                RuralBoundBackboneMinShare = @RuralBoundBackboneMinShare, TermBasis = @TermBasis,
                FirstTermCoversVicePrincipals = @FirstTermCoversVicePrincipals, AgeCoversCadres = @AgeCoversCadres,
                NoticeWorkingDays = @NoticeWorkingDays, ScarceSubjectsItinerant = @ScarceSubjectsItinerant,
                ItinerantAllowancePerKm = @ItinerantAllowancePerKm, ItinerantSpeedKmh = @ItinerantSpeedKmh, ItinerantDetourFactor = @ItinerantDetourFactor,
                CrossAllianceMoves = @CrossAllianceMoves, Version = @Version, UpdatedAt = @Now
            WHERE CountyCode = @CountyCode AND Version = @Expected
            """, args) == 1;
    }
}
