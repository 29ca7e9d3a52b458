namespace EduPlatform.Evaluation.Domain.Balance;

/// <summary>
/// 差异系数 (coefficient of variation) across schools. The review weights every school by its students (standards.md):
/// mean = Σ(Pᵢ·Xᵢ)/P, S = sqrt(Σ (Pᵢ/P)·(Xᵢ − mean)²), CV = S / mean. <see cref="Plain"/> is the unweighted form many
/// implementations use by mistake; it is shown beside the weighted one, never used for pass or fail.
/// </summary>
public static class DifferenceCoefficient
{
    public static (double Mean, double Coefficient) Weighted(IReadOnlyList<(int Students, double Value)> schools)
    {
        double total = schools.Sum(s => (double)s.Students);
        if (total <= 0)
        {
            return (0, 0);
        }

        var mean = schools.Sum(s => s.Students * s.Value) / total;
        var variance = schools.Sum(s => s.Students / total * (s.Value - mean) * (s.Value - mean));
        return (mean, mean > 0 ? Math.Sqrt(variance) / mean : 0);
    }

    public static double Plain(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return mean > 0 ? Math.Sqrt(variance) / mean : 0;
    }
}
