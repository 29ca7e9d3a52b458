namespace EduPlatform.WebConsole;

/// <summary>
/// The Chinese a screen shows for the API's codes (enum values stay codes on the wire). Sentences the services write
/// (explanations, violations, reasons) arrive in Chinese already and are shown as they come.
/// </summary>
public static class Names
{
    public static string Stage(string code) => code switch
    {
        "kindergarten" => "幼儿园",
        "primary" => "小学",
        "junior" => "初中",
        "nine-year" => "九年一贯制",
        "senior-high" => "普通高中",
        _ => code,
    };

    public static readonly string[] Stages = ["kindergarten", "primary", "junior", "nine-year", "senior-high"];

    public static string Locality(string code) => code switch
    {
        "urban" => "城区",
        "town" => "镇区",
        "rural" => "乡村",
        _ => code,
    };

    public static readonly string[] Localities = ["urban", "town", "rural"];

    public static string SchoolType(string code) => code switch
    {
        "regular" => "普通学校",
        "village-school" => "村小",
        "teaching-point" => "教学点",
        "special-education" => "特殊教育学校",
        "vocational" => "职业学校",
        _ => code,
    };

    public static string AllianceKind(string code) => code switch
    {
        "fused" => "融合型教联体",
        "entrusted-management" => "委托管理",
        "education-group" => "教育集团",
        "famous-school-branch" => "名校办分校",
        "league" => "联盟校",
        "close-knit-group" => "紧密型教育集团",
        "hand-in-hand-league" => "城乡手拉手教育联盟",
        "township-league" => "乡镇一体化教育联盟",
        "kindergarten-pilot" => "学前教育领航共建",
        "senior-high-pairing" => "普通高中1+1帮扶",
        _ => code,
    };

    public static readonly string[] AllianceKinds =
    [
        "fused", "close-knit-group", "entrusted-management", "education-group", "famous-school-branch", "league",
        "hand-in-hand-league", "township-league", "kindergarten-pilot", "senior-high-pairing",
    ];

    public static string Eligibility(string code) => code switch
    {
        "must-rotate" => "须交流",
        "may-rotate" => "可交流",
        "exempt" => "暂不交流",
        _ => code,
    };

    public static string PlanStatus(string code) => code switch
    {
        "draft" => "草案",
        "school-review" => "学校审核中",
        "alliance-review" => "教联体审核中",
        "bureau-review" => "待教育局审批",
        "notice" => "公示中",
        "approved" => "已批准",
        "superseded" => "已被替代",
        _ => code,
    };

    public static string MoveMode(string code) => code switch
    {
        "exchange" => "交流",
        "support" => "支教",
        "itinerant" => "走教",
        "secondment" => "挂职",
        "shadowing" => "跟岗",
        _ => code,
    };

    public static string ZonePlanStatus(string code) => code switch
    {
        "draft" => "草案",
        "approved" => "已审定",
        "published" => "已公布",
        "superseded" => "已被替代",
        _ => code,
    };

    public static string Role(string code) => code switch
    {
        "core" => "核心校",
        "member" => "成员校",
        _ => code,
    };

    public static string PersonRole(string code) => code switch
    {
        "teacher" => "教师",
        "middle-manager" => "中层干部",
        "vice-principal" => "副校长",
        "principal" => "校长",
        _ => code,
    };

    /// <summary>A plan target's id in Chinese; its scope, reason and source arrive in Chinese already.</summary>
    public static string Target(string code) => code switch
    {
        "target.share-of-eligible" => "交流比例（本校符合条件教师）",
        "target.backbone-share" => "骨干教师比例（本校交流教师）",
        "target.rural-backbone-share" => "到乡村交流的骨干教师比例",
        "target.league-sends" => "手拉手联盟派出教师",
        "reciprocity" => "对等交流（成员校派回）",
        "team.management" => "管理团队",
        "team.junior.backbone" => "初中骨干教师",
        "target.township-itinerant" => "乡镇联盟走教（按课程需要）",
        _ when code.StartsWith("pair.", StringComparison.Ordinal) => $"高中结对互派（{Subject(code[5..])}，有高三教学经验）",
        _ when code.StartsWith("team.primary.band.", StringComparison.Ordinal) => "小学各年段骨干教师",
        _ when code.StartsWith("team.primary.", StringComparison.Ordinal) => "小学学科骨干教师",
        _ => code,
    };

    public static string Subject(string code) => code switch
    {
        "chinese" => "语文", "maths" => "数学", "english" => "英语", "ideology" => "道德与法治", "history" => "历史",
        "geography" => "地理", "physics" => "物理", "chemistry" => "化学", "biology" => "生物", "science" => "科学",
        "pe" => "体育", "music" => "音乐", "art" => "美术", "it" => "信息技术", "mental-health" => "心理健康",
        "other" => "其他", "" => "（学校自定）",
        _ => code,
    };
}
