namespace EduPlatform.Staffing.Domain;

/// <summary>The staffing standards a county can pick (standards.md, Staffing ratios).</summary>
public static class StaffingStandardPresets
{
    public const string National2014 = "national-2014";
    public const string City2001 = "2001-city";
    public const string CountyTown2001 = "2001-county-town";
    public const string Rural2001 = "2001-rural";

    public static IReadOnlyList<string> Names { get; } = [National2014, City2001, CountyTown2001, Rural2001];

    // The kindergarten standard of 2013 applies under every preset; the county default is the middle of each range
    // (staff 1:6 full day, 1:9 half day; teaching and care 1:8 and 1:12) until the county chooses otherwise.
    static readonly KindergartenStandard Kindergarten2013 = new()
    {
        FullDayChildrenPerStaff = KindergartenStandard.Middle(KindergartenStandard.FullDayRange),
        HalfDayChildrenPerStaff = KindergartenStandard.Middle(KindergartenStandard.HalfDayRange),
        FullDayChildrenPerCareStaff = KindergartenStandard.Middle(KindergartenStandard.FullDayCareRange),
        HalfDayChildrenPerCareStaff = KindergartenStandard.Middle(KindergartenStandard.HalfDayCareRange),
        FullDayTeachersPerClass = 2,
        FullDayCaregiversPerClass = 1,
        HalfDayTeachersPerClass = 2,
        BoardingExtraTeachersPerClass = 1,
        BoardingExtraCaregiversPerClass = 1,
    };

    public static StaffingStandard? Find(string name) => name.ToLowerInvariant() switch
    {
        // 中央编办、教育部、财政部《关于统一城乡中小学教职工编制标准的通知》(2014): one standard for city, county town and countryside.
        National2014 => Standard(National2014, "[national 2014] 统一城乡中小学教职工编制标准: 高中1:12.5, 初中1:13.5, 小学1:19", 12.5m, 13.5m, 19m),
        // 国办发〔2001〕74号, kept as named historical presets.
        City2001 => Standard(City2001, "[national 2001] 国办发〔2001〕74号 城市: 1:12.5 / 1:13.5 / 1:19", 12.5m, 13.5m, 19m),
        CountyTown2001 => Standard(CountyTown2001, "[national 2001] 国办发〔2001〕74号 县镇: 1:13 / 1:16 / 1:21", 13m, 16m, 21m),
        Rural2001 => Standard(Rural2001, "[national 2001] 国办发〔2001〕74号 农村: 1:13.5 / 1:18 / 1:23", 13.5m, 18m, 23m),
        _ => null,
    };

    static StaffingStandard Standard(string preset, string source, decimal senior, decimal junior, decimal primary) => new()
    {
        Preset = preset,
        Source = source,
        StudentsPerStaff = new Dictionary<StaffingStage, decimal>
        {
            [StaffingStage.SeniorHigh] = senior,
            [StaffingStage.Junior] = junior,
            [StaffingStage.Primary] = primary,
        },
        Kindergarten = Kindergarten2013,
        Rounding = QuotaRounding.HalfUp,
    };
}
