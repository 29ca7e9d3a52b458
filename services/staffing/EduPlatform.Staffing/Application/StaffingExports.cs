using EduPlatform.Spreadsheets;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

/// <summary>The sheets the staffing office hands on, with Chinese headers: the quota table and the county plan.</summary>
public static class StaffingExports
{
    static readonly Dictionary<StaffingStage, string> StageNames = new()
    {
        [StaffingStage.Kindergarten] = "幼儿园", [StaffingStage.Primary] = "小学", [StaffingStage.Junior] = "初中", [StaffingStage.SeniorHigh] = "高中",
    };

    public static string ChineseStage(StaffingStage stage) => StageNames[stage];

    /// <summary>核定编制明细: one row per school line, with the pool's rounded posts on its stage.</summary>
    public static byte[] QuotaTable(QuotaTable table)
    {
        string[] headers = ["编制单位", "单位类型", "学校", "学段", "在校学生数", "班级数", "核定规则", "计算依据", "是否采用", "未取整编制", "单位学段核定编制", "标准依据"];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var pool in table.Pools)
        {
            var posts = pool.Stages.ToDictionary(s => s.Stage, s => s.Posts);
            foreach (var school in pool.Schools)
            {
                foreach (var line in school.Lines)
                {
                    rows.Add([pool.Name, pool.AllianceId is null ? "学校" : "融合型教联体", school.Name, ChineseStage(line.Stage), school.Students, school.Classes,
                        line.Rule, line.Basis, line.Counts ? "是" : "否", Math.Round(line.Posts, 2), posts.GetValueOrDefault(line.Stage), line.Source]);
                }
            }
        }

        rows.Add([]);
        rows.Add(["合计", null, null, null, null, null, null, table.Rounding, null, null, table.Total, table.StandardSource]);
        return XlsxWriter.Write($"{table.SchoolYear}年核定编制", headers, rows);
    }

    /// <summary>编制计划: standard and planned posts per pool and stage, then the stage totals against the county total.</summary>
    public static byte[] Plan(PlanView plan)
    {
        string[] headers = ["编制单位", "学段", "标准编制", "核定编制", "调整"];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var pool in plan.Pools)
        {
            foreach (var stage in pool.Stages)
            {
                rows.Add([pool.Name, ChineseStage(stage.Stage), stage.StandardPosts, stage.PlannedPosts, stage.PlannedPosts - stage.StandardPosts]);
            }
        }

        rows.Add([]);
        foreach (var stage in plan.Stages)
        {
            rows.Add([$"{ChineseStage(stage.Stage)}合计", ChineseStage(stage.Stage), stage.StandardPosts, stage.PlannedPosts, stage.Move]);
        }

        rows.Add(["全县合计", null, plan.StandardTotal, plan.PlannedTotal, plan.PlannedTotal - plan.StandardTotal]);
        rows.Add(["编制总量", null, null, plan.CountyTotal, null]);
        rows.Add(["状态", plan.Status == "approved" ? "已批准" : "草案", null, null, null]);
        return XlsxWriter.Write($"{plan.SchoolYear}年编制计划", headers, rows);
    }
}
