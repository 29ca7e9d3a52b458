using System.Security.Claims;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.WebConsole;

/// <summary>The suite's file imports as the imports page offers them: where each uploads, its template, and who may.</summary>
public sealed record ImportKind(string Key, string Name, string Service, string Route, string Template, string Meaning)
{
    /// <summary>Whether the user's role may upload it (as the service's write policy for the route).</summary>
    public bool MayUpload(ClaimsPrincipal user) => Key switch
    {
        "ratings" => user.Any(Roles.CountyAdmin, Roles.ProvinceAdmin, Roles.HrBureau),
        _ => Service switch
        {
            "organization" => user.WritesOrganization(),
            "staffing" => user.WritesStaffing(),
            "rotation" => user.WritesRotation(),
            "zoning" => user.WritesZoning(),
            _ => user.WritesEvaluation(),
        },
    };

    public static readonly IReadOnlyList<ImportKind> All =
    [
        new("schools", "学校名册", "organization", "schools/import", "schools", "学校标识码、名称、学段、城乡、乡镇、办学性质等；可含当学期统计"),
        new("terms", "学期统计", "organization", "schools/terms/import", "terms", "每校每学期（分年级）学生数和班数"),
        new("alliances", "教联体名册", "organization", "alliances/import", "alliances", "教联体名称、类型、核心校和成员校"),
        new("head-counts", "在编教职工", "staffing", "head-counts/import", "head-counts", "每校（九年一贯制分学段）在编人数及岗位等级"),
        new("subject-staff", "分学科教师", "staffing", "subject-staff/import", "subject-staff", "每校每学段每学科的专任和兼任教师"),
        new("people", "教职工名册", "rotation", "people/import", "people", "姓名、身份证号、岗位、到校时间、工作经历等"),
        new("units", "居住单元", "zoning", "units/import", "units", "小区和村的位置、相邻单元和各年新生数"),
        new("figures", "学校年度数据", "evaluation", "figures/import", "figures", "均衡评估的教师、校舍、设备和质量数据"),
        new("ratings", "年度考核拟定等次", "evaluation", "ratings/{year}/import", "ratings", "学校拟定的每人年度考核等次"),
    ];

    public string Path(string county, int year) => $"api/{Service}/counties/{county}/{Route.Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}";

    public string TemplatePath => $"/api/{Service}/templates/{Template}.xlsx";

    /// <summary>The report's figures in Chinese (rows, new, updated …), as each import names them.</summary>
    public static string Figure(string name) => name switch
    {
        "rows" => "行数",
        "created" or "new" => "新增",
        "updated" => "更新",
        "unchanged" => "未变",
        "termStatisticsReported" => "学期统计",
        "pairs" => "相邻关系",
        "primaryEntrants" => "小学新生",
        "juniorEntrants" => "初中新生",
        "withResources" => "含办学条件",
        "withQuality" => "含质量数据",
        _ => name,
    };
}
