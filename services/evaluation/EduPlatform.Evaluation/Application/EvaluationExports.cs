using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Balance;
using EduPlatform.Evaluation.Domain.Bundled;
using EduPlatform.Evaluation.Domain.Rankings;
using EduPlatform.OrganizationCopy;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Evaluation.Application;

/// <summary>The evaluation reports as .xlsx for the bureau's files and the inspectors, titled with the county's name.</summary>
public sealed class EvaluationExports(BalanceService balance, BundledService bundled, RankingService rankings, RewardService rewards, EvaluationDatabase database)
{
    public sealed record Export(byte[] Content, string FileName);

    public static readonly IReadOnlyList<string> Kinds = ["balance", "bundled", "rankings", "rewards"];

    public async Task<Export?> XlsxAsync(string countyCode, int schoolYear, string kind, CancellationToken ct)
    {
        var county = await database.CountyNameAsync(countyCode, ct);
        return kind switch
        {
            "balance" => Balance(county, await balance.ReportAsync(countyCode, schoolYear, null, ct)),
            "bundled" => Bundled(county, countyCode, await bundled.ReadAsync(countyCode, schoolYear, ct)),
            "rankings" => Rankings(county, countyCode, await rankings.AlliancesAsync(countyCode, schoolYear, ct)),
            "rewards" => await rewards.ReadAsync(countyCode, schoolYear, ct) is { } split ? Rewards(county, countyCode, split) : null,
            _ => null,
        };
    }

    static string Yes(bool? value) => Texts.Yes(value);

    static string Stage(string stage) => Texts.Stage(stage);

    static Export Balance(string county, BalanceReport report)
    {
        var title = ExportTitle.For(county, Texts.BalanceTitle(report.SchoolYear));
        var scopes = new[] { report.County }.Concat(report.Alliances).Concat(report.Districts).ToList();
        string Name(ScopeBalance s) => s.Scope == "county" ? county : s.Name;
        var coefficients = scopes.SelectMany(scope => scope.Stages.SelectMany(stage => stage.Indicators.Select(i => (IReadOnlyList<object?>)
        [
            (string)Texts.ScopeName(scope.Scope), Name(scope), Stage(stage.Stage), i.Name, i.Unit, i.Standard, i.WeightedMean, i.Coefficient,
            i.PlainCoefficient, i.Limit, Yes(i.Passes),
        ])));
        var composite = scopes.SelectMany(scope => scope.Stages.Select(stage => (IReadOnlyList<object?>)
        [
            (string)Texts.ScopeName(scope.Scope), Name(scope), Stage(stage.Stage), stage.Schools, stage.Students,
            stage.SchoolsPassing, stage.CompositeCoefficient, stage.CompositeLimit, Yes(stage.Passes),
        ]));
        var schools = report.County.Stages.SelectMany(stage => stage.SchoolResults.Select(r => (IReadOnlyList<object?>)
            new object?[] { r.Name, Stage(stage.Stage), r.Students }.Concat(r.Values.Select(v => (object?)v.Value))
                .Concat([r.Met, r.WeakestShare, Yes(r.Passes), r.Explanation]).ToList()));
        var excluded = report.County.Stages.SelectMany(stage => stage.Excluded.Select(e => (IReadOnlyList<object?>)[e.Name, Stage(stage.Stage), e.Reason]));
        var rotation = report.Rotation;
        return new Export(XlsxWriter.Write(
        [
            new XlsxSheet(Texts.CoefficientSheet, Texts.CoefficientHeaders.Items, coefficients, title),
            new XlsxSheet(Texts.SummarySheet, Texts.SummaryHeaders.Items, composite, title),
            new XlsxSheet(Texts.SchoolsSheet,
                Texts.SchoolsHeadersBefore.Items.Concat(ResourceStandards.All.Select(s => s.ChineseName)).Concat(Texts.SchoolsHeadersAfter.Items).ToList(), schools, title),
            new XlsxSheet(Texts.ExcludedSheet, Texts.ExcludedHeaders.Items, excluded, title),
            new XlsxSheet(Texts.RotationSheet, Texts.RotationHeaders.Items,
                [[rotation.Plans, rotation.EligibleTeachers, rotation.RotatingTeachers, rotation.Share, Yes(rotation.MeetsShare), rotation.RotatingBackbone,
                  rotation.BackboneShare, Yes(rotation.MeetsBackboneShare)]], title),
        ]), $"均衡发展指标-{report.CountyCode}-{report.SchoolYear}.xlsx");
    }

    static Export Bundled(string county, string countyCode, BundledYear year)
    {
        var title = ExportTitle.For(county, Texts.BundledTitle(year.SchoolYear));
        var members = year.Alliances.SelectMany(a => a.Members.Select(m => (IReadOnlyList<object?>)
        [
            a.Name, (string)Texts.Cycle(a.Cycle), (string)Texts.Outcome(a.Outcome), a.WeightedChange, m.Name, m.PreviousScore, m.CurrentScore, m.Change,
            (string)Texts.Outcome(m.Outcome), m.StudentGrowth, m.ReturningStudents, m.Seconded,
        ]));
        var people = year.Alliances.SelectMany(a => a.Ratings.Select(r => (IReadOnlyList<object?>)
        [
            a.Name, r.Name, r.PersonId.ToString(), (string)Texts.PostRole(r.Role), (string)Texts.Basis(r.Basis), (string)Texts.Rating(r.Proposed), (string)Texts.Rating(r.Final), Yes(r.Capped),
            Yes(r.ExcellentPriority), (string)r.Explanation,
        ]));
        return new Export(XlsxWriter.Write(
        [
            new XlsxSheet(Texts.BundledSheet, Texts.BundledHeaders.Items, members, title),
            new XlsxSheet(Texts.RatingsSheet, Texts.RatingsHeaders.Items, people, title),
        ]), $"捆绑评价-{countyCode}-{year.SchoolYear}.xlsx");
    }

    static Export Rankings(string county, string countyCode, RankingReport report) => new(XlsxWriter.Write(
        [
            new XlsxSheet(Texts.RankingSheet,
                Texts.RankingHeaders.Items.Concat(CompositeRanking.Dimensions.Select(d => (string)Texts.Dimension(d, report.Weights.GetValueOrDefault(d)))).ToList(),
                report.Ranking.Select(r => (IReadOnlyList<object?>)new object?[] { r.Rank, r.Name, r.Composite }.Concat(CompositeRanking.Dimensions.Select(d => (object?)r.Scores[d])).ToList()),
                ExportTitle.For(county, Texts.RankingTitle(report.SchoolYear))),
        ]), $"综合排名-{countyCode}-{report.SchoolYear}.xlsx");

    static Export Rewards(string county, string countyCode, RewardReport report)
    {
        var title = ExportTitle.For(county, Texts.RewardsTitle(report.SchoolYear));
        return new(XlsxWriter.Write(
        [
            new XlsxSheet(Texts.RewardsSheet, Texts.RewardsHeaders.Items,
                report.Units.Select(u => (IReadOnlyList<object?>)[u.Name, u.Award, u.ToExchanged, u.ToUnit, u.People.Count]), title),
            new XlsxSheet(Texts.PeopleRewardsSheet, Texts.PeopleRewardsHeaders.Items,
                report.Units.SelectMany(u => u.People.Select(p => (IReadOnlyList<object?>)[u.Name, p.PersonId.ToString(), p.Name, p.Amount])), title),
        ]), $"奖励分配-{countyCode}-{report.SchoolYear}.xlsx");
    }
}
