using EduPlatform.Organization.Domain;
using EduPlatform.Organization.Planning;

namespace EduPlatform.Organization.Tests.Planning;

/// <summary>
/// 学区制 [004]: 按照规模一致、实力相当、特色相似、地域相近的原则…國中每個學區轄6-9個鎮鄉…國小每個學區3-5個鎮鄉 — on the
/// demo county's 14 townships.
/// </summary>
[Collection(SolverCollection.Name)]
public sealed class DistrictPlannerTests
{
    static DistrictPlanner.Options Options(Stage stage, int districts)
    {
        var (min, max, _) = DistrictPlanner.TownshipsPerDistrict(stage);
        return new DistrictPlanner.Options { Districts = districts, MinTownships = min, MaxTownships = max, TimeLimit = TimeSpan.FromSeconds(3) };
    }

    static void AssertContiguous(DistrictPlanner.Result result)
    {
        foreach (var d in result.Districts)
        {
            var reached = new HashSet<string> { d.HeadTownship };
            var queue = new Queue<string>([d.HeadTownship]);
            while (queue.TryDequeue(out var at))
            {
                foreach (var next in result.Borders[at].Where(n => d.Townships.Contains(n) && reached.Add(n)))
                {
                    queue.Enqueue(next);
                }
            }

            Assert.Equal(d.Townships.Order(), reached.Order());
        }
    }

    [Fact]
    public void The_demo_countys_primaries_fall_into_four_contiguous_districts_of_three_to_five_townships()
    {
        var schools = DemoSchools.Load(Stage.Primary).Where(s => s.School.IsPublic).ToList();
        var result = DistrictPlanner.Plan(schools, Options(Stage.Primary, 4));

        Assert.Contains(result.Status, new[] { SolveStatus.Optimal, SolveStatus.Feasible });
        Assert.Equal(4, result.Districts.Count);
        Assert.All(result.Districts, d => Assert.InRange(d.Townships.Count, 3, 5));
        var townships = result.Districts.SelectMany(d => d.Townships).ToList();
        Assert.Equal(townships.Count, townships.Distinct().Count());
        Assert.Equal(schools.Select(s => s.School.Township).Distinct().Order(), townships.Order());
        Assert.Equal(schools.Count, result.Districts.Sum(d => d.Schools));
        AssertContiguous(result);
        // Comparable size: the county town (清泉镇, 13,474 primary students) cannot be split, so its district takes the fewest
        // townships allowed; the partition is proven optimal for the stated cost.
        var town = Assert.Single(result.Districts, d => d.Townships.Contains("清泉镇"));
        Assert.Equal(3, town.Townships.Count);
        Assert.Equal(SolveStatus.Optimal, result.Status);
    }

    [Fact]
    public void Junior_districts_hold_six_to_nine_townships()
    {
        var schools = DemoSchools.Load(Stage.Junior);
        var result = DistrictPlanner.Plan(schools, Options(Stage.Junior, 2));
        Assert.Contains(result.Status, new[] { SolveStatus.Optimal, SolveStatus.Feasible });
        Assert.All(result.Districts, d => Assert.InRange(d.Townships.Count, 6, 9));
        AssertContiguous(result);
    }

    [Fact]
    public void Too_few_or_too_many_districts_for_the_townships_are_explained()
    {
        var result = DistrictPlanner.Plan(DemoSchools.Load(Stage.Primary), Options(Stage.Primary, 2));
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Equal("共 14 个乡镇，分为 2 个学区、每个学区 3–5 个乡镇无法做到；请调整学区数。", Assert.Single(result.Problems).Zh);
    }

    [Fact]
    public void A_township_bordering_no_head_is_named_when_the_bureau_gives_the_borders()
    {
        var schools = DemoSchools.Load(Stage.Primary);
        var townships = schools.Select(s => s.School.Township).Distinct().Order(StringComparer.Ordinal).ToList();
        // A chain of borders that leaves 绿杨乡 out.
        var chain = townships.Where(t => t != "绿杨乡").ToList();
        var borders = chain.Zip(chain.Skip(1)).Select(p => (p.First, p.Second)).ToList();
        var result = DistrictPlanner.Plan(schools, Options(Stage.Primary, 4) with { Borders = borders });
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Contains("绿杨乡", Assert.Single(result.Problems).Zh);
    }

    [Fact]
    public void Head_schools_in_one_township_are_refused_with_the_reason()
    {
        var schools = DemoSchools.Load(Stage.Primary);
        var town = schools.Where(s => s.School.Township == "清泉镇").Take(4).Select(s => s.School.Id).ToList();
        var result = DistrictPlanner.Plan(schools, Options(Stage.Primary, 4) with { Heads = town });
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Equal("学区长学校须在不同乡镇（以整乡镇划入学区）。", Assert.Single(result.Problems).Zh);
    }
}
