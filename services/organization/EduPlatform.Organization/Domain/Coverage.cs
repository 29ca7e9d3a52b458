using EduPlatform.Kernel;

namespace EduPlatform.Organization.Domain;

/// <summary>A school as the coverage count needs it.</summary>
public sealed record CoverageSchool(Guid Id, string CountyCode, Stage Stage);

/// <summary>How many of a stage's schools are campuses of an alliance on a day.</summary>
public sealed record StageCoverage(int Schools, int InAlliances)
{
    public decimal Share => Schools == 0 ? 0 : Math.Round((decimal)InAlliances / Schools, 4);
}

/// <summary>met, behind (due and not met), or not due yet (with the progress so far).</summary>
public sealed record TargetStatus(string Target, DateOnly Due, string Status, Words Explanation);

public sealed record CountyCoverage(
    string Code, string Name, int Alliances, int Fused, int CoBuilt, IReadOnlyDictionary<Stage, int> AlliancesByStage,
    StageCoverage Compulsory, StageCoverage Kindergarten, StageCoverage SeniorHigh,
    int Demonstration, int ProvincePilots, int CityPilots, int CountyPilots, decimal Grants, IReadOnlyList<TargetStatus> Targets);

public sealed record CountyShare(string Code, string Name, decimal CompulsoryShare, int Demonstration, int Rank);

/// <summary>The counties at one month end, ranked by the share of compulsory schools in alliances.</summary>
public sealed record MonthSnapshot(DateOnly MonthEnd, StageCoverage Province, IReadOnlyList<CountyShare> Counties);

/// <summary>A target and the counties behind it.</summary>
public sealed record TargetSummary(string Target, DateOnly Due, Words Description, IReadOnlyList<string> CountiesBehind, bool IsDue);

public sealed record CoverageReport(int Year, DateOnly AsOf, CoverageTargets Targets, StageCoverage Compulsory, IReadOnlyList<CountyCoverage> Counties,
    IReadOnlyList<TargetSummary> TargetSummaries, IReadOnlyList<MonthSnapshot> Months);

/// <summary>
/// How far each county is with alliances, from the dated records: which schools are campuses on a day follows from the
/// memberships' joining and leaving dates (the same dates the events carry), so any month end can be looked back on.
/// </summary>
public static class CoverageCalculator
{
    public const string DemonstrationTarget = "demonstration";
    public const string EveryCountyTarget = "every-county";
    public const string CompulsoryShareTarget = "compulsory-share";

    static readonly Stage[] CompulsoryStages = [Stage.Primary, Stage.Junior, Stage.NineYear];

    public static CoverageReport Report(int year, DateOnly today, IReadOnlyList<(string Code, string Name)> counties,
        IReadOnlyList<CoverageSchool> schools, IReadOnlyList<Alliance> alliances, IReadOnlyList<AllianceDesignation> designations, CoverageTargets targets)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var asOf = today < yearEnd ? today : yearEnd;
        var schoolsOf = schools.ToLookup(s => s.CountyCode);
        var alliancesOf = alliances.ToLookup(a => a.CountyCode);
        var allianceById = alliances.ToDictionary(a => a.Id);
        var designationsOf = designations.Where(d => allianceById.ContainsKey(d.AllianceId)).ToLookup(d => allianceById[d.AllianceId].CountyCode);

        var rows = counties.Select(c => County(c.Code, c.Name, asOf, schoolsOf[c.Code].ToList(), alliancesOf[c.Code].ToList(),
            designationsOf[c.Code].ToList(), allianceById, targets)).ToList();

        var summaries = new[]
        {
            Summary(DemonstrationTarget, targets.DemonstrationBy, Texts.DemonstrationTarget(targets.DemonstrationMinimum), rows, asOf),
            Summary(EveryCountyTarget, targets.EveryCountyBy, Texts.EveryCountyTarget, rows, asOf),
            Summary(CompulsoryShareTarget, targets.CompulsoryShareBy, Texts.CompulsoryShareTarget(targets.CompulsoryShare), rows, asOf),
        };

        var months = Enumerable.Range(1, 12)
            .Select(m => new DateOnly(year, m, DateTime.DaysInMonth(year, m)))
            .Where(d => d <= asOf)
            .Select(d => Month(d, counties, schoolsOf, alliancesOf, designationsOf, allianceById))
            .ToList();
        var province = Sum(rows.Select(r => r.Compulsory));
        return new CoverageReport(year, asOf, targets, province, rows, summaries, months);
    }

    static CountyCoverage County(string code, string name, DateOnly on, List<CoverageSchool> schools, List<Alliance> alliances,
        List<AllianceDesignation> designations, IReadOnlyDictionary<Guid, Alliance> allianceById, CoverageTargets targets)
    {
        var active = alliances.Where(a => a.IsActiveOn(on)).ToList();
        var inAlliance = CampusesOn(alliances, on);
        StageCoverage Of(params Stage[] stages)
        {
            var ofStage = schools.Where(s => stages.Contains(s.Stage)).ToList();
            return new StageCoverage(ofStage.Count, ofStage.Count(s => inAlliance.Contains(s.Id)));
        }

        var current = designations.Where(d => d.Year <= on.Year && allianceById[d.AllianceId].FormedOn <= on).ToList();
        int Pilots(DesignationLevel level) => current.Count(d => d.Kind == DesignationKind.Pilot && d.Level == level);
        var compulsory = Of(CompulsoryStages);
        var demonstration = Demonstrations(designations, allianceById, on);

        var statuses = new List<TargetStatus>
        {
            Status(DemonstrationTarget, targets.DemonstrationBy, on,
                Demonstrations(designations, allianceById, Min(on, targets.DemonstrationBy)) >= targets.DemonstrationMinimum,
                Texts.DemonstrationProgress(demonstration, targets.DemonstrationMinimum)),
            Status(EveryCountyTarget, targets.EveryCountyBy, on,
                alliances.Any(a => a.IsActiveOn(Min(on, targets.EveryCountyBy))), Texts.AlliancesProgress(active.Count)),
            Status(CompulsoryShareTarget, targets.CompulsoryShareBy, on,
                CompulsoryOn(schools, alliances, Min(on, targets.CompulsoryShareBy)).Share >= targets.CompulsoryShare,
                Texts.ShareProgress(compulsory.Share, targets.CompulsoryShare)),
        };

        return new CountyCoverage(code, name, active.Count, active.Count(a => a.Category == AllianceCategory.Fused),
            active.Count(a => a.Category == AllianceCategory.CoBuilt),
            active.GroupBy(a => a.Stage).ToDictionary(g => g.Key, g => g.Count()),
            compulsory, Of(Stage.Kindergarten), Of(Stage.SeniorHigh), demonstration,
            Pilots(DesignationLevel.Province), Pilots(DesignationLevel.City), Pilots(DesignationLevel.County),
            current.Where(d => d.Kind == DesignationKind.Pilot).Sum(d => d.GrantYuan), statuses);
    }

    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    static int Demonstrations(IEnumerable<AllianceDesignation> designations, IReadOnlyDictionary<Guid, Alliance> allianceById, DateOnly on) =>
        designations.Where(d => d.Kind == DesignationKind.Demonstration && d.Year <= on.Year && allianceById[d.AllianceId].IsActiveOn(on))
            .Select(d => d.AllianceId).Distinct().Count();

    static HashSet<Guid> CampusesOn(IEnumerable<Alliance> alliances, DateOnly on) =>
        alliances.Where(a => a.IsActiveOn(on)).SelectMany(a => a.CampusesOn(on)).Select(m => m.SchoolId).ToHashSet();

    static StageCoverage CompulsoryOn(IReadOnlyCollection<CoverageSchool> schools, IEnumerable<Alliance> alliances, DateOnly on)
    {
        var inAlliance = CampusesOn(alliances, on);
        var compulsory = schools.Where(s => CompulsoryStages.Contains(s.Stage)).ToList();
        return new StageCoverage(compulsory.Count, compulsory.Count(s => inAlliance.Contains(s.Id)));
    }

    static TargetStatus Status(string target, DateOnly due, DateOnly on, bool metByDue, Words progress) =>
        on < due
            ? new TargetStatus(target, due, "not-due", progress)
            : new TargetStatus(target, due, metByDue ? "met" : "behind", progress);

    static TargetSummary Summary(string target, DateOnly due, Words description, IReadOnlyList<CountyCoverage> rows, DateOnly asOf) =>
        new(target, due, description,
            rows.Where(r => r.Targets.Single(t => t.Target == target).Status == "behind").Select(r => r.Name).ToList(), asOf >= due);

    static MonthSnapshot Month(DateOnly end, IReadOnlyList<(string Code, string Name)> counties, ILookup<string, CoverageSchool> schoolsOf,
        ILookup<string, Alliance> alliancesOf, ILookup<string, AllianceDesignation> designationsOf, IReadOnlyDictionary<Guid, Alliance> allianceById)
    {
        var shares = counties.Select(c => (c.Code, c.Name,
                Coverage: CompulsoryOn(schoolsOf[c.Code].ToList(), alliancesOf[c.Code], end),
                Demonstration: Demonstrations(designationsOf[c.Code], allianceById, end)))
            .OrderByDescending(c => c.Coverage.Share).ThenByDescending(c => c.Demonstration).ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<CountyShare>();
        for (var i = 0; i < shares.Count; i++)
        {
            var tied = i > 0 && shares[i].Coverage.Share == shares[i - 1].Coverage.Share && shares[i].Demonstration == shares[i - 1].Demonstration;
            ranked.Add(new CountyShare(shares[i].Code, shares[i].Name, shares[i].Coverage.Share, shares[i].Demonstration, tied ? ranked[i - 1].Rank : i + 1));
        }

        return new MonthSnapshot(end, Sum(shares.Select(s => s.Coverage)), ranked);
    }

    static StageCoverage Sum(IEnumerable<StageCoverage> parts)
    {
        var list = parts.ToList();
        return new StageCoverage(list.Sum(p => p.Schools), list.Sum(p => p.InAlliances));
    }
}
