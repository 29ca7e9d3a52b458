using EduPlatform.Evaluation.Domain.Balance;
using static EduPlatform.Evaluation.Tests.Domain.Figures;

namespace EduPlatform.Evaluation.Tests.Domain;

public sealed class BalanceReviewTests
{
    /// <summary>
    /// Qualified teachers per 100 students 5.0 (1,000 students), 2.0 (200) and 3.0 (100). By hand: P = 1,300;
    /// mean = (5,000 + 400 + 300) / 1,300 = 4.3846; S² = (1000/1300)(0.6154)² + (200/1300)(−2.3846)² + (100/1300)(−1.3846)²
    /// = 0.2913 + 0.8748 + 0.1475 = 1.3136; S = 1.1461; CV = 0.2614. Unweighted: mean 3.3333, S 1.2472, CV 0.3742.
    /// </summary>
    [Fact]
    public void The_coefficient_is_weighted_by_students_as_the_review_asks_and_differs_from_the_plain_one()
    {
        var schools = new[]
        {
            School("甲", 1000, AtPrimaryStandard(1000) with { QualifiedTeachers = 50 }),
            School("乙", 200, AtPrimaryStandard(200) with { QualifiedTeachers = 4 }),
            School("丙", 100, AtPrimaryStandard(100) with { QualifiedTeachers = 3 }),
        };

        var review = BalanceReview.Review(Stages.Primary, schools, BalanceMethod.Quality2017);

        var qualified = review.Indicators.Single(i => i.Indicator == "qualified-teachers");
        Assert.Equal(4.3846, qualified.WeightedMean, 4);
        Assert.Equal(0.2614, qualified.Coefficient, 4);
        Assert.Equal(0.3742, qualified.PlainCoefficient, 4);
        Assert.True(qualified.Passes);
        // Every other indicator is the same at every school: no difference at all.
        Assert.All(review.Indicators.Where(i => i.Indicator != "qualified-teachers"), i => Assert.Equal(0, i.Coefficient));
    }

    [Fact]
    public void Direct_formula_matches_the_hand_computation()
    {
        var (mean, cv) = DifferenceCoefficient.Weighted([(1000, 5.0), (200, 2.0), (100, 3.0)]);

        Assert.Equal(4.384615, mean, 6);
        Assert.Equal(0.261398, cv, 6);
        Assert.Equal(0.374166, DifferenceCoefficient.Plain([5.0, 2.0, 3.0]), 6);
    }

    [Fact]
    public void Special_vocational_and_small_teaching_points_are_left_out_but_a_teaching_point_of_50_counts()
    {
        var schools = new[]
        {
            School("城关小学", 1200),
            School("特殊教育学校", 80, AtPrimaryStandard(80) with { SportsArea = 1 }, "special-education"),
            School("职业学校", 900, AtPrimaryStandard(900) with { SportsArea = 1 }, "vocational"),
            School("小教学点", 49, AtPrimaryStandard(49) with { SportsArea = 1 }, "teaching-point"),
            School("大教学点", 50, AtPrimaryStandard(50) with { SportsArea = 7.5 * 50 * 3 }, "teaching-point"),
        };

        var review = BalanceReview.Review(Stages.Primary, schools, BalanceMethod.Quality2017);

        Assert.Equal(2, review.Schools);
        Assert.Equal(1250, review.Students);
        Assert.Equal(["小教学点", "特殊教育学校", "职业学校"], review.Excluded.Select(e => e.Name).Order());
        Assert.Contains("49", review.Excluded.Single(e => e.Name == "小教学点").Reason);
        // The teaching point of 50 with three times the sports ground is what makes the coefficient non-zero.
        Assert.True(review.Indicators.Single(i => i.Indicator == "sports-area").Coefficient > 0);
    }

    [Theory]
    [InlineData(0.849, false)]
    [InlineData(0.85, true)]
    public void A_school_passes_with_six_met_only_when_the_seventh_reaches_85_percent(double share, bool passes)
    {
        var school = School("清泉小学", 1000, AtPrimaryStandard(1000) with { TeachingArea = 4.5 * share * 1000 });

        var result = BalanceReview.Review(Stages.Primary, [school], BalanceMethod.Quality2017).SchoolResults.Single();

        Assert.Equal(6, result.Met);
        Assert.Equal(share, result.WeakestShare, 4);
        Assert.Equal(passes, result.Passes);
        Assert.Contains("teaching-area", result.Explanation);
    }

    [Fact]
    public void Two_indicators_missed_fails_even_when_both_are_close()
    {
        var school = School("清泉小学", 1000, AtPrimaryStandard(1000) with { TeachingArea = 4.4 * 1000, SportsArea = 7.4 * 1000 });

        var result = BalanceReview.Review(Stages.Primary, [school], BalanceMethod.Quality2017).SchoolResults.Single();

        Assert.Equal(5, result.Met);
        Assert.False(result.Passes);
    }

    [Fact]
    public void The_same_spread_passes_primary_at_050_and_fails_junior_at_045()
    {
        // Equipment per student 2,000 × (1 ∓ 0.47) at two schools of 500: weighted mean 2,000, S 940, CV 0.47.
        var low = 2000 * (1 - 0.47);
        var high = 2000 * (1 + 0.47);
        BalanceSchool Pair(string name, double perStudent, string stage) =>
            School(name, 500, AtPrimaryStandard(500) with { EquipmentValue = perStudent * 500 }, stage: stage);

        var primary = BalanceReview.Review(Stages.Primary, [Pair("甲", low, Stages.Primary), Pair("乙", high, Stages.Primary)], BalanceMethod.Quality2017);
        var junior = BalanceReview.Review(Stages.Junior, [Pair("甲", low, Stages.Junior), Pair("乙", high, Stages.Junior)], BalanceMethod.Quality2017);

        var p = primary.Indicators.Single(i => i.Indicator == "equipment-value");
        var j = junior.Indicators.Single(i => i.Indicator == "equipment-value");
        Assert.Equal(0.47, p.Coefficient, 4);
        Assert.Equal((0.50, true), (p.Limit!.Value, p.Passes!.Value));
        Assert.Equal((0.45, false), (j.Limit!.Value, j.Passes!.Value));
        Assert.False(junior.Passes);
    }

    [Fact]
    public void The_2012_preset_averages_the_coefficients_against_065_and_055()
    {
        // Only one indicator differs (CV 0.47), so the composite is 0.47 / 7 and passes both limits.
        var schools = new[]
        {
            School("甲", 500, AtPrimaryStandard(500) with { EquipmentValue = 2000 * 0.53 * 500 }),
            School("乙", 500, AtPrimaryStandard(500) with { EquipmentValue = 2000 * 1.47 * 500 }),
        };

        var review = BalanceReview.Review(Stages.Primary, schools, BalanceMethod.Composite2012);

        Assert.Equal(Math.Round(0.47 / 7, 4), review.CompositeCoefficient);
        Assert.Equal(0.65, review.CompositeLimit);
        Assert.True(review.Passes);
        Assert.All(review.Indicators, i => Assert.Null(i.Passes));
    }
}
