using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain.Balance;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Application;

public sealed record ScopeBalance(string Scope, Guid? Id, string Name, IReadOnlyList<StageBalance> Stages);

/// <summary>The 2017 review's balance table for a school year: the county, each alliance and each district, and the rotation item.</summary>
public sealed record BalanceReport(string CountyCode, int SchoolYear, BalanceMethod Method, ScopeBalance County, IReadOnlyList<ScopeBalance> Alliances,
    IReadOnlyList<ScopeBalance> Districts, RotationItem Rotation);

public sealed class BalanceService(EvaluationDatabase database)
{
    public Task<BalanceReport> ReportAsync(string countyCode, int schoolYear, BalanceMethod? method, CancellationToken ct) => database.ReadAsync(async s =>
    {
        var year = await CountyYear.ReadAsync(s, countyCode, schoolYear);
        var chosen = method ?? year.Settings.BalanceMethod;
        var schools = year.Figures.Where(f => Stages.Reviewed.Contains(f.Stage))
            .Select(f => new BalanceSchool(f.SchoolId, year.SchoolName(f.SchoolId), year.Schools.TryGetValue(f.SchoolId, out var k) ? k.SchoolType : "regular", f))
            .ToList();

        ScopeBalance Scope(string scope, Guid? id, string name, IReadOnlyCollection<Guid>? only)
        {
            var inScope = only is null ? schools : schools.Where(x => only.Contains(x.SchoolId)).ToList();
            return new ScopeBalance(scope, id, name, Stages.Reviewed
                .Where(stage => inScope.Any(x => x.Figures.Stage == stage))
                .Select(stage => BalanceReview.Review(stage, inScope, chosen)).ToList());
        }

        var districts = await s.DistrictsAsync(countyCode);
        var plans = await s.RotationPlansAsync(countyCode, schoolYear);
        return new BalanceReport(countyCode, schoolYear, chosen, Scope("county", null, countyCode, null),
            year.Alliances.Select(a => Scope("alliance", a.Alliance.Id, a.Alliance.Name, a.Campuses.ToHashSet())).Where(a => a.Stages.Count > 0).ToList(),
            districts.Select(d => Scope("district", d.Id, d.Name, d.SchoolIds.ToHashSet())).ToList(),
            RotationItem.From(plans.Select(p => (p.EligibleTeachers, p.RotatingTeachers, p.RotatingBackbone)).ToList()));
    }, ct);
}
