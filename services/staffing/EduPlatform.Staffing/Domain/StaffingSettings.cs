using EduPlatform.Kernel;
namespace EduPlatform.Staffing.Domain;

/// <summary>
/// A county's staffing settings: the standard it uses and what that standard leaves to the county — the village class
/// ratio, the kindergarten staff ratio within the 2013 range, the rounding rule — and the county's total quota (编制总量).
/// </summary>
public sealed record StaffingSettings : ICountySettings<StaffingSettings>
{
    public required string CountyCode { get; init; }
    public required string StandardPreset { get; init; }
    public decimal? VillageStaffPerClass { get; init; }
    public required decimal KindergartenFullDayRatio { get; init; }
    public required decimal KindergartenHalfDayRatio { get; init; }
    /// <summary>Children per teaching and care staff member, within 7–9 (full day) and 11–13 (half day) [national 2013].</summary>
    public required decimal KindergartenFullDayCareRatio { get; init; }
    public required decimal KindergartenHalfDayCareRatio { get; init; }
    public required QuotaRounding Rounding { get; init; }
    /// <summary>The county's total staffing quota, which plans may not exceed [000]; null until the office enters it.</summary>
    public int? CountyTotal { get; init; }
    public required int Version { get; init; }

    /// <summary>"Commonly 1.5–2.0" with no national number (standards.md); anything outside this band is a typing error.</summary>
    public static readonly (decimal Min, decimal Max) VillageStaffPerClassBand = (0.5m, 4m);

    public static StaffingSettings DefaultFor(string countyCode)
    {
        var standard = StaffingStandardPresets.Find(StaffingStandardPresets.National2014)!;
        return new StaffingSettings
        {
            CountyCode = countyCode,
            StandardPreset = standard.Preset,
            KindergartenFullDayRatio = standard.Kindergarten.FullDayChildrenPerStaff,
            KindergartenHalfDayRatio = standard.Kindergarten.HalfDayChildrenPerStaff,
            KindergartenFullDayCareRatio = standard.Kindergarten.FullDayChildrenPerCareStaff,
            KindergartenHalfDayCareRatio = standard.Kindergarten.HalfDayChildrenPerCareStaff,
            Rounding = standard.Rounding,
            Version = 0,
        };
    }

    public StaffingStandard ToStandard()
    {
        var preset = StaffingStandardPresets.Find(StandardPreset)
            ?? throw new InvalidOperationException($"Unknown staffing preset '{StandardPreset}'.");
        return preset with
        {
            VillageStaffPerClass = VillageStaffPerClass,
            Kindergarten = preset.Kindergarten with
            {
                FullDayChildrenPerStaff = KindergartenFullDayRatio, HalfDayChildrenPerStaff = KindergartenHalfDayRatio,
                FullDayChildrenPerCareStaff = KindergartenFullDayCareRatio, HalfDayChildrenPerCareStaff = KindergartenHalfDayCareRatio,
            },
            Rounding = Rounding,
        };
    }

    /// <summary>Field errors; a county may only choose within what the standard allows.</summary>
    public StaffingSettings WithVersion(int version) => this with { Version = version };

    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (StaffingStandardPresets.Find(StandardPreset) is null)
        {
            errors.Add(("standardPreset", Texts.PresetOneOf(StaffingStandardPresets.Names)));
        }

        if (VillageStaffPerClass is { } perClass && (perClass < VillageStaffPerClassBand.Min || perClass > VillageStaffPerClassBand.Max))
        {
            errors.Add(("villageStaffPerClass", Texts.VillagePerClass(perClass, VillageStaffPerClassBand.Min, VillageStaffPerClassBand.Max)));
        }

        var (fullMin, fullMax) = KindergartenStandard.FullDayRange;
        if (KindergartenFullDayRatio < fullMin || KindergartenFullDayRatio > fullMax)
        {
            errors.Add(("kindergartenFullDayRatio", Texts.FullDayRatio(fullMin, fullMax)));
        }

        var (halfMin, halfMax) = KindergartenStandard.HalfDayRange;
        if (KindergartenHalfDayRatio < halfMin || KindergartenHalfDayRatio > halfMax)
        {
            errors.Add(("kindergartenHalfDayRatio", Texts.HalfDayRatio(halfMin, halfMax)));
        }

        foreach (var (value, range, field, halfDay) in new[]
        {
            (KindergartenFullDayCareRatio, KindergartenStandard.FullDayCareRange, "kindergartenFullDayCareRatio", false),
            (KindergartenHalfDayCareRatio, KindergartenStandard.HalfDayCareRange, "kindergartenHalfDayCareRatio", true),
        })
        {
            if (value < range.Min || value > range.Max)
            {
                errors.Add((field, Texts.CareRatio(halfDay, range.Min, range.Max)));
            }
        }

        if (CountyTotal is < 0)
        {
            errors.Add(("countyTotal", Texts.NotNegative));
        }

        return errors;
    }
}
