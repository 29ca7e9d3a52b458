using EduPlatform.Kernel;
using EduPlatform.Evaluation.Domain.Balance;
using EduPlatform.Evaluation.Domain.Rankings;
using EduPlatform.Evaluation.Domain.Rewards;

namespace EduPlatform.Evaluation.Domain;

/// <summary>
/// A county's evaluation settings. The seeds give no number for "clear improvement" (明显进步), "big progress" (较大进步),
/// the rectification deadline (限期整改) or the composite's weights, so each is the county's to set; the reward share
/// may not exceed [001]'s 60%.
/// </summary>
public sealed record EvaluationSettings : ICountySettings<EvaluationSettings>
{
    public required string CountyCode { get; init; }
    /// <summary>Academic-score points a member must gain to count as clearly improved (local).</summary>
    public double ClearImprovementPoints { get; init; } = 3;
    /// <summary>Points of a seconded senior-high teacher's results that count as big progress (local).</summary>
    public double BigProgressPoints { get; init; } = 5;
    /// <summary>Days a kindergarten named for no results has to put it right (local).</summary>
    public int RectificationDays { get; init; } = 90;
    /// <summary>Share of a unit's award that goes to its exchanged teachers, at most 60% [001] 四(四)3.</summary>
    public double ExchangedShare { get; init; } = RewardSplit.ExchangedShareCeiling;
    /// <summary>How many top-ranked alliances are advanced units when the bureau does not name them (local).</summary>
    public int AdvancedUnits { get; init; } = 5;
    /// <summary>The balance method the reports use unless asked otherwise.</summary>
    public BalanceMethod BalanceMethod { get; init; } = BalanceMethod.Quality2017;
    /// <summary>Weights of the composite dimensions; equal unless the county sets them ([003] names them, not their weights).</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = CompositeRanking.Dimensions.ToDictionary(d => d, _ => 0.2);
    public int Version { get; init; }

    public static EvaluationSettings DefaultFor(string countyCode) => new() { CountyCode = countyCode };

    public EvaluationSettings WithVersion(int version) => this with { Version = version };

    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (ClearImprovementPoints is <= 0 or > 100) { errors.Add(("clearImprovementPoints", $"{ClearImprovementPoints} must be above 0 and at most 100 points")); }
        if (BigProgressPoints is <= 0 or > 100) { errors.Add(("bigProgressPoints", $"{BigProgressPoints} must be above 0 and at most 100 points")); }
        if (RectificationDays is < 1 or > 365) { errors.Add(("rectificationDays", $"{RectificationDays} is outside 1–365 days")); }
        if (ExchangedShare is < 0 or > RewardSplit.ExchangedShareCeiling)
        {
            errors.Add(("exchangedShare", $"{ExchangedShare} is outside 0–0.60: at most 60% of a unit's award goes to its exchanged teachers [001] 四(四)3"));
        }

        if (AdvancedUnits is < 1 or > 100) { errors.Add(("advancedUnits", $"{AdvancedUnits} is outside 1–100")); }
        if (Weights.Keys.FirstOrDefault(k => !CompositeRanking.Dimensions.Contains(k)) is { } unknown)
        {
            errors.Add(("weights", $"'{unknown}' is not a dimension; use {string.Join(", ", CompositeRanking.Dimensions)}"));
        }
        else if (Weights.Values.Any(w => w < 0) || Math.Abs(Weights.Values.Sum() - 1) > 1e-6)
        {
            errors.Add(("weights", $"weights must be 0 or more and add up to 1 (they add up to {Weights.Values.Sum():0.###})"));
        }

        return errors;
    }
}
