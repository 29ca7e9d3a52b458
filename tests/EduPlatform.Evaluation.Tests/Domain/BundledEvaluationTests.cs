using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Bundled;

namespace EduPlatform.Evaluation.Tests.Domain;

public sealed class BundledEvaluationTests
{
    static readonly BundleRules Rules = new(ClearImprovementPoints: 3, BigProgressPoints: 5);
    static readonly Guid Core = Guid.NewGuid(), MemberA = Guid.NewGuid(), MemberB = Guid.NewGuid();
    static readonly Guid Principal = Guid.NewGuid(), Vice = Guid.NewGuid(), Middle = Guid.NewGuid(), SentToA = Guid.NewGuid(), SentToB = Guid.NewGuid();

    static BundleAlliance Alliance(string kind = "fused") => new(Guid.NewGuid(), "清泉小学教联体", kind, Core, [(MemberA, "河东小学"), (MemberB, "洗马小学")]);

    static readonly Secondment[] Secondments = [new(SentToA, MemberA, PostRoles.Teacher, "exchange"), new(SentToB, MemberB, PostRoles.VicePrincipal, "secondment")];

    static ProposedRating[] CoreStaff(string rating = Ratings.Excellent) =>
    [
        new(Principal, "王校长", Core, PostRoles.Principal, rating, null),
        new(Vice, "李副校长", Core, PostRoles.VicePrincipal, rating, null),
        new(Middle, "张主任", Core, PostRoles.MiddleManager, rating, null),
    ];

    static Dictionary<Guid, ProposedRating> Proposed(string rating = Ratings.Excellent, double? progress = null) =>
        CoreStaff(rating).Concat([new ProposedRating(SentToA, "赵老师", Core, PostRoles.Teacher, rating, progress), new(SentToB, "钱副校长", Core, PostRoles.VicePrincipal, rating, null)])
            .ToDictionary(p => p.PersonId);

    static Dictionary<Guid, MemberFigures> Scores(double aBefore, double aNow, double bBefore, double bNow) => new()
    {
        [MemberA] = new MemberFigures(aBefore, aNow, 300, 320, 12),
        [MemberB] = new MemberFigures(bBefore, bNow, 200, 190, 3),
    };

    static AllianceBundle Evaluate(Dictionary<Guid, MemberFigures> figures, string rating = Ratings.Excellent, string kind = "fused", double? progress = null) =>
        BundledEvaluation.Evaluate(Alliance(kind), figures, Secondments, CoreStaff(rating), Proposed(rating, progress), Rules);

    [Fact]
    public void Clear_improvement_rates_the_core_leadership_and_the_seconded_people_excellent()
    {
        var bundle = Evaluate(Scores(70, 74, 65, 68.5), rating: Ratings.Competent);

        Assert.Equal(Improvement.Clear, bundle.Outcome);
        Assert.Equal(3.81, bundle.WeightedChange); // (320 × 4 + 190 × 3.5) / 510
        Assert.Equal(10, bundle.StudentGrowth);
        Assert.Equal(15, bundle.ReturningStudents);
        Assert.Equal(2, bundle.ExchangedPeople);
        var decided = bundle.Ratings.ToDictionary(r => r.PersonId);
        Assert.Equal(new[] { Principal, Vice, SentToA, SentToB }.Order(), decided.Keys.Order());
        Assert.All(decided.Values, d => Assert.Equal(Ratings.Excellent, d.Final));
        Assert.False(decided.ContainsKey(Middle)); // middle managers are not the leadership (领导班子)
        Assert.Equal("core-principal", decided[Principal].Basis);
        Assert.Contains("[001]", decided[Principal].Explanation);
    }

    [Fact]
    public void No_improvement_caps_excellent_at_competent_for_everyone_the_bundle_covers()
    {
        var bundle = Evaluate(Scores(70, 70, 65, 65));

        Assert.Equal(Improvement.None, bundle.Outcome);
        Assert.All(bundle.Ratings, r => Assert.Equal((Ratings.Excellent, Ratings.Competent, true), (r.Proposed, r.Final, r.Capped)));
    }

    [Fact]
    public void One_member_falling_forbids_excellent_for_the_leadership_even_when_the_weighted_change_is_clear()
    {
        var bundle = Evaluate(Scores(60, 70, 65, 64));

        Assert.Equal(Improvement.Decline, bundle.Outcome);
        Assert.Contains("洗马小学 fell", bundle.Explanation);
        var decided = bundle.Ratings.ToDictionary(r => r.PersonId);
        Assert.Equal(Ratings.Competent, decided[Principal].Final);
        Assert.Equal(Ratings.Competent, decided[SentToB].Final); // seconded to the member that fell
        Assert.Equal(Ratings.Excellent, decided[SentToA].Final); // seconded to the member that improved by 10
    }

    [Fact]
    public void Some_improvement_leaves_the_schools_rating_and_never_raises_a_rating_below_competent()
    {
        var some = Evaluate(Scores(70, 71, 65, 66));
        Assert.Equal(Improvement.Some, some.Outcome);
        Assert.All(some.Ratings, r => Assert.Equal(Ratings.Excellent, r.Final));

        var clearButPoor = Evaluate(Scores(60, 70, 60, 70), rating: Ratings.BasicallyCompetent);
        Assert.All(clearButPoor.Ratings, r => Assert.Equal(Ratings.BasicallyCompetent, r.Final));
    }

    [Fact]
    public void The_threshold_itself_counts_as_clear()
    {
        Assert.Equal(Improvement.Clear, Evaluate(Scores(70, 73, 70, 73)).Outcome);
        Assert.Equal(Improvement.Some, Evaluate(Scores(70, 72.99, 70, 72.99)).Outcome);
    }

    [Fact]
    public void A_member_without_scores_leaves_the_outcome_unknown_and_a_seconded_person_without_a_rating_is_named()
    {
        var figures = Scores(70, 74, 65, 70);
        figures[MemberB] = new MemberFigures(null, 70, null, 190, 0);

        var bundle = BundledEvaluation.Evaluate(Alliance(), figures, Secondments, CoreStaff(), Proposed().Where(p => p.Key != SentToA).ToDictionary(), Rules);

        Assert.Equal(Improvement.Unknown, bundle.Outcome);
        Assert.Equal([SentToA], bundle.SecondedWithoutRating);
    }

    [Fact]
    public void A_senior_high_pair_takes_the_helped_schools_result_and_gives_big_progress_priority_without_caps()
    {
        var bundle = Evaluate(Scores(70, 69, 65, 64), kind: "senior-high-pairing", progress: 6);

        Assert.Equal("senior-high-pair", bundle.Cycle);
        Assert.Equal(Improvement.Decline, bundle.Outcome);
        Assert.DoesNotContain(bundle.Ratings, r => r.Capped || r.Basis != "seconded");
        Assert.True(bundle.Ratings.Single(r => r.PersonId == SentToA).ExcellentPriority);
        Assert.False(bundle.Ratings.Single(r => r.PersonId == SentToB).ExcellentPriority);
    }

    [Fact]
    public void The_lead_schools_principal_answers_for_the_whole_alliance_even_when_seconded_to_a_member()
    {
        var secondments = Secondments.Append(new Secondment(Principal, MemberB, PostRoles.Principal, "secondment")).ToList();

        var bundle = BundledEvaluation.Evaluate(Alliance(), Scores(70, 75, 65, 65.5), secondments, CoreStaff(), Proposed(), Rules); // A +5, B +0.5: weighted 3.32, clear

        var principal = bundle.Ratings.Single(r => r.PersonId == Principal);
        Assert.Equal(("core-principal", Ratings.Excellent), (principal.Basis, principal.Final));
        Assert.Equal(Improvement.Some, bundle.Members.Single(m => m.SchoolId == MemberB).Outcome);
    }
}
