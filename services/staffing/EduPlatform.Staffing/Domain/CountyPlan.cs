using EduPlatform.Kernel;

namespace EduPlatform.Staffing.Domain;

/// <summary>A pool's standard posts in one stage, keyed so the plan can give it its share of the stage's move.</summary>
public sealed record PoolStagePosts(string PoolKey, StaffingStage Stage, int StandardPosts);

/// <summary>A pool's posts in one stage after the plan's moves.</summary>
public sealed record PlannedPoolStage(string PoolKey, StaffingStage Stage, int StandardPosts, int PlannedPosts);

/// <summary>
/// The county's plan for a year (动态调整 [000]): the standard quotas, moved between stages by the staffing office inside
/// the county total (e.g. primary and junior down, kindergarten and senior high up), then approved.
/// </summary>
public static class CountyPlan
{
    public const string ExceedsTotal = "staffing.plan.exceeds-total";
    public const string NoCountyTotal = "staffing.plan.no-county-total";
    public const string NegativeStage = "staffing.plan.stage-below-zero";
    const string Source = Texts.PlanSource;

    /// <summary>The rules a plan must meet: every stage stays at or above zero, and the total within the county total.</summary>
    public static IReadOnlyList<RuleViolation> Check(IReadOnlyDictionary<StaffingStage, int> standardByStage,
        IReadOnlyDictionary<StaffingStage, int> moves, int? countyTotal, bool forApproval)
    {
        var violations = new List<RuleViolation>();
        foreach (var (stage, move) in moves)
        {
            var planned = standardByStage.GetValueOrDefault(stage) + move;
            if (planned < 0)
            {
                violations.Add(new RuleViolation(NegativeStage,
                    Texts.StageBelowZero(stage, standardByStage.GetValueOrDefault(stage), move, planned), Source));
            }
        }

        var total = standardByStage.Values.Sum() + moves.Values.Sum();
        if (countyTotal is { } limit && total > limit)
        {
            var byStage = Enum.GetValues<StaffingStage>().Select(s => (s, standardByStage.GetValueOrDefault(s) + moves.GetValueOrDefault(s)));
            violations.Add(new RuleViolation(ExceedsTotal,
                Texts.ExceedsTotal(total, byStage, limit), Source));
        }

        if (forApproval && countyTotal is null)
        {
            violations.Add(new RuleViolation(NoCountyTotal,
                Texts.NoCountyTotal, Source));
        }

        return violations;
    }

    /// <summary>
    /// Gives each pool its share of its stage's move, in proportion to its standard posts, by largest remainder so the
    /// shares add up exactly. A stage with no posts anywhere keeps a positive move as an unallocated county reserve.
    /// </summary>
    public static IReadOnlyList<PlannedPoolStage> Distribute(IReadOnlyList<PoolStagePosts> pools, IReadOnlyDictionary<StaffingStage, int> moves)
    {
        var planned = new List<PlannedPoolStage>();
        foreach (var stageGroup in pools.GroupBy(p => p.Stage))
        {
            var move = moves.GetValueOrDefault(stageGroup.Key);
            var members = stageGroup.ToList();
            var total = members.Sum(p => p.StandardPosts);
            if (move == 0 || total == 0)
            {
                planned.AddRange(members.Select(p => new PlannedPoolStage(p.PoolKey, p.Stage, p.StandardPosts, p.StandardPosts)));
                continue;
            }

            var exact = members.Select(p => (Pool: p, Share: (decimal)move * p.StandardPosts / total)).ToList();
            var floors = exact.Select(e => (e.Pool, Whole: (int)Math.Floor(e.Share), Remainder: e.Share - Math.Floor(e.Share))).ToList();
            var leftover = move - floors.Sum(f => f.Whole);
            var extra = floors.OrderByDescending(f => f.Remainder).ThenByDescending(f => f.Pool.StandardPosts).ThenBy(f => f.Pool.PoolKey, StringComparer.Ordinal)
                .Take(leftover).Select(f => f.Pool.PoolKey).ToHashSet();
            planned.AddRange(floors.Select(f => new PlannedPoolStage(f.Pool.PoolKey, f.Pool.Stage, f.Pool.StandardPosts,
                f.Pool.StandardPosts + f.Whole + (extra.Contains(f.Pool.PoolKey) ? 1 : 0))));
        }

        return planned;
    }
}
