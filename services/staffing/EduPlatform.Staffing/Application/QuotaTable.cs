using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

public sealed record SchoolQuotaView(Guid SchoolId, string Name, string Stage, int? Students, int? Classes, IReadOnlyList<QuotaLine> Lines);

public sealed record PoolView(
    string Name, Guid? AllianceId, string Kind, IReadOnlyList<StageQuota> Stages, int Posts, IReadOnlyList<SchoolQuotaView> Schools);

public sealed record StageTotal(StaffingStage Stage, int Posts);

/// <summary>The standard quotas of a county for a school year: every pool, every school's explained lines, totals and issues.</summary>
public sealed record QuotaTable(
    string CountyCode, int SchoolYear, string Standard, string StandardSource, string Rounding, DateOnly PoolsAsOf,
    IReadOnlyList<PoolView> Pools, IReadOnlyList<StageTotal> StageTotals, int Total, int? CountyTotal, IReadOnlyList<QuotaIssue> Issues);

/// <summary>
/// Computes a county's standard quotas from staffing's own copy of schools, autumn statistics and alliances: a fused
/// alliance active on 1 September is one pool for all its campuses [000]; every other public school is its own pool.
/// </summary>
public sealed class QuotaTables(StaffingDatabase database)
{
    public const string TermMissing = "staffing.term-missing";
    public const string PrivateSchool = "staffing.private-no-quota";
    public const string SchoolUnknown = "staffing.school-unknown";

    public Task<QuotaTable> ComputeAsync(string countyCode, int schoolYear, CancellationToken ct) =>
        database.ReadAsync(s => ComputeInSessionAsync(s, countyCode, schoolYear), ct);

    public static async Task<QuotaTable> ComputeInSessionAsync(DbSession s, string countyCode, int schoolYear)
    {
        var settings = await s.SettingsAsync(countyCode);
        var standard = settings.ToStandard();
        var asOf = SchoolYear.StartsOn(schoolYear);
        var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(x => x.Id);
        var terms = await s.AutumnTermsAsync(countyCode, schoolYear);
        var alliances = await s.AlliancesOnAsync(countyCode, asOf);
        var issues = new List<QuotaIssue>();

        SchoolFigures? Figures(Guid id)
        {
            if (!schools.TryGetValue(id, out var school))
            {
                issues.Add(new QuotaIssue(id, SchoolUnknown, Texts.SchoolUnknown(id)));
                return null;
            }

            if (!terms.TryGetValue(id, out var term))
            {
                issues.Add(new QuotaIssue(id, TermMissing, Texts.TermMissing(school.Name, schoolYear)));
                return null;
            }

            return new SchoolFigures
            {
                SchoolId = id, Name = school.Name, Stage = school.Stage, SchoolType = school.SchoolType, IsBoarding = school.IsBoarding,
                KindergartenDay = school.KindergartenDay, Students = term.Students, Classes = term.Classes,
                Grades = term.Grades.Select(g => new GradeFigures(g.Grade, g.Students, g.Classes)).ToList(),
            };
        }

        var pools = new List<PoolView>();
        var pooled = new HashSet<Guid>();
        foreach (var (alliance, campuses) in alliances.Where(a => a.Alliance.Category == "fused"))
        {
            pooled.UnionWith(campuses);
            var figures = campuses.Select(Figures).OfType<SchoolFigures>().ToList();
            pools.Add(View(QuotaPool.Compute(standard, alliance.Name, figures), alliance.Id, alliance.Kind, figures, issues));
        }

        foreach (var school in schools.Values.Where(x => !pooled.Contains(x.Id)).OrderBy(x => x.Stage).ThenBy(x => x.Name))
        {
            if (!school.IsPublic)
            {
                issues.Add(new QuotaIssue(school.Id, PrivateSchool, Texts.PrivateSchool(school.Name)));
                continue;
            }

            if (Figures(school.Id) is { } figures)
            {
                pools.Add(View(QuotaPool.Compute(standard, school.Name, [figures]), null, "school", [figures], issues));
            }
        }

        var stageTotals = pools.SelectMany(p => p.Stages).GroupBy(q => q.Stage).OrderBy(g => g.Key)
            .Select(g => new StageTotal(g.Key, g.Sum(q => q.Posts))).ToList();
        var rounding = QuotaPool.Compute(standard, "", []).Rounding;
        return new QuotaTable(countyCode, schoolYear, standard.Preset, standard.Source, rounding, asOf, pools, stageTotals,
            stageTotals.Sum(t => t.Posts), settings.CountyTotal, issues);
    }

    static PoolView View(QuotaPool pool, Guid? allianceId, string kind, IReadOnlyList<SchoolFigures> figures, List<QuotaIssue> issues)
    {
        issues.AddRange(pool.Issues);
        var schools = figures.Select(f => new SchoolQuotaView(f.SchoolId, f.Name, f.Stage, f.Students, f.Classes,
            pool.Lines.Where(l => l.SchoolId == f.SchoolId).ToList())).ToList();
        return new PoolView(pool.Name, allianceId, kind, pool.Stages, pool.Posts, schools);
    }
}
