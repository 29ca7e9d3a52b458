using EduPlatform.Persistence;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Data;

public static class SettingsData
{
    /// <summary>Where the county\'s staffing settings are kept, for <see cref="CountySettingsStore{T}"/>.</summary>
    public static readonly SettingsTable<StaffingSettings> SettingsTable = new("Staffing settings", "staffing.settings", "staffing-settings",
        (s, countyCode) => s.SettingsAsync(countyCode), (s, settings, expected) => s.SaveSettingsAsync(settings, expected));

    sealed class Row
    {
        public string CountyCode { get; set; } = "";
        public string StandardPreset { get; set; } = "";
        public decimal? VillageStaffPerClass { get; set; }
        public decimal KindergartenFullDayRatio { get; set; }
        public decimal KindergartenHalfDayRatio { get; set; }
        public decimal? KindergartenFullDayCareRatio { get; set; }
        public decimal? KindergartenHalfDayCareRatio { get; set; }
        public string Rounding { get; set; } = "";
        public int? CountyTotal { get; set; }
        public int Version { get; set; }
    }

    const string Columns = "CountyCode, StandardPreset, VillageStaffPerClass, KindergartenFullDayRatio, KindergartenHalfDayRatio, "
        + "KindergartenFullDayCareRatio, KindergartenHalfDayCareRatio, Rounding, CountyTotal, Version";

    /// <summary>The county's settings, or the national defaults (version 0) when the office has not set any.</summary>
    public static async Task<StaffingSettings> SettingsAsync(this DbSession s, string countyCode)
    {
        var row = await s.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM staffing_settings WHERE CountyCode = @CountyCode", new { CountyCode = countyCode });
        var defaults = StaffingSettings.DefaultFor(countyCode);
        return row is null
            ? defaults
            : new StaffingSettings
            {
                CountyCode = row.CountyCode,
                StandardPreset = row.StandardPreset,
                VillageStaffPerClass = row.VillageStaffPerClass,
                KindergartenFullDayRatio = row.KindergartenFullDayRatio,
                KindergartenHalfDayRatio = row.KindergartenHalfDayRatio,
                KindergartenFullDayCareRatio = row.KindergartenFullDayCareRatio ?? defaults.KindergartenFullDayCareRatio,
                KindergartenHalfDayCareRatio = row.KindergartenHalfDayCareRatio ?? defaults.KindergartenHalfDayCareRatio,
                Rounding = Enum.Parse<QuotaRounding>(row.Rounding),
                CountyTotal = row.CountyTotal,
                Version = row.Version,
            };
    }

    /// <summary>Writes the settings if the stored version is still <paramref name="expectedVersion"/> (0 = none stored yet).</summary>
    public static async Task<bool> SaveSettingsAsync(this DbSession s, StaffingSettings settings, int expectedVersion)
    {
        var args = new
        {
            settings.CountyCode, settings.StandardPreset, settings.VillageStaffPerClass, settings.KindergartenFullDayRatio,
            settings.KindergartenHalfDayRatio, settings.KindergartenFullDayCareRatio, settings.KindergartenHalfDayCareRatio,
            Rounding = settings.Rounding.ToString(), settings.CountyTotal, settings.Version,
            Expected = expectedVersion, Now = DateTimeOffset.UtcNow,
        };
        if (expectedVersion == 0)
        {
            return await s.ExecuteAsync(
                s.Dialect.InsertIfAbsent("staffing_settings", Columns + ", UpdatedAt",
                    "@CountyCode, @StandardPreset, @VillageStaffPerClass, @KindergartenFullDayRatio, @KindergartenHalfDayRatio, "
                    + "@KindergartenFullDayCareRatio, @KindergartenHalfDayCareRatio, @Rounding, @CountyTotal, @Version, @Now",
                    "CountyCode = @CountyCode"), args) == 1;
        }

        return await s.ExecuteAsync(
            """
            UPDATE staffing_settings SET StandardPreset = @StandardPreset, VillageStaffPerClass = @VillageStaffPerClass,
                KindergartenFullDayRatio = @KindergartenFullDayRatio, KindergartenHalfDayRatio = @KindergartenHalfDayRatio,
                KindergartenFullDayCareRatio = @KindergartenFullDayCareRatio, KindergartenHalfDayCareRatio = @KindergartenHalfDayCareRatio,
                Rounding = @Rounding, CountyTotal = @CountyTotal, Version = @Version, UpdatedAt = @Now
            WHERE CountyCode = @CountyCode AND Version = @Expected
            """, args) == 1;
    }
}
