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

    static void Replace(PlanCounty county, Person person, Func<Person, Person> change) =>
        county.People[county.People.IndexOf(person)] = change(person);
}
