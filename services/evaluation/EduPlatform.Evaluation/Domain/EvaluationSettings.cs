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
        if (ClearImprovementPoints is <= 0 or > 100) { errors.Add(("clearImprovementPoints", Texts.PointsRange(ClearImprovementPoints))); }
        if (BigProgressPoints is <= 0 or > 100) { errors.Add(("bigProgressPoints", Texts.PointsRange(BigProgressPoints))); }
        if (RectificationDays is < 1 or > 365) { errors.Add(("rectificationDays", Texts.DaysRange(RectificationDays))); }
        if (ExchangedShare is < 0 or > RewardSplit.ExchangedShareCeiling)
        {
            errors.Add(("exchangedShare", Texts.ExchangedShare(ExchangedShare)));
        }

        if (AdvancedUnits is < 1 or > 100) { errors.Add(("advancedUnits", Texts.UnitsRange(AdvancedUnits))); }
        if (Weights.Keys.FirstOrDefault(k => !CompositeRanking.Dimensions.Contains(k)) is { } unknown)
        {
            errors.Add(("weights", Texts.NotADimension(unknown, CompositeRanking.Dimensions)));
        }
        else if (Weights.Values.Any(w => w < 0) || Math.Abs(Weights.Values.Sum() - 1) > 1e-6)
        {
            errors.Add(("weights", Texts.WeightsSum((decimal)Weights.Values.Sum())));
        }

        return errors;
    }
}
