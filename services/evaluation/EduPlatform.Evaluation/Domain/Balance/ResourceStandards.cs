namespace EduPlatform.Evaluation.Domain.Balance;

/// <summary>The seven resource indicators of the 2017 balanced-quality review (教督〔2017〕6号), in the review's order.</summary>
public enum ResourceIndicator
{
    QualifiedTeachers,
    BackboneTeachers,
    PeArtsTeachers,
    TeachingArea,
    SportsArea,
    EquipmentValue,
    MultimediaClassrooms,
}

/// <summary>One indicator's standard per stage: a school meets it at or above the value.</summary>
public sealed record IndicatorStandard(ResourceIndicator Indicator, string Code, string ChineseName, string Unit, double Primary, double Junior, bool Per100Students)
{
    public double For(string stage) => stage == Stages.Junior ? Junior : Primary;
}

public static class Stages
{
    public const string Primary = "primary";
    public const string Junior = "junior";

    /// <summary>The stages the 2017 review's resource indicators and difference coefficients are computed for.</summary>
    public static readonly IReadOnlyList<string> Reviewed = [Primary, Junior];
}

/// <summary>The review's numbers (standards.md, balanced-quality review); the only place they are written.</summary>
public static class ResourceStandards
{
    public static readonly IReadOnlyList<IndicatorStandard> All =
    [
        new(ResourceIndicator.QualifiedTeachers, "qualified-teachers", "生均高于规定学历教师数", "人/百生", 4.2, 5.3, true),
        new(ResourceIndicator.BackboneTeachers, "backbone-teachers", "生均县级以上骨干教师数", "人/百生", 1, 1, true),
        new(ResourceIndicator.PeArtsTeachers, "pe-arts-teachers", "生均体育艺术专任教师数", "人/百生", 0.9, 0.9, true),
        new(ResourceIndicator.TeachingArea, "teaching-area", "生均教学及辅助用房面积", "m²/生", 4.5, 5.8, false),
        new(ResourceIndicator.SportsArea, "sports-area", "生均体育运动场馆面积", "m²/生", 7.5, 10.2, false),
        new(ResourceIndicator.EquipmentValue, "equipment-value", "生均教学仪器设备值", "元/生", 2000, 2500, false),
        new(ResourceIndicator.MultimediaClassrooms, "multimedia-classrooms", "每百名学生拥有网络多媒体教室数", "间/百生", 2.3, 2.4, true),
    ];

    public static IndicatorStandard Of(ResourceIndicator indicator) => All[(int)indicator];

    /// <summary>A school passes when it meets at least 6 of the 7 …</summary>
    public const int IndicatorsToMeet = 6;

    /// <summary>… and the one it misses reaches at least 85% of its standard.</summary>
    public const double MissedIndicatorFloor = 0.85;

    /// <summary>Teaching points with fewer students are left out of the indicators.</summary>
    public const int TeachingPointMinimumStudents = 50;

    /// <summary>Each indicator's student-weighted difference coefficient must not exceed 0.50 (primary) / 0.45 (junior).</summary>
    public static double CoefficientLimit(string stage) => stage == Stages.Junior ? 0.45 : 0.50;

    /// <summary>The 2012 basic-balance review (县域义务教育均衡发展督导评估暂行办法) averaged the coefficients into one composite, limits 0.65 / 0.55.</summary>
    public static double CompositeLimit2012(string stage) => stage == Stages.Junior ? 0.55 : 0.65;
}
