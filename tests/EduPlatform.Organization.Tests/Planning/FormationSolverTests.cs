using EduPlatform.Organization.Domain;
using EduPlatform.Organization.Planning;

namespace EduPlatform.Organization.Tests.Planning;

/// <summary>
/// Formation proposals on the demo county (modelled on Xishui: 10 public urban primaries, 50 rural and town primaries,
/// one private urban primary): 1 urban quality core with 3–5 rural, weak or new members [000], same stage [000][003].
/// </summary>
[Collection(SolverCollection.Name)]
public sealed class FormationSolverTests
{
    static readonly AlliancePolicy Xishui = AlliancePolicyPresets.Find(AlliancePolicyPresets.Xishui)!;
    static readonly DateOnly Day = new(2025, 9, 1);

    static FormationOptions Options(double km = 50) => new()
    {
        Kind = AllianceKind.Fused,
        TravelLimitKm = km,
        TimeLimit = TimeSpan.FromSeconds(3),
    };

    [Fact]
    public void The_demo_countys_primary_schools_ungrouped_get_a_proposal_that_passes_every_rule()
    {
        var schools = DemoSchools.Load(Stage.Primary);
        var result = FormationSolver.Solve(Xishui, Options(), schools);

        Assert.Contains(result.Status, new[] { SolveStatus.Optimal, SolveStatus.Feasible });
        Assert.Equal(10, result.Alliances.Count);
        var byId = schools.ToDictionary(s => s.School.Id);
        foreach (var a in result.Alliances)
        {
            var violations = AllianceCompositionRules.CheckFormation(Xishui, AllianceKind.Fused, byId[a.CoreSchoolId].School,
                a.Members.Select(m => byId[m.SchoolId].School).ToList(), Day, []);
            Assert.Empty(violations);
            Assert.All(a.Members, m => Assert.True(m.DistanceKm <= 50));
        }

        var placed = result.Alliances.SelectMany(a => a.Members.Select(m => m.SchoolId).Append(a.CoreSchoolId)).ToList();
        Assert.Equal(placed.Count, placed.Distinct().Count());
        var privateSchool = Assert.Single(result.Unplaced);
        Assert.Equal("not-eligible", privateSchool.Reason);
        Assert.Contains("民办", privateSchool.Explanation.Zh);
        Assert.Equal(60, placed.Count);
        Assert.NotNull(result.Gap);
        Assert.InRange(result.Gap!.Value, 0, 1);
    }

    [Fact]
    public void Not_enough_urban_cores_is_reported_with_the_numbers()
    {
        var schools = DemoSchools.Load(Stage.Primary);
        var twoCores = schools.Where(s => s.School.Locality == Locality.Urban && s.School.IsPublic).Take(2).Select(s => s.School.Id).ToList();
        var result = FormationSolver.Solve(Xishui, Options() with { Excluded = twoCores }, schools);

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Empty(result.Alliances);
        var why = Assert.Single(result.Infeasibility);
        Assert.Equal("待编入的成员校 50 所，可作核心校的城区优质学校只有 8 所，每个教联体最多 5 所成员校，至多容纳 40 所；至少需要 10 所核心校。", why.Zh);
    }

    [Fact]
    public void A_school_farther_than_the_limit_from_every_core_is_named_and_the_rest_are_grouped()
    {
        var schools = DemoSchools.Load(Stage.Primary).ToList();
        var remote = schools.First(s => s.School.Locality == Locality.Rural);
        // 1.5° of latitude north: some 165 km from the county town.
        schools[schools.IndexOf(remote)] = remote with { Latitude = remote.Latitude + 1.5 };
        var result = FormationSolver.Solve(Xishui, Options(), schools);

        var far = Assert.Single(result.Unplaced, u => u.Reason == "too-far");
        Assert.Equal(remote.School.Id, far.SchoolId);
        Assert.Contains("超过 50 公里", far.Explanation.Zh);
        Assert.Contains(result.Status, new[] { SolveStatus.Optimal, SolveStatus.Feasible });
        Assert.Equal(49, result.Alliances.Sum(a => a.Members.Count));
    }

    [Fact]
    public void A_tight_travel_limit_groups_what_it_can_and_names_the_rest()
    {
        var schools = DemoSchools.Load(Stage.Primary);
        var result = FormationSolver.Solve(Xishui, Options(km: 12), schools);

        Assert.Contains(result.Status, new[] { SolveStatus.Optimal, SolveStatus.Feasible });
        Assert.Contains(result.Unplaced, u => u.Reason == "too-far");
        var byId = schools.ToDictionary(s => s.School.Id);
        Assert.All(result.Alliances, a =>
        {
            Assert.Empty(AllianceCompositionRules.CheckFormation(Xishui, AllianceKind.Fused, byId[a.CoreSchoolId].School,
                a.Members.Select(m => byId[m.SchoolId].School).ToList(), Day, []));
            Assert.All(a.Members, m => Assert.True(m.DistanceKm <= 12));
        });
        var accounted = result.Alliances.Sum(a => a.Members.Count + 1) + result.Unplaced.Count;
        Assert.Equal(schools.Count, accounted);
    }

    [Fact]
    public void The_bureaus_pins_are_kept()
    {
        var schools = DemoSchools.Load(Stage.Primary);
        var cores = schools.Where(s => s.School.Locality == Locality.Urban && s.School.IsPublic).ToList();
        var member = schools.First(s => s.School.Locality == Locality.Town);
        var farthestCore = cores.MaxBy(c => FormationSolver.Distance(c, member))!;
        var result = FormationSolver.Solve(Xishui, Options() with
        {
            PinnedMembers = new Dictionary<Guid, Guid> { [member.School.Id] = farthestCore.School.Id },
        }, schools);

        var alliance = Assert.Single(result.Alliances, a => a.CoreSchoolId == farthestCore.School.Id);
        Assert.Contains(alliance.Members, m => m.SchoolId == member.School.Id);
    }

    [Fact]
    public void A_pin_the_rules_forbid_is_refused_with_its_reason()
    {
        var schools = DemoSchools.Load(Stage.Primary);
        var rural = schools.First(s => s.School.Locality == Locality.Rural);
        var result = FormationSolver.Solve(Xishui, Options() with { PinnedCores = [rural.School.Id] }, schools);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Contains("不能作核心校", Assert.Single(result.Infeasibility).Zh);
    }

    [Fact]
    public void Weak_and_new_members_are_spread_across_alliances()
    {
        var schools = DemoSchools.Load(Stage.Primary)
            .Select((s, i) => s.School.Locality == Locality.Rural && i % 4 == 0 ? s with { School = s.School with { IsWeak = true } } : s)
            .ToList();
        var weak = schools.Count(s => s.School.IsWeak);
        var result = FormationSolver.Solve(Xishui, Options(), schools);

        var perAlliance = result.Alliances.Select(a => a.WeakOrNewMembers).ToList();
        Assert.Equal(weak, perAlliance.Sum());
        Assert.True(perAlliance.Max() - perAlliance.Min() <= 1, string.Join(",", perAlliance));
    }

    // [001] 各乡镇…建立1-3个一体化发展教育联盟: a township leads at most three township leagues.
    [Fact]
    public void Township_leagues_respect_the_per_township_limit()
    {
        var wolong = AlliancePolicyPresets.Find(AlliancePolicyPresets.Wolong)!;
        var schools = DemoSchools.Load(Stage.Primary).Where(s => s.School.Locality != Locality.Urban).ToList();
        var options = Options(km: 15) with { Kind = AllianceKind.TownshipLeague, LedFromTownship = new Dictionary<string, int> { ["丁家镇"] = 3 } };
        var result = FormationSolver.Solve(wolong, options, schools);

        Assert.Contains(result.Status, new[] { SolveStatus.Optimal, SolveStatus.Feasible });
        Assert.DoesNotContain(result.Alliances, a => a.CoreTownship == "丁家镇");
        Assert.All(result.Alliances.GroupBy(a => a.CoreTownship), g => Assert.True(g.Count() <= 3));
    }
}

/// <summary>The solver uses every core for seconds: its tests run alone so timing-sensitive tests elsewhere are not starved.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SolverCollection
{
    public const string Name = "CP-SAT solver";
}
