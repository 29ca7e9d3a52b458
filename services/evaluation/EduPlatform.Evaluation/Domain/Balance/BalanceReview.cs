namespace EduPlatform.Evaluation.Domain.Balance;

/// <summary>The 2017 quality review (each indicator against 0.50 / 0.45, each school 6 of 7), or the 2012 composite preset.</summary>
public enum BalanceMethod { Quality2017, Composite2012 }

/// <summary>A school of the scope with its type ("regular", "teaching-point", "special-education", …) and the year's figures.</summary>
public sealed record BalanceSchool(Guid SchoolId, string Name, string SchoolType, SchoolFigures Figures);

public sealed record ExcludedSchool(Guid SchoolId, string Name, string Reason);

public sealed record IndicatorBalance(
    string Indicator, string Name, string Unit, double Standard, double WeightedMean, double Coefficient, double PlainCoefficient, double? Limit, bool? Passes);

public sealed record IndicatorValue(string Indicator, double Value, double Standard, double ShareOfStandard, bool Met);

public sealed record SchoolCompliance(Guid SchoolId, string Name, int Students, IReadOnlyList<IndicatorValue> Values, int Met, double WeakestShare, bool Passes, string Explanation);

/// <summary>One stage of one scope (the county, an alliance, a district): every indicator's coefficient and every school's compliance.</summary>
public sealed record StageBalance(
    string Stage, BalanceMethod Method, int Schools, int Students, IReadOnlyList<ExcludedSchool> Excluded, IReadOnlyList<IndicatorBalance> Indicators,
    double? CompositeCoefficient, double? CompositeLimit, IReadOnlyList<SchoolCompliance> SchoolResults, int SchoolsPassing, bool Passes);

public static class BalanceReview
{
    /// <summary>Ratios such as 42 teachers / 1,000 students × 100 land a hair under 4.2 in binary; at the standard is meeting it.</summary>
    const double Tolerance = 1e-9;

    public static StageBalance Review(string stage, IReadOnlyList<BalanceSchool> schools, BalanceMethod method)
    {
        var excluded = new List<ExcludedSchool>();
        var included = new List<(BalanceSchool School, ResourceInputs Inputs)>();
        foreach (var school in schools.Where(s => s.Figures.Stage == stage))
        {
            if (ExclusionOf(school) is { } reason) { excluded.Add(new ExcludedSchool(school.SchoolId, school.Name, reason)); }
            else if (school.Figures.Resources is { } inputs) { included.Add((school, inputs)); }
            else { excluded.Add(new ExcludedSchool(school.SchoolId, school.Name, Texts.NoResourceFigures)); }
        }

        var rawCoefficients = new List<double>();
        var indicators = ResourceStandards.All.Select(standard =>
        {
            var points = included.Select(i => (i.School.Figures.Students, i.Inputs.Value(standard.Indicator, i.School.Figures.Students))).ToList();
            var (mean, cv) = DifferenceCoefficient.Weighted(points);
            rawCoefficients.Add(cv);
            var plain = DifferenceCoefficient.Plain(points.Select(p => p.Item2).ToList());
            double? limit = method == BalanceMethod.Quality2017 ? ResourceStandards.CoefficientLimit(stage) : null;
            return new IndicatorBalance(standard.Code, standard.ChineseName, standard.Unit, standard.For(stage), Round(mean), Round(cv), Round(plain), limit,
                limit is { } l ? included.Count > 0 && cv <= l + Tolerance : null);
        }).ToList();

        var compliance = included.Select(i => Comply(i.School, i.Inputs, stage)).ToList();
        double? composite = method == BalanceMethod.Composite2012 ? rawCoefficients.Average() : null;
        double? compositeLimit = method == BalanceMethod.Composite2012 ? ResourceStandards.CompositeLimit2012(stage) : null;
        var passes = included.Count > 0 && (method == BalanceMethod.Quality2017
            ? indicators.All(i => i.Passes == true) && compliance.All(c => c.Passes)
            : composite <= compositeLimit + Tolerance);
        composite = composite is { } c ? Round(c) : null;
        return new StageBalance(stage, method, included.Count, included.Sum(i => i.School.Figures.Students), excluded, indicators, composite, compositeLimit,
            compliance, compliance.Count(c => c.Passes), passes);
    }

    /// <summary>Special-education and vocational schools, and teaching points under 50 students, are left out (standards.md).</summary>
    public static string? ExclusionOf(BalanceSchool school) => school.SchoolType switch
    {
        "special-education" => Texts.SpecialEducation,
        "vocational" => Texts.Vocational,
        "teaching-point" when school.Figures.Students < ResourceStandards.TeachingPointMinimumStudents =>
            Texts.SmallTeachingPoint(school.Figures.Students, ResourceStandards.TeachingPointMinimumStudents),
        _ => null,
    };

    /// <summary>At least 6 of the 7 met and the seventh at least 85% of its standard.</summary>
    public static SchoolCompliance Comply(BalanceSchool school, ResourceInputs inputs, string stage)
    {
        var raw = ResourceStandards.All.Select(standard =>
        {
            var value = inputs.Value(standard.Indicator, school.Figures.Students);
            return (Standard: standard, Value: value, Share: value / standard.For(stage));
        }).ToList();
        var values = raw.Select(r => new IndicatorValue(r.Standard.Code, Round(r.Value), r.Standard.For(stage), Round(r.Share), r.Share >= 1 - Tolerance)).ToList();
        var met = values.Count(v => v.Met);
        var weakest = raw.Min(r => r.Share);
        var passes = met == values.Count || (met >= ResourceStandards.IndicatorsToMeet && weakest >= ResourceStandards.MissedIndicatorFloor - Tolerance);
        var missed = values.Where(v => !v.Met).ToList();
        var explanation = missed.Count == 0
            ? Texts.MeetsAll
            : Texts.MeetsSome(met, missed.Select(m => (ResourceStandards.All.First(s => s.Code == m.Indicator).ChineseName, m.Indicator, m.ShareOfStandard, m.Standard)),
                passes, ResourceStandards.IndicatorsToMeet);
        return new SchoolCompliance(school.SchoolId, school.Name, school.Figures.Students, values, met, Round(weakest), passes, explanation);
    }

    static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
