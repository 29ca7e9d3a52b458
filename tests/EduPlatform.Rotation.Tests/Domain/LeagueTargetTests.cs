using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Tests.Domain;

/// <summary>Issue 24 item 11: every league's targets planned — here Wolong's senior-high 1+1 pairs [001].</summary>
public sealed class LeagueTargetTests
{
    // 结对学校互派学科教师到对方学校任教，原则上文化课教师每学科不少于1人，交流任教时间不低于1年；互派的教师要有高三年级
    // 教学经验 [001]: each academic subject each way, only teachers who have taught senior three, for at least a year.
    [Fact]
    public void A_senior_high_pair_exchanges_a_teacher_of_every_academic_subject_who_has_taught_senior_three_for_at_least_a_year()
    {
        var county = new PlanCounty(RotationPolicyPresets.Find("wolong")!);
        var strong = county.School("卧龙区第一高级中学", stage: "senior-high", locality: "urban");
        var weak = county.School("卧龙区蒲山高级中学", stage: "senior-high");
        county.Alliance("senior-high-pairing", strong, weak);
        Person Taught(Person p) => p with { Statuses = new HashSet<PersonStatus> { PersonStatus.SeniorThreeExperience } };
        foreach (var subject in PairRules.Wolong.Subjects)
        {
            county.Add(strong, subject: subject, stage: "senior-high", since: 2022); // never taught senior three
            Replace(county, county.Add(strong, subject: subject, stage: "senior-high", since: 2018), Taught);
            var back = county.Add(weak, subject: subject, stage: "senior-high", since: 2018);
            if (subject != Subject.Chinese)
            {
                Replace(county, back, Taught);
            }
        }

        var plan = county.Plan();

        var sent = plan.Moves.Where(m => m.FromSchoolId == strong && m.InReturnFor is null).ToList();
        var returned = plan.Moves.Where(m => m.FromSchoolId == weak && m.InReturnFor is not null).ToList();
        Assert.All(sent.Concat(returned), m => Assert.Contains(PersonStatus.SeniorThreeExperience, county.Person(m.PersonId).Statuses));
        Assert.All(sent.Concat(returned), m => Assert.True(m.EndOn >= m.StartOn.AddYears(1).AddDays(-1)));
        Assert.Equal(PairRules.Wolong.Subjects.Where(s => s != Subject.Chinese).Order(), sent.Select(m => m.Subject!.Value).Order());
        Assert.Equal(sent.Count, returned.Count);

        // The weak school's Chinese teacher has not taught senior three, so no Chinese pair: short, and said so.
        var chinese = plan.Targets.Single(t => t.Target == PlanTargets.PairSubject(Subject.Chinese));
        Assert.Equal((1, 0), (chinese.Required, chinese.Planned));
        Assert.NotNull(chinese.Reason);
        Assert.True(plan.Targets.Single(t => t.Target == PlanTargets.PairSubject(Subject.Physics)).Met);
        Assert.Contains("高三", chinese.Source);
    }

    // 关于推进县(区)域内…交流轮岗的意见 [national 2014]: the exchange is county-wide; where the county opens it, a core school
    // sends its music teacher to another alliance's small school that asked for one, and that alliance's office has no step.
    [Fact]
    public void Where_the_county_allows_moves_across_alliances_a_core_school_fills_another_alliances_need()
    {
        PlanOutcome Draw(bool across, out PlanCounty county, out Guid otherMember)
        {
            county = new PlanCounty(RotationPolicyPresets.Find("national")! with { CrossAllianceMoves = across });
            var (coreA, memberA) = (county.School("城关第一小学", locality: "urban"), county.School("东山小学"));
            var (coreB, memberB) = (county.School("城关第二小学", locality: "urban"), county.School("西岭小学"));
            county.Alliance("fused", coreA, memberA);
            county.Alliance("fused", coreB, memberB);
            county.AddMany(9, coreA, Subject.Chinese);
            county.Add(coreA, subject: Subject.Music);
            county.AddMany(3, memberA, Subject.Chinese);
            county.Needs.Add(new CampusNeed(memberB, "primary", Subject.Music, 1));
            otherMember = memberB;
            return county.Plan();
        }

        var closed = Draw(across: false, out _, out var b);
        Assert.DoesNotContain(closed.Moves, m => m.ToSchoolId == b);

        var open = Draw(across: true, out var county, out b);
        var music = Assert.Single(open.Moves, m => m.ToSchoolId == b);
        Assert.Equal((Subject.Music, PlanGroup.CrossAllianceGroupId), (music.Subject!.Value, music.GroupId));
        Assert.DoesNotContain(PlanGroup.CrossAllianceGroupId, PlanParties.Of(open.Moves).Alliances);
        Assert.Contains(music.ToSchoolId, PlanParties.Of(open.Moves).Schools);
    }

    static void Replace(PlanCounty county, Person person, Func<Person, Person> change) =>
        county.People[county.People.IndexOf(person)] = change(person);
}
