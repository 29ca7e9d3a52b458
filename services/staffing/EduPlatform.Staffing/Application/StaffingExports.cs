using EduPlatform.Spreadsheets;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

/// <summary>The sheets the staffing office hands on and prints: the quota table and the county plan, titled with the county's name.</summary>
public static class StaffingExports
{
    /// <summary>核定编制明细: one row per school line, with the pool's rounded posts on its stage.</summary>
    public static byte[] QuotaTable(QuotaTable table, string title)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var pool in table.Pools)
        {
            var posts = pool.Stages.ToDictionary(s => s.Stage, s => s.Posts);
            foreach (var school in pool.Schools)
            {
                foreach (var line in school.Lines)
                {
                    rows.Add([pool.Name, (string)Texts.PoolKind(pool.AllianceId is not null), school.Name, (string)Texts.Stage(line.Stage), school.Students, school.Classes,
                        line.Rule, line.Basis, (string)Texts.Yes(line.Counts), Math.Round(line.Posts, 2), posts.GetValueOrDefault(line.Stage), line.Source]);
                }
            }
        }

        rows.Add([]);
        rows.Add([(string)Texts.Total, null, null, null, null, null, null, table.Rounding, null, null, table.Total, table.StandardSource]);
        return XlsxWriter.Write(Texts.QuotaSheet(table.SchoolYear), Texts.QuotaHeaders.Items, rows, title);
    }

    /// <summary>编制计划: standard and planned posts per pool and stage, then the stage totals against the county total.</summary>
    public static byte[] Plan(PlanView plan, string title)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var pool in plan.Pools)
        {
            foreach (var stage in pool.Stages)
            {
                rows.Add([pool.Name, (string)Texts.Stage(stage.Stage), stage.StandardPosts, stage.PlannedPosts, stage.PlannedPosts - stage.StandardPosts]);
            }
        }

        rows.Add([]);
        foreach (var stage in plan.Stages)
        {
            rows.Add([(string)Texts.StageTotal(stage.Stage), (string)Texts.Stage(stage.Stage), stage.StandardPosts, stage.PlannedPosts, stage.Move]);
        }

        rows.Add([(string)Texts.CountyPlanTotal, null, plan.StandardTotal, plan.PlannedTotal, plan.PlannedTotal - plan.StandardTotal]);
        rows.Add([(string)Texts.CountyQuota, null, null, plan.CountyTotal, null]);
        rows.Add([(string)Texts.PlanState, (string)Texts.PlanStatus(plan.Status), null, null, null]);
        return XlsxWriter.Write(Texts.PlanSheet(plan.SchoolYear), Texts.PlanHeaders.Items, rows, title);
    }
}
