using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Tests.Domain;

public sealed class CountyPlanTests
{
    static readonly Dictionary<StaffingStage, int> Standard = new()
    {
        [StaffingStage.Kindergarten] = 300, [StaffingStage.Primary] = 1800, [StaffingStage.Junior] = 1200, [StaffingStage.SeniorHigh] = 250,
    };

    [Fact]
    public void Moving_quota_between_stages_inside_the_total_is_allowed()
    {
        // primary and junior down, kindergarten and senior high up [000]: 3550 stays 3550
        var moves = new Dictionary<StaffingStage, int> { [StaffingStage.Primary] = -40, [StaffingStage.Junior] = -20, [StaffingStage.Kindergarten] = 45, [StaffingStage.SeniorHigh] = 15 };
        Assert.Empty(CountyPlan.Check(Standard, moves, countyTotal: 3550, forApproval: true));
    }

    [Fact]
    public void A_plan_over_the_county_total_is_refused_with_the_numbers()
    {
        var moves = new Dictionary<StaffingStage, int> { [StaffingStage.Kindergarten] = 60 };
        var violation = Assert.Single(CountyPlan.Check(Standard, moves, countyTotal: 3580, forApproval: false));
        Assert.Equal(CountyPlan.ExceedsTotal, violation.Rule);
        Assert.Contains("needs 3610 posts", violation.Message);
        Assert.Contains("county total is 3580: 30 over", violation.Message);
        Assert.Contains("kindergarten 360", violation.Message);
    }

    [Fact]
    public void A_stage_cannot_go_below_zero_and_approval_needs_the_county_total()
    {
        var rules = CountyPlan.Check(Standard, new Dictionary<StaffingStage, int> { [StaffingStage.SeniorHigh] = -251 }, null, forApproval: true)
            .Select(v => v.Rule).ToList();
        Assert.Equal([CountyPlan.NegativeStage, CountyPlan.NoCountyTotal], rules);
    }

    [Fact]
    public void A_stage_move_is_shared_by_pools_in_proportion_and_adds_up_exactly()
    {
        PoolStagePosts[] pools =
        [
            new("a", StaffingStage.Primary, 100), new("b", StaffingStage.Primary, 50), new("c", StaffingStage.Primary, 50),
            new("k", StaffingStage.Kindergarten, 30),
        ];
        // −10 over 100/50/50: exact shares −5, −2.5, −2.5 → −5, and one of b/c takes −3 by largest remainder
        var planned = CountyPlan.Distribute(pools, new Dictionary<StaffingStage, int> { [StaffingStage.Primary] = -10, [StaffingStage.Kindergarten] = 7 });

        Assert.Equal(190, planned.Where(p => p.Stage == StaffingStage.Primary).Sum(p => p.PlannedPosts));
        Assert.Equal(95, planned.Single(p => p.PoolKey == "a").PlannedPosts);
        Assert.Equal([47, 48], planned.Where(p => p.PoolKey is "b" or "c").Select(p => p.PlannedPosts).Order());
        Assert.Equal(37, planned.Single(p => p.PoolKey == "k").PlannedPosts);
    }

    [Fact]
    public void No_pool_goes_below_zero_when_a_stage_is_cut_to_zero()
    {
        PoolStagePosts[] pools = [new("a", StaffingStage.Junior, 3), new("b", StaffingStage.Junior, 1), new("c", StaffingStage.Junior, 2)];
        var planned = CountyPlan.Distribute(pools, new Dictionary<StaffingStage, int> { [StaffingStage.Junior] = -6 });
        Assert.All(planned, p => Assert.Equal(0, p.PlannedPosts));
    }
}
