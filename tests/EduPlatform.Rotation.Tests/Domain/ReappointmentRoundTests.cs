using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Reappointment;

namespace EduPlatform.Rotation.Tests.Domain;

public sealed class ReappointmentRoundTests
{
    static readonly DateOnly Round = new(2025, 8, 15);
    static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid();
    static readonly Dictionary<Guid, string> Names = new() { [A] = "城关一小", [B] = "东山小学" };

    static RoundApplicant Applicant(Guid school, decimal score, Guid[]? choices = null, bool willing = true, int waited = 0, decimal record = 80,
        DateOnly? born = null, Gender gender = Gender.Female, params PersonStatus[] statuses)
    {
        var person = People.Teacher(new DateOnly(2015, 9, 1), gender, born ?? new DateOnly(1985, 1, 1), school) with { Statuses = statuses.ToHashSet() };
        return new RoundApplicant(person, score, record, choices ?? [], willing, waited);
    }

    static RoundOutcomeReport Run(IReadOnlyList<RoundApplicant> applicants, Dictionary<Guid, int>? reserved = null) =>
        ReappointmentRound.Run(Round, new RoundRules(), [new RoundPost(A, "primary", Subject.Chinese, 10), new RoundPost(B, "primary", Subject.Chinese, 10)],
            reserved ?? [], applicants, Names);

    // 在剩余岗位中按照本校竞聘上岗90%、跨校竞聘上岗10%的原则分两批 [004].
    [Fact]
    public void Ninety_percent_go_to_the_schools_own_teachers_and_ten_percent_across_schools_in_two_batches()
    {
        var atA = Enumerable.Range(0, 12).Select(i => Applicant(A, 90 - i, choices: [B], willing: i != 11)).ToList(); // scores 90 … 79
        var atB = Enumerable.Range(0, 10).Select(i => Applicant(B, 85 - i, choices: [A])).ToList();                   // scores 85 … 76

        var report = Run([.. atA, .. atB]);

        var outcome = report.People.ToDictionary(r => r.PersonId);
        Assert.All(atA.Take(9), a => Assert.Equal(RoundOutcome.OwnSchool, outcome[a.Person.Id].Outcome));
        Assert.All(atB.Take(9), a => Assert.Equal(RoundOutcome.OwnSchool, outcome[a.Person.Id].Outcome));
        // A's best loser (score 81) wins B's tenth post; B's loser (76) wins A's tenth.
        Assert.Equal((RoundOutcome.CrossSchool, B), (outcome[atA[9].Person.Id].Outcome, outcome[atA[9].Person.Id].SchoolId!.Value));
        Assert.Equal((RoundOutcome.CrossSchool, A), (outcome[atB[9].Person.Id].Outcome, outcome[atB[9].Person.Id].SchoolId!.Value));
        // Nothing free is left for the bureau to place: the other two wait.
        Assert.Equal(RoundOutcome.Waiting, outcome[atA[10].Person.Id].Outcome);
        Assert.Equal(RoundOutcome.Waiting, outcome[atA[11].Person.Id].Outcome);
        Assert.Contains("bureau placement: not willing to be placed", outcome[atA[11].Person.Id].Explanation.Select(e => e.En));

        var summaryA = report.Schools.Single(s => s.SchoolId == A);
        Assert.Equal((10, 9, 9, 1, 0), (summaryA.Posts, summaryA.OwnQuota, summaryA.OwnPlaced, summaryA.CrossPlaced, summaryA.Vacant));
        Assert.Equal(
            ["batch 1, own school: not placed (score 80 ranked 11 of 12 at 城关一小 for 9 own-school posts, all taken)",
             "batch 2, cross-school: no free post of the subject at the schools chosen",
             "bureau placement: no free post of the subject in the county",
             "waiting (待岗) one semester: basic pay, basic performance pay, at most 50% of the year-end quality bonus, no incentive pay"],
            outcome[atA[10].Person.Id].Explanation.Select(e => e.En));
        Assert.Equal("组织调剂：全县没有对应学科的空岗", outcome[atA[10].Person.Id].Explanation[2].Zh);
        Assert.Equal(0.5m, outcome[atA[10].Person.Id].Pay!.MaxYearEndBonusShare);
        Assert.False(outcome[atA[10].Person.Id].Pay!.IncentivePerformancePay);
    }

    // 提前将…正在休产假、重病假、脱贫攻坚驻村工作队队员、援藏援彝支教人员和…距离法定退休年龄不足三年的教师聘用在原学校相应岗位上 [004].
    [Theory]
    [InlineData(PersonStatus.MaternityLeave)]
    [InlineData(PersonStatus.SeriousIllnessLeave)]
    [InlineData(PersonStatus.VillageWorkTeam)]
    [InlineData(PersonStatus.AidPosting)]
    public void Protected_people_keep_their_post_whatever_their_score(PersonStatus status)
    {
        var others = Enumerable.Range(0, 10).Select(i => Applicant(A, 90 - i)).ToList();
        var protectedOne = Applicant(A, 10, statuses: status);

        var report = Run([.. others, protectedOne]);

        var result = report.People.Single(r => r.PersonId == protectedOne.Person.Id);
        Assert.Equal((RoundOutcome.Protected, A), (result.Outcome, result.SchoolId!.Value));
        Assert.StartsWith("protected: ", result.Explanation[0]);
        // The protected post comes off the top: 9 left, 8 for the school's own teachers (90%), 1 across schools.
        Assert.Equal(8, report.People.Count(r => r.Outcome == RoundOutcome.OwnSchool));
    }

    // 距离法定退休年龄不足三年: a woman retiring at 55 less than three years after the round's month is protected; exactly three is not.
    [Theory]
    [InlineData("1973-07-31", true)]
    [InlineData("1973-08-01", false)]
    public void Under_three_years_to_retirement_is_protected_at_the_boundary(string born, bool expected)
    {
        var person = Applicant(A, 50, born: DateOnly.Parse(born)).Person;
        Assert.Equal(expected, ReappointmentRound.ProtectedReason(person, Round, new RoundRules()) is not null);
    }

    [Fact]
    public void Posts_held_for_this_years_recruits_are_not_competed_for_and_the_bureau_places_by_record()
    {
        var atA = Enumerable.Range(0, 10).Select(i => Applicant(A, 90 - i)).ToList();
        var outsider = Applicant(B, 40, record: 95);

        var report = ReappointmentRound.Run(Round, new RoundRules(), [new RoundPost(A, "primary", Subject.Chinese, 12)], new Dictionary<Guid, int> { [A] = 2 },
            [.. atA, outsider], Names);

        var summary = Assert.Single(report.Schools);
        Assert.Equal((2, 9, 9), (summary.Reserved, summary.OwnQuota, summary.OwnPlaced)); // 12 − 2 held = 10; 90% = 9
        var outsiderResult = report.People.Single(r => r.PersonId == outsider.Person.Id);
        Assert.Equal(RoundOutcome.BureauPlaced, outsiderResult.Outcome); // applied nowhere, but willing: the bureau places by subject and record
        Assert.Contains("batch 2, cross-school: applied nowhere", outsiderResult.Explanation.Select(e => e.En));
        Assert.Equal(RoundOutcome.Waiting, report.People.Single(r => r.PersonId == atA[9].Person.Id).Outcome);
    }

    // 继续待岗期间只发放基本工资、基础性绩效; 连续三年内不能竞聘上岗成功的…直至解聘 [004].
    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Waiting_again_loses_the_bonus_and_three_years_unplaced_starts_dismissal(int semestersBefore, bool dismissal)
    {
        var loser = Applicant(A, 1, willing: false, waited: semestersBefore);
        var report = ReappointmentRound.Run(Round, new RoundRules(), [], new Dictionary<Guid, int>(), [loser], Names);

        var result = Assert.Single(report.People);
        Assert.Equal(RoundOutcome.Waiting, result.Outcome);
        Assert.Equal(0m, result.Pay!.MaxYearEndBonusShare);
        Assert.Equal(dismissal, result.DismissalProcedure);
    }

    // 在剩余岗位中按照本校竞聘上岗90%、跨校竞聘上岗10%的原则 [004]: six schools of 5 posts each have 3 cross-school posts
    // between them (10% of 30), not 6 (one per school, 20%), and a school's own-school posts left empty are the bureau's
    // to place, not batch two's.
    [Fact]
    public void The_cross_school_share_stays_at_ten_percent_of_the_remaining_posts()
    {
        var schools = Enumerable.Range(1, 6).ToDictionary(_ => Guid.NewGuid(), i => $"第{i}小学");

        var quotas = ReappointmentRound.CrossSchoolQuotas(schools.Keys.ToDictionary(s => s, _ => 5), 0.10m, s => schools[s]);

        Assert.Equal(3, quotas.Values.Sum());
        Assert.All(quotas.Values, q => Assert.InRange(q, 0, 1));
        Assert.Equal(3, ReappointmentRound.CrossSchoolQuotas(new Dictionary<Guid, int> { [A] = 26, [B] = 4 }, 0.10m, s => Names[s]).Values.Sum());
        Assert.Equal(3, ReappointmentRound.CrossSchoolQuotas(new Dictionary<Guid, int> { [A] = 26, [B] = 4 }, 0.10m, s => Names[s])[A]); // 2.6 and 0.4

        // A has 10 posts and 5 own teachers; B's 3 losers choose A: only A's one cross-school post goes to them.
        var atA = Enumerable.Range(0, 5).Select(i => Applicant(A, 90 - i)).ToList();
        var atB = Enumerable.Range(0, 12).Select(i => Applicant(B, 85 - i, choices: [A], willing: false)).ToList();
        var report = Run([.. atA, .. atB]);

        var summary = report.Schools.Single(s => s.SchoolId == A);
        Assert.Equal((9, 5, 1), (summary.OwnQuota, summary.OwnPlaced, summary.CrossPlaced));
        Assert.Equal(4, summary.Vacant); // left for the bureau (those at B refused placement)
    }

    // 因布局调整学校撤并的教师先期纳入学生流入地学校管理 [004].
    [Fact]
    public void Teachers_of_a_merged_school_compete_at_the_school_their_students_went_to()
    {
        var closed = Guid.NewGuid();
        var names = new Dictionary<Guid, string>(Names) { [closed] = "北山村小" };
        var fromClosed = Applicant(closed, 88);

        var report = ReappointmentRound.Run(Round, new RoundRules(), [new RoundPost(B, "primary", Subject.Chinese, 10)], new Dictionary<Guid, int>(),
            [fromClosed], names, new Dictionary<Guid, Guid> { [closed] = B });

        var result = Assert.Single(report.People);
        Assert.Equal((RoundOutcome.OwnSchool, B), (result.Outcome, result.SchoolId!.Value));
        Assert.StartsWith("北山村小因布局调整撤并，随学生纳入东山小学管理", result.Explanation[0].Zh);
    }
}
