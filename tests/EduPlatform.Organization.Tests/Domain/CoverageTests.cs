using EduPlatform.Kernel;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Tests.Domain;

/// <summary>
/// The province's view against Hubei's three-year plan [002]: 2023年底前每个县至少建设1个示范性教联体; 2024年底前县域范围内
/// 全面推行; 2025年底80%以上的义务教育学校纳入教联体.
/// </summary>
public sealed class CoverageTests
{
    static readonly CoverageTargets Hubei = CoverageTargets.HubeiPreset;

    // Three counties of ten primaries each: 浠水 allied 9 in May 2023 with a demonstration alliance; 团风 allied 5 in
    // September 2024; 卧龙 nothing.
    static (List<(string, string)> Counties, List<CoverageSchool> Schools, List<Alliance> Alliances, List<AllianceDesignation> Designations) Province()
    {
        var counties = new List<(string, string)> { ("421125", "浠水县"), ("421121", "团风县"), ("421101", "卧龙区") };
        var schools = counties.SelectMany(c => Enumerable.Range(0, 10).Select(_ => new CoverageSchool(Guid.NewGuid(), c.Item1, Stage.Primary))).ToList();
        // Two kindergartens in 浠水, one allied.
        schools.Add(new CoverageSchool(Guid.NewGuid(), "421125", Stage.Kindergarten));
        schools.Add(new CoverageSchool(Guid.NewGuid(), "421125", Stage.Kindergarten));
        var xishui = Alliance("421125", schools.Where(s => s.CountyCode == "421125" && s.Stage == Stage.Primary).Take(9), new(2023, 5, 15));
        var kindergarten = Alliance("421125", schools.Where(s => s.Stage == Stage.Kindergarten).Take(1).Append(schools.First(s => s.CountyCode == "421125")), new(2023, 5, 15));
        var tuanfeng = Alliance("421121", schools.Where(s => s.CountyCode == "421121").Take(5), new(2024, 9, 1));
        var designations = new List<AllianceDesignation>
        {
            new(Guid.NewGuid(), xishui.Id, DesignationKind.Demonstration, DesignationLevel.Province, 2023, 0, null, DateTimeOffset.UtcNow, "省教育厅"),
            new(Guid.NewGuid(), tuanfeng.Id, DesignationKind.Pilot, DesignationLevel.Province, 2024, 600_000, null, DateTimeOffset.UtcNow, "省教育厅"),
        };
        return (counties, schools, [xishui, kindergarten, tuanfeng], designations);
    }

    static Alliance Alliance(string county, IEnumerable<CoverageSchool> schools, DateOnly formedOn)
    {
        var id = Guid.NewGuid();
        var list = schools.ToList();
        return new Alliance
        {
            Id = id, CountyCode = county, Name = $"{county}教联体", Kind = AllianceKind.Fused, Stage = list[0].Stage, CoreSchoolId = list[0].Id,
            FormedOn = formedOn, Version = 1,
            Memberships = list.Select((s, i) => new Membership
            {
                Id = Guid.NewGuid(), AllianceId = id, SchoolId = s.Id, Role = i == 0 ? MembershipRole.Core : MembershipRole.Member, JoinedOn = formedOn,
            }).ToList(),
        };
    }

    static CoverageReport Report(int year)
    {
        var (counties, schools, alliances, designations) = Province();
        return Language.In("zh-CN", () => CoverageCalculator.Report(year, new DateOnly(2026, 12, 1), counties, schools, alliances, designations, Hubei));
    }

    [Fact]
    public void At_the_end_of_2025_the_counties_behind_each_target_are_named()
    {
        var report = Report(2025);

        Assert.Equal(new DateOnly(2025, 12, 31), report.AsOf);
        var byTarget = report.TargetSummaries.ToDictionary(t => t.Target);
        Assert.Equal(["团风县", "卧龙区"], byTarget[CoverageCalculator.DemonstrationTarget].CountiesBehind);
        Assert.Equal(["卧龙区"], byTarget[CoverageCalculator.EveryCountyTarget].CountiesBehind);
        Assert.Equal(["团风县", "卧龙区"], byTarget[CoverageCalculator.CompulsoryShareTarget].CountiesBehind);
        Assert.Equal("80%以上的义务教育学校纳入教联体", byTarget[CoverageCalculator.CompulsoryShareTarget].Description.Zh);

        var xishui = report.Counties.Single(c => c.Code == "421125");
        Assert.Equal(0.9m, xishui.Compulsory.Share);
        Assert.Equal(0.5m, xishui.Kindergarten.Share);
        Assert.Equal(1, xishui.Demonstration);
        Assert.All(xishui.Targets, t => Assert.Equal("met", t.Status));
        var tuanfeng = report.Counties.Single(c => c.Code == "421121");
        Assert.Equal(1, tuanfeng.ProvincePilots);
        Assert.Equal(600_000m, tuanfeng.Grants);
        Assert.Equal(new StageCoverage(30, 14), report.Compulsory);
    }

    [Fact]
    public void Each_month_end_has_the_shares_and_the_ranking()
    {
        var report = Report(2024);

        Assert.Equal(12, report.Months.Count);
        var august = report.Months.Single(m => m.MonthEnd == new DateOnly(2024, 8, 31));
        Assert.Equal(0m, august.Counties.Single(c => c.Code == "421121").CompulsoryShare);
        Assert.Equal([1, 2, 2], august.Counties.Select(c => c.Rank));
        var september = report.Months.Single(m => m.MonthEnd == new DateOnly(2024, 9, 30));
        Assert.Equal(["421125", "421121", "421101"], september.Counties.Select(c => c.Code));
        Assert.Equal([1, 2, 3], september.Counties.Select(c => c.Rank));
        Assert.Equal(0.5m, september.Counties[1].CompulsoryShare);
        // By the end of 2024 the share target is not due yet; the demonstration one is, and 团风 is behind it.
        var tuanfeng = report.Counties.Single(c => c.Code == "421121");
        Assert.Equal("not-due", tuanfeng.Targets.Single(t => t.Target == CoverageCalculator.CompulsoryShareTarget).Status);
        Assert.Equal("behind", tuanfeng.Targets.Single(t => t.Target == CoverageCalculator.DemonstrationTarget).Status);
        Assert.Equal("met", tuanfeng.Targets.Single(t => t.Target == CoverageCalculator.EveryCountyTarget).Status);
    }

    [Fact]
    public void The_current_year_runs_to_today_only()
    {
        var (counties, schools, alliances, designations) = Province();
        var report = CoverageCalculator.Report(2026, new DateOnly(2026, 4, 15), counties, schools, alliances, designations, Hubei);
        Assert.Equal(new DateOnly(2026, 4, 15), report.AsOf);
        Assert.Equal(3, report.Months.Count);
    }

    [Fact]
    public void A_province_may_move_its_targets_within_bounds()
    {
        Assert.Empty((Hubei with { CompulsoryShare = 0.9m }).Validate());
        var share = Assert.Single(Language.In("zh-CN", () => (Hubei with { CompulsoryShare = 1.2m }).Validate()));
        Assert.Equal(("compulsoryShare", "须大于 0 且不超过 1（如 0.8 表示 80%）。"), share);
        Assert.Contains((Hubei with { DemonstrationMinimum = 0 }).Validate(), e => e.Field == "demonstrationMinimum");
    }
}
