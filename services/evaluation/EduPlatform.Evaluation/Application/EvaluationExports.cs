using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Balance;
using EduPlatform.Evaluation.Domain.Bundled;
using EduPlatform.Evaluation.Domain.Rankings;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Evaluation.Application;

/// <summary>The evaluation reports as .xlsx with Chinese headers, for the bureau's files and the inspectors.</summary>
public sealed class EvaluationExports(BalanceService balance, BundledService bundled, RankingService rankings, RewardService rewards)
{
    public sealed record Export(byte[] Content, string FileName);

    public static readonly IReadOnlyList<string> Kinds = ["balance", "bundled", "rankings", "rewards"];

    public async Task<Export?> XlsxAsync(string countyCode, int schoolYear, string kind, CancellationToken ct) => kind switch
    {
        "balance" => Balance(await balance.ReportAsync(countyCode, schoolYear, null, ct)),
        "bundled" => Bundled(countyCode, await bundled.ReadAsync(countyCode, schoolYear, ct)),
        "rankings" => Rankings(countyCode, await rankings.AlliancesAsync(countyCode, schoolYear, ct)),
        "rewards" => await rewards.ReadAsync(countyCode, schoolYear, ct) is { } split ? Rewards(countyCode, split) : null,
        _ => null,
    };

    static string Yes(bool? value) => value switch { true => "是", false => "否", null => "" };

    static string StageName(string stage) => stage == Stages.Junior ? "初中" : "小学";

    static Export Balance(BalanceReport report)
    {
        var scopes = new[] { report.County }.Concat(report.Alliances).Concat(report.Districts).ToList();
        static string ScopeName(ScopeBalance s) => s.Scope switch { "county" => "全县", "alliance" => "教联体", _ => "学区" };
        var coefficients = scopes.SelectMany(scope => scope.Stages.SelectMany(stage => stage.Indicators.Select(i => (IReadOnlyList<object?>)
        [
            ScopeName(scope), scope.Scope == "county" ? report.CountyCode : scope.Name, StageName(stage.Stage), i.Name, i.Unit, i.Standard, i.WeightedMean, i.Coefficient,
            i.PlainCoefficient, i.Limit, Yes(i.Passes),
        ])));
        var composite = scopes.SelectMany(scope => scope.Stages.Select(stage => (IReadOnlyList<object?>)
        [
            ScopeName(scope), scope.Scope == "county" ? report.CountyCode : scope.Name, StageName(stage.Stage), stage.Schools, stage.Students,
            stage.SchoolsPassing, stage.CompositeCoefficient, stage.CompositeLimit, Yes(stage.Passes),
        ]));
        var schools = report.County.Stages.SelectMany(stage => stage.SchoolResults.Select(r => (IReadOnlyList<object?>)
            new object?[] { r.Name, StageName(stage.Stage), r.Students }.Concat(r.Values.Select(v => (object?)v.Value))
                .Concat([r.Met, r.WeakestShare, Yes(r.Passes), r.Explanation]).ToList()));
        var excluded = report.County.Stages.SelectMany(stage => stage.Excluded.Select(e => (IReadOnlyList<object?>)[e.Name, StageName(stage.Stage), e.Reason]));
        var rotation = report.Rotation;
        return new Export(XlsxWriter.Write(
        [
            new XlsxSheet("差异系数", ["范围", "名称", "学段", "指标", "单位", "标准", "加权均值", "差异系数", "未加权差异系数(参考)", "限值", "是否达标"], coefficients),
            new XlsxSheet("汇总", ["范围", "名称", "学段", "学校数", "在校生数", "达标学校数", "综合差异系数(2012)", "综合限值(2012)", "是否达标"], composite),
            new XlsxSheet("学校达标情况",
                new[] { "学校", "学段", "在校生数" }.Concat(ResourceStandards.All.Select(s => s.ChineseName)).Concat(["达标项数", "最低项达标比例", "是否达标", "说明"]).ToList(), schools),
            new XlsxSheet("未纳入计算学校", ["学校", "学段", "原因"], excluded),
            new XlsxSheet("交流轮岗", ["已批准方案数", "应交流教师数", "交流教师数", "交流比例", "达到10%", "骨干教师数", "骨干比例", "达到20%"],
                [[rotation.Plans, rotation.EligibleTeachers, rotation.RotatingTeachers, rotation.Share, Yes(rotation.MeetsShare), rotation.RotatingBackbone,
                  rotation.BackboneShare, Yes(rotation.MeetsBackboneShare)]]),
        ]), $"均衡发展指标-{report.CountyCode}-{report.SchoolYear}.xlsx");
    }

    static readonly IReadOnlyDictionary<Improvement, string> Outcomes = new Dictionary<Improvement, string>
    {
        [Improvement.Clear] = "明显进步", [Improvement.Some] = "有进步", [Improvement.None] = "没有进步", [Improvement.Decline] = "滑坡", [Improvement.Unknown] = "缺少数据",
    };

    static Export Bundled(string countyCode, BundledYear year)
    {
        var members = year.Alliances.SelectMany(a => a.Members.Select(m => (IReadOnlyList<object?>)
        [
            a.Name, a.Cycle == "senior-high-pair" ? "普通高中结对帮扶" : "捆绑评价", Outcomes[a.Outcome], a.WeightedChange, m.Name, m.PreviousScore, m.CurrentScore, m.Change,
            Outcomes[m.Outcome], m.StudentGrowth, m.ReturningStudents, m.Seconded,
        ]));
        var people = year.Alliances.SelectMany(a => a.Ratings.Select(r => (IReadOnlyList<object?>)
        [
            a.Name, r.Name, r.PersonId.ToString(), r.Role, r.Basis, Ratings.Chinese[r.Proposed], Ratings.Chinese[r.Final], Yes(r.Capped), Yes(r.ExcellentPriority), r.Explanation,
        ]));
        return new Export(XlsxWriter.Write(
        [
            new XlsxSheet("捆绑评价结果", ["教联体", "评价类型", "整体结果", "加权变化(分)", "成员校", "上年成绩", "本年成绩", "变化(分)", "成员校结果", "学生增量", "回流学生", "派驻人数"], members),
            new XlsxSheet("年度考核等次", ["教联体", "姓名", "人员标识", "岗位", "依据", "拟定等次", "确定等次", "是否限定", "优先评优", "说明"], people),
        ]), $"捆绑评价-{countyCode}-{year.SchoolYear}.xlsx");
    }

    static Export Rankings(string countyCode, RankingReport report) => new(XlsxWriter.Write(
        [
            new XlsxSheet("综合排名",
                new[] { "名次", "教联体", "综合得分" }.Concat(CompositeRanking.Dimensions.Select(d => $"{CompositeRanking.Chinese[d]}(权重{report.Weights.GetValueOrDefault(d):0.##})")).ToList(),
                report.Ranking.Select(r => (IReadOnlyList<object?>)new object?[] { r.Rank, r.Name, r.Composite }.Concat(CompositeRanking.Dimensions.Select(d => (object?)r.Scores[d])).ToList())),
        ]), $"综合排名-{countyCode}-{report.SchoolYear}.xlsx");

    static Export Rewards(string countyCode, RewardReport report) => new(XlsxWriter.Write(
        [
            new XlsxSheet("奖励分配", ["教联体", "奖励金额(元)", "交流教师部分(元)", "单位部分(元)", "交流教师人数"],
                report.Units.Select(u => (IReadOnlyList<object?>)[u.Name, u.Award, u.ToExchanged, u.ToUnit, u.People.Count])),
            new XlsxSheet("交流教师奖励", ["教联体", "人员标识", "姓名", "金额(元)"],
                report.Units.SelectMany(u => u.People.Select(p => (IReadOnlyList<object?>)[u.Name, p.PersonId.ToString(), p.Name, p.Amount]))),
        ]), $"奖励分配-{countyCode}-{report.SchoolYear}.xlsx");
}
