using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain.Rankings;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Application;

public sealed record RankingReport(int SchoolYear, string Scope, IReadOnlyDictionary<string, double> Weights, IReadOnlyList<CompositeRanking.Ranked> Ranking);

/// <summary>Alliances of a county, or counties of the province, ranked on the county's weighted composite [003].</summary>
public sealed class RankingService(EvaluationDatabase database)
{
    public Task<RankingReport> AlliancesAsync(string countyCode, int schoolYear, CancellationToken ct) => database.ReadAsync(async s =>
    {
        var year = await CountyYear.ReadAsync(s, countyCode, schoolYear);
        return new RankingReport(schoolYear, countyCode, year.Settings.Weights, CompositeRanking.Rank(AllianceUnits(year), year.Settings.Weights));
    }, ct);

    /// <summary>Counties ranked for a province user, each on its own figures with equal weights (counties may weigh differently).</summary>
    public Task<RankingReport> CountiesAsync(IReadOnlyCollection<string>? visible, int schoolYear, CancellationToken ct) => database.ReadAsync(async s =>
    {
        var units = new List<CompositeRanking.Unit>();
        foreach (var county in (await s.CountiesWithFiguresAsync(schoolYear)).Where(c => visible is null || visible.Contains(c)))
        {
            var year = await CountyYear.ReadAsync(s, county, schoolYear);
            units.Add(new CompositeRanking.Unit(county, county, year.Figures, year.Placements.Select(p => p.PersonId).Distinct().Count()));
        }

        var weights = CompositeRanking.Dimensions.ToDictionary(d => d, _ => 1.0 / CompositeRanking.Dimensions.Count);
        return new RankingReport(schoolYear, "province", weights, CompositeRanking.Rank(units, weights));
    }, ct);

    public static IReadOnlyList<CompositeRanking.Unit> AllianceUnits(CountyYear year) => year.Alliances.Select(a => new CompositeRanking.Unit(
        a.Alliance.Id.ToString(), a.Alliance.Name, year.Figures.Where(f => a.Campuses.Contains(f.SchoolId)).ToList(),
        year.Placements.Where(p => p.AllianceId == a.Alliance.Id).Select(p => p.PersonId).Distinct().Count())).ToList();
}
