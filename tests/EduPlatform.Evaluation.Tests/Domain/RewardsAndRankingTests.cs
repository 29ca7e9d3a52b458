using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Rankings;
using EduPlatform.Evaluation.Domain.Rewards;

namespace EduPlatform.Evaluation.Tests.Domain;

public sealed class RewardsAndRankingTests
{
    [Fact]
    public void At_most_60_percent_of_a_units_award_goes_to_its_exchanged_teachers_split_per_person_to_the_yuan()
    {
        var people = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToList();

        var split = RewardSplit.Split([new RewardSplit.UnitAward("a", "清泉小学教联体", 600_001, people), new RewardSplit.UnitAward("b", "巴河小学教联体", 400_000, [])], 0.60);

        var a = split[0];
        Assert.Equal(360_000, a.ToExchanged); // floor(600,001 × 0.6)
        Assert.Equal(240_001, a.ToUnit);
        Assert.Equal(360_000, a.People.Sum(p => p.Amount));
        Assert.All(a.People, p => Assert.InRange(p.Amount, 51_428, 51_429)); // 360,000 / 7 = 51,428.57
        Assert.Equal((0, 400_000), (split[1].ToExchanged, split[1].ToUnit)); // nobody exchanged: all to the unit
    }

    [Theory]
    [InlineData(0.61)]
    [InlineData(-0.01)]
    public void A_share_above_60_percent_is_refused(double share)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RewardSplit.Split([new RewardSplit.UnitAward("a", "甲", 1000, [Guid.NewGuid()])], share));
        var errors = (EvaluationSettings.DefaultFor("421125") with { ExchangedShare = share }).Validate();
        Assert.Contains(errors, e => e.Field == "exchangedShare");
    }

    [Fact]
    public void A_fund_is_divided_in_proportion_to_scores_and_adds_up_exactly()
    {
        var awards = RewardSplit.Proportional(3_000_000, [90, 80, 80]);

        Assert.Equal(3_000_000, awards.Sum());
        Assert.Equal([1_080_000, 960_000, 960_000], awards);
    }

    [Fact]
    public void Alliances_rank_on_the_weighted_composite_and_the_weights_decide()
    {
        static SchoolFigures School(double score, double satisfaction) => new()
        {
            SchoolId = Guid.NewGuid(), SchoolYear = 2024, Stage = "primary", Students = 500, Teachers = 30,
            Resources = Figures.AtPrimaryStandard(500), AcademicScore = score, ConsolidationRate = score, ParentSatisfaction = satisfaction, SocialRecognition = 90,
        };

        var academic = new CompositeRanking.Unit("a", "学业强", [School(95, 80)], ExchangedPeople: 3);
        var liked = new CompositeRanking.Unit("b", "家长满意", [School(75, 99)], ExchangedPeople: 3);
        var equal = CompositeRanking.Rank([academic, liked], CompositeRanking.Dimensions.ToDictionary(d => d, _ => 0.2));
        var parents = CompositeRanking.Rank([academic, liked], CompositeRanking.Dimensions.ToDictionary(d => d, d => d == CompositeRanking.ParentSatisfaction ? 0.6 : 0.1));

        Assert.Equal("学业强", equal[0].Name);
        Assert.Equal(93.0, equal[0].Composite); // (95 + 100 (teacher indicators at standard) + 80 + 90 + 100 (3 exchanged of 30 teachers: the 10% floor)) / 5; the other 92.8
        Assert.Equal("家长满意", parents[0].Name);
        Assert.Equal(100, equal[0].Scores[CompositeRanking.ResourceSharing]);
    }

    [Fact]
    public void Missing_dimensions_are_named_and_the_composite_uses_the_rest()
    {
        var unit = new CompositeRanking.Unit("a", "甲", [new SchoolFigures { SchoolId = Guid.NewGuid(), SchoolYear = 2024, Stage = "primary", Students = 100, ParentSatisfaction = 80 }], 0);

        var ranked = CompositeRanking.Rank([unit], CompositeRanking.Dimensions.ToDictionary(d => d, _ => 0.2)).Single();

        Assert.Equal(80, ranked.Composite);
        Assert.Contains(CompositeRanking.ResourceSharing, ranked.Missing);
    }

    [Fact]
    public void Kindergartens_with_no_results_are_named_with_a_deadline_and_notable_ones_praised()
    {
        var on = new DateOnly(2025, 1, 10);
        var lazy = KindergartenReviews.Assess(Guid.NewGuid(), "城东幼儿园", [new(Guid.Empty, "autumn", KindergartenReviews.NoResults, on, "消极应付")], 90);
        var good = KindergartenReviews.Assess(Guid.NewGuid(), "城西幼儿园",
            [new(Guid.Empty, "autumn", "satisfactory", on, null), new(Guid.Empty, "spring", "notable", on.AddMonths(5), null), new(Guid.Empty, "year", "notable", on.AddMonths(6), null)], 90);

        Assert.True(lazy.Named);
        Assert.Equal(new DateOnly(2025, 4, 10), lazy.RectifyBy);
        Assert.Equal(["spring", "year"], lazy.MissingReviews);
        Assert.True(good.Praised);
        Assert.True(good.RecommendableForDemonstration);
    }
}
