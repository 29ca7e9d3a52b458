namespace EduPlatform.Evaluation.Domain;

/// <summary>年度考核等次, best first; wire names as in the AnnualRatingsFinalized contract.</summary>
public static class Ratings
{
    public const string Excellent = "excellent";
    public const string Competent = "competent";
    public const string BasicallyCompetent = "basically-competent";
    public const string Incompetent = "incompetent";

    public static readonly IReadOnlyList<string> All = [Excellent, Competent, BasicallyCompetent, Incompetent];

    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        [Excellent] = "优秀", [Competent] = "合格", [BasicallyCompetent] = "基本合格", [Incompetent] = "不合格",
    };

    /// <summary>The wire name for a rating written in Chinese or English, or null.</summary>
    public static string? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        return All.FirstOrDefault(r => r == t) ?? Chinese.FirstOrDefault(c => c.Value == t || (c.Value == "合格" && t == "称职")).Key;
    }

    /// <summary>True when the rating is competent or better: the floor of the career rules [001].</summary>
    public static bool AtLeastCompetent(string rating) => rating is Excellent or Competent;
}

/// <summary>The people whose ratings the bundled evaluation decides: wire names of the rotation contracts.</summary>
public static class PostRoles
{
    public const string Principal = "principal";
    public const string VicePrincipal = "vice-principal";
    public const string MiddleManager = "middle-manager";
    public const string Teacher = "teacher";

    public static readonly IReadOnlyList<string> All = [Principal, VicePrincipal, MiddleManager, Teacher];

    /// <summary>领导班子: the principal and vice-principals (middle managers are not the leadership) [001] 四(三).</summary>
    public static bool IsLeadership(string role) => role is Principal or VicePrincipal;

    public static string? Parse(string? text) => (text?.Trim() ?? "") switch
    {
        "principal" or "校长" or "总校长" or "执行校长" => Principal,
        "vice-principal" or "副校长" or "书记" or "党支部书记" => VicePrincipal,
        "middle-manager" or "中层" or "中层干部" or "中层管理人员" => MiddleManager,
        "teacher" or "教师" or "专任教师" => Teacher,
        _ => null,
    };
}
