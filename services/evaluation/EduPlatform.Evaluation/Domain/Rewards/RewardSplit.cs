namespace EduPlatform.Evaluation.Domain.Rewards;

/// <summary>
/// 以奖代补 [001] 四(四)3: the district's fund rewards advanced units, and up to 60% of a unit's award may go to the teachers
/// it exchanged to member schools and weak township schools. Amounts are whole yuan; shares that do not divide evenly
/// go by largest remainder, so every unit's and the fund's sums are exact.
/// </summary>
public static class RewardSplit
{
    /// <summary>At most 60% of a unit's award to its exchanged teachers [001] 四(四)3.</summary>
    public const double ExchangedShareCeiling = 0.60;

    public sealed record UnitAward(string UnitId, string Name, long Award, IReadOnlyList<Guid> ExchangedPeople);

    public sealed record PersonAward(Guid PersonId, long Amount);

    public sealed record UnitSplit(string UnitId, string Name, long Award, long ToExchanged, long ToUnit, IReadOnlyList<PersonAward> People);

    /// <summary>Divides a fund among units in proportion to their scores (the bureau's advanced units, ranked).</summary>
    public static IReadOnlyList<long> Proportional(long fund, IReadOnlyList<double> scores)
    {
        var total = scores.Sum();
        var exact = scores.Select(s => total > 0 ? fund * s / total : (double)fund / scores.Count).ToList();
        return LargestRemainder(fund, exact);
    }

    public static IReadOnlyList<UnitSplit> Split(IReadOnlyList<UnitAward> units, double exchangedShare)
    {
        if (exchangedShare is < 0 or > ExchangedShareCeiling)
        {
            throw new ArgumentOutOfRangeException(nameof(exchangedShare), $"{exchangedShare} is outside 0–{ExchangedShareCeiling} [001] 四(四)3");
        }

        return units.Select(u =>
        {
            var people = u.ExchangedPeople.Distinct().OrderBy(p => p).ToList();
            var pool = people.Count == 0 ? 0 : (long)Math.Floor(u.Award * exchangedShare);
            var shares = people.Count == 0 ? [] : LargestRemainder(pool, people.Select(_ => (double)pool / people.Count).ToList());
            return new UnitSplit(u.UnitId, u.Name, u.Award, pool, u.Award - pool, people.Select((p, i) => new PersonAward(p, shares[i])).ToList());
        }).ToList();
    }

    static IReadOnlyList<long> LargestRemainder(long total, IReadOnlyList<double> exact)
    {
        var floors = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var left = total - floors.Sum();
        foreach (var i in exact.Select((e, i) => (Remainder: e - Math.Floor(e), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i).Take((int)left).Select(x => x.i))
        {
            floors[i]++;
        }

        return floors;
    }
}
