using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Tests.Domain;

public sealed class PlanScheduleTests
{
    static PlannedMove Move(Guid person) =>
        new(person, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), MoveMode.Secondment, "primary", null, new DateOnly(2025, 9, 1), new DateOnly(2028, 8, 31), []);

    // 选派的人员应于当年7月25日-8月5日间报区教体局 [001]: a Wolong plan with cadres goes to the bureau inside the window.
    [Theory]
    [InlineData("2025-07-24", false)]
    [InlineData("2025-07-25", true)]
    [InlineData("2025-08-05", true)]
    [InlineData("2025-08-06", false)]
    public void Wolong_cadre_nominations_reach_the_bureau_between_25_July_and_5_August(string today, bool allowed)
    {
        var cadre = Guid.NewGuid();
        var schedule = PlanSchedule.Of(2025, RotationPolicyPresets.Find("wolong")!, [Move(cadre)], _ => PersonRole.VicePrincipal);

        Assert.Equal(new DateOnly(2025, 9, 1), schedule.InPlaceBy);
        Assert.Equal(allowed, schedule.CheckNomination(DateOnly.Parse(today)) is null);
        if (!allowed)
        {
            Assert.Equal("the plan nominates 1 cadres; nominations reach the bureau between 2025-07-25 and 2025-08-05, not on " + today,
                schedule.CheckNomination(DateOnly.Parse(today))!.Message);
        }
    }

    [Fact]
    public void Teachers_only_or_a_policy_without_a_window_are_not_held_to_it()
    {
        var teacherPlan = PlanSchedule.Of(2025, RotationPolicyPresets.Find("wolong")!, [Move(Guid.NewGuid())], _ => PersonRole.Teacher);
        var nationalPlan = PlanSchedule.Of(2025, RotationPolicyPresets.Find("national")!, [Move(Guid.NewGuid())], _ => PersonRole.Principal);

        Assert.Null(teacherPlan.CheckNomination(new DateOnly(2025, 3, 1)));
        Assert.Null(nationalPlan.CheckNomination(new DateOnly(2025, 3, 1)));
        Assert.Null(nationalPlan.CadreNominationsFrom);
    }

    // 公示期 in working days: five from Thursday 7 August 2025 end on Wednesday 13 August; approval from the 14th.
    [Fact]
    public void A_public_notice_counts_working_days()
    {
        var notice = PublicNotice.Starting(new DateOnly(2025, 8, 7), 5);

        Assert.Equal(new DateOnly(2025, 8, 13), notice.Until);
        Assert.False(notice.Ended(new DateOnly(2025, 8, 13)));
        Assert.True(notice.Ended(new DateOnly(2025, 8, 14)));
        Assert.Equal(new DateOnly(2025, 8, 8), PublicNotice.Starting(new DateOnly(2025, 8, 4), 5).Until);
        Assert.True(PublicNotice.Starting(new DateOnly(2025, 8, 9), 0).Ended(new DateOnly(2025, 8, 9))); // a county with no notice period
    }
}
