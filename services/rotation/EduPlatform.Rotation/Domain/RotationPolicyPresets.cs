using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Domain;

/// <summary>The rotation presets a county can pick, each from its policy text (domain.md §3, standards.md rotation).</summary>
public static class RotationPolicyPresets
{
    public const string National = "national";
    public const string Wolong = "wolong";
    public const string Tuanfeng = "tuanfeng";
    public const string Xishui = "xishui";
    public const string Hubei = "hubei";

    public static IReadOnlyList<string> Names { get; } = [National, Wolong, Tuanfeng, Xishui, Hubei];

    // 关于推进县(区)域内义务教育学校校长教师交流轮岗的意见 (2014): two full terms for principals, a locally set number of
    // years for teachers (6 in every seed), 10% of eligible teachers a year, backbone at least 20% of those rotating.
    static readonly RotationPolicy NationalPolicy = new()
    {
        Preset = National,
        TeacherYearsAtSchool = 6,
        PrincipalTermsBeforeRotation = 2,
        // The national text leaves the term's length to the locality; 3 years is the common term and makes two terms = 6 years.
        PrincipalTermYears = 3,
        // Two full terms imply a principal in the first term stays; the other deferrals are local rules (standards.md).
        Exemptions = new ExemptionRules { PrincipalFirstTerm = true },
        // Cadres 3 years, teachers 1 year [001]: the only minimum stays the texts give outside Tuanfeng's stage rules.
        MinimumStay = new MinimumStayRules { CadreYears = 3, TeacherYears = 1 },
        MinShareOfEligible = 0.10m,
        BackboneMinShare = 0.20m,
        BackboneShareBase = BackboneShareBase.Rotating,
        // A typical exchange term is 3 years [000][003].
        ExchangeYears = 3,
    };

    // 卧龙区 [001]: 两届或6年; 6 years for teachers; the six exemption kinds; terms of at least 3 years for cadres and
    // 1 year for teachers (期限原则上不低于…, the term is the stay the text sets); the close-knit
    // group's team (3 managers, junior 6 / primary 2 per band backbone with Chinese, maths, English) sent back in kind;
    // cadre nominations 25 July – 5 August.
    static readonly RotationPolicy WolongPolicy = NationalPolicy with
    {
        Preset = Wolong,
        PrincipalYearsAtSchool = 6,
        Exemptions = new ExemptionRules
        {
            PrincipalFirstTerm = true,
            MenOverAge = 55,
            WomenOverAge = 50,
            FeaturedCourseLead = true,
            PregnancyOrNursing = true,
            CertifiedIllness = true,
            Experienced = new ExperienceExemption(OtherSchools: 2, YearsEach: 3, UrbanTeacherRuralYears: 6),
        },
        // 结对学校互派 [001]: the senior-high pairs exchange both ways too.
        ReciprocalKinds = new HashSet<string> { "close-knit-group", "senior-high-pairing" },
        TeamKinds = new HashSet<string> { "close-knit-group" },
        Team = new TeamRules
        {
            ManagementTeamMin = 3,
            JuniorBackboneMin = 6,
            PrimaryBackbonePerBandMin = 2,
            PrimaryRequiredSubjects = [Subject.Chinese, Subject.Maths, Subject.English],
        },
        CadreNominationWindow = new DateWindow(7, 25, 8, 5),
        TermBasis = TermBasis.MinimumStay,
        // 城乡“手拉手”对口帮扶教育联盟，城区学校到乡镇学校交流人数每学期为3-5人 [001]: a teacher's year covers both semesters.
        LeagueSends = new Dictionary<string, SendRange>
        {
            ["hand-in-hand-league"] = new(3, 5, "[001] 城乡“手拉手”对口帮扶教育联盟，城区学校到乡镇学校交流人数每学期为3-5人"),
        },
        // 乡镇中心小学一体化教育联盟，教师“走教”人数由乡镇中心小学根据课程需要自行确定，确保小规模学校开足开齐课程 [001].
        ItinerantKinds = new HashSet<string> { "township-league" },
        PairKinds = new Dictionary<string, PairRules> { ["senior-high-pairing"] = PairRules.Wolong },
    };

    // 团风县 [003]: 校长任期满两届、教师工作满六年必须跨校区交流; new recruits 1 year at the core school, then 3 at a
    // township campus; minimum stays by stage and subject; scarce subjects itinerant.
    static readonly RotationPolicy TuanfengPolicy = NationalPolicy with
    {
        Preset = Tuanfeng,
        RecruitCoreYears = 1,
        RecruitTownshipYears = 3,
        MinimumStay = new MinimumStayRules
        {
            CadreYears = 3,
            TeacherYears = 1,
            ByStage = new Dictionary<string, int> { ["kindergarten"] = 3, ["primary"] = 3 },
            ByStageSubject = new Dictionary<string, int>
            {
                ["junior:chinese"] = 3, ["junior:maths"] = 3, ["junior:english"] = 3, ["junior:history"] = 3, ["junior:ideology"] = 3,
                ["junior:physics"] = 2, ["junior:chemistry"] = 2, ["junior:geography"] = 2, ["junior:biology"] = 2,
            },
            ScarceSubjectsItinerant = true,
        },
        // 在同一校区至少工作3年/2年 [003]: the stays by stage and subject are the terms.
        TermBasis = TermBasis.MinimumStay,
    };

    // 浠水县 [000]: exchanges of 3 years inside the 21 fused alliances; the national shares (it reported 12.3% and 36%);
    // 通过走教送教…为36所农村学校解决体音美等学科教师紧缺问题: scarce-subject teachers teach itinerant.
    static readonly RotationPolicy XishuiPolicy = NationalPolicy with
    {
        Preset = Xishui,
        MinimumStay = NationalPolicy.MinimumStay with
        {
            ScarceSubjectsItinerant = true,
            ItinerantSource = "[000] 通过走教送教…为36所农村学校解决体音美等学科教师紧缺问题",
        },
    };

    // 湖北 [002]: county-town recruits serve in a rural school within 5 years; 每年到乡村交流轮岗的教师中骨干教师不低于30%
    // (a share of those going to rural schools, beside the national 20% of all rotating).
    static readonly RotationPolicy HubeiPolicy = NationalPolicy with
    {
        Preset = Hubei,
        CountyTownRecruitRuralWithinYears = 5,
        RuralBoundBackboneMinShare = 0.30m,
    };

    public static RotationPolicy? Find(string name) => name.Trim().ToLowerInvariant() switch
    {
        National => NationalPolicy,
        Wolong => WolongPolicy,
        Tuanfeng => TuanfengPolicy,
        Xishui => XishuiPolicy,
        Hubei => HubeiPolicy,
        _ => null,
    };
}
