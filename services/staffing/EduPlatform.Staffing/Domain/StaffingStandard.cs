namespace EduPlatform.Staffing.Domain;

/// <summary>The stages a staffing standard distinguishes. A nine-year school is split into its primary and junior grades.</summary>
public enum StaffingStage { Kindergarten, Primary, Junior, SeniorHigh }

/// <summary>How a fractional quota becomes whole posts. No national text fixes it, so it is a county setting.</summary>
public enum QuotaRounding
{
    /// <summary>Nearest whole post, halves up (the common practice).</summary>
    HalfUp,
    /// <summary>Up to the next whole post.</summary>
    Up,
    /// <summary>Down to the whole post below.</summary>
    Down,
}

/// <summary>
/// 幼儿园教职工配备标准(暂行) 2013 [national]: staff:children ranges, per-class teaching and care staff, directors by classes.
/// </summary>
public sealed record KindergartenStandard
{
    /// <summary>Children per staff member the county uses; full day 5–7, half day 8–10 [national 2013].</summary>
    public required decimal FullDayChildrenPerStaff { get; init; }
    public required decimal HalfDayChildrenPerStaff { get; init; }
    /// <summary>全日制每班配备2名专任教师和1名保育员(或3名专任教师) [national 2013].</summary>
    public required int FullDayTeachersPerClass { get; init; }
    public required int FullDayCaregiversPerClass { get; init; }
    /// <summary>半日制每班配备2名专任教师 [national 2013].</summary>
    public required int HalfDayTeachersPerClass { get; init; }
    /// <summary>寄宿制每班增配1名专任教师和1名保育员 [national 2013].</summary>
    public required int BoardingExtraTeachersPerClass { get; init; }
    public required int BoardingExtraCaregiversPerClass { get; init; }

    /// <summary>Children per teaching and care staff member (保教人员与幼儿比); full day 7–9, half day 11–13 [national 2013].</summary>
    public required decimal FullDayChildrenPerCareStaff { get; init; }
    public required decimal HalfDayChildrenPerCareStaff { get; init; }

    public static readonly (decimal Min, decimal Max) FullDayRange = (5m, 7m);
    public static readonly (decimal Min, decimal Max) HalfDayRange = (8m, 10m);
    public static readonly (decimal Min, decimal Max) FullDayCareRange = (7m, 9m);
    public static readonly (decimal Min, decimal Max) HalfDayCareRange = (11m, 13m);

    /// <summary>
    /// The county default inside a range: its middle. The standard gives a range and leaves the point to the locality;
    /// the thin end (most children per adult) would be the least the standard allows, the middle is what it describes.
    /// </summary>
    public static decimal Middle((decimal Min, decimal Max) range) => (range.Min + range.Max) / 2;

    /// <summary>Directors: under 6 classes 1; 6–9 classes up to 2; 10 or more up to 3 [national 2013].</summary>
    public static int Directors(int classes) => classes switch
    {
        <= 0 => 0,
        < 6 => 1,
        < 10 => 2,
        _ => 3,
    };
}

/// <summary>
/// A versioned staffing standard (中小学教职工编制标准): students per staff member by stage, the village-school class
/// ratio, the kindergarten standard and the rounding rule. Counties pick a preset and may adjust only what the
/// standard leaves to them (the class ratio, the kindergarten ratio within its range, rounding).
/// </summary>
public sealed record StaffingStandard
{
    public required string Preset { get; init; }
    public required string Source { get; init; }
    /// <summary>Students per staff member: primary, junior, senior high.</summary>
    public required IReadOnlyDictionary<StaffingStage, decimal> StudentsPerStaff { get; init; }
    /// <summary>
    /// 班师比 for village schools and teaching points: staff per class. Set locally (commonly 1.5–2.0; no national number);
    /// null until the county sets it, and then such schools use the student ratio alone.
    /// </summary>
    public decimal? VillageStaffPerClass { get; init; }
    public required KindergartenStandard Kindergarten { get; init; }
    public required QuotaRounding Rounding { get; init; }

    public decimal RatioFor(StaffingStage stage) => StudentsPerStaff.TryGetValue(stage, out var ratio)
        ? ratio
        : throw new InvalidOperationException($"Standard {Preset} has no student ratio for {stage}.");

    public decimal Round(decimal value) => Rounding switch
    {
        QuotaRounding.HalfUp => Math.Round(value, 0, MidpointRounding.AwayFromZero),
        QuotaRounding.Up => Math.Ceiling(value),
        QuotaRounding.Down => Math.Floor(value),
        _ => throw new ArgumentOutOfRangeException(nameof(Rounding)),
    };
}
