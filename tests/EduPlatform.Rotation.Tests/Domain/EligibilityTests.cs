using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Tests.Domain;

public sealed class EligibilityTests
{
    static readonly RotationPolicy Wolong = RotationPolicyPresets.Find("wolong")!;
    static readonly RotationPolicy Tuanfeng = RotationPolicyPresets.Find("tuanfeng")!;
    static readonly RotationPolicy Hubei = RotationPolicyPresets.Find("hubei")!;
    const int Year = 2025; // decided as of 2025-09-01

    static EligibilityDecision Decide(Person p, RotationPolicy? policy = null) => Eligibility.Decide(p, Year, policy ?? Wolong, People.Schools);

    // 在同一所学校连续任教达到6年及以上的专任教师原则上也应交流轮岗 [001]: 6 years on 1 September is due, a day short is not.
    [Theory]
    [InlineData("2019-09-01", EligibilityStatus.MustRotate, 6)]
    [InlineData("2019-09-02", EligibilityStatus.MayRotate, 5)]
    [InlineData("2020-09-01", EligibilityStatus.MayRotate, 5)]
    [InlineData("2012-03-01", EligibilityStatus.MustRotate, 13)]
    public void Teachers_must_rotate_after_six_years_at_one_school(string since, EligibilityStatus expected, int years)
    {
        var decision = Decide(People.Teacher(DateOnly.Parse(since)));

        Assert.Equal(expected, decision.Status);
        var finding = Assert.Single(decision.Findings, f => f.Rule == Eligibility.TeacherYears);
        Assert.Contains($"{years} consecutive years", finding.Facts);
    }

    [Fact]
    public void A_county_that_sets_five_years_moves_the_threshold()
    {
        var five = Wolong with { TeacherYearsAtSchool = 5 };
        Assert.Equal(EligibilityStatus.MustRotate, Decide(People.Teacher(new DateOnly(2020, 9, 1)), five).Status);
    }

    // 男教师超过55周岁、女教师超过50周岁的 [001] (2): over 55 means 56 in completed years on 1 September.
    [Theory]
    [InlineData(Gender.Male, "1969-09-01", true, 56)]
    [InlineData(Gender.Male, "1969-09-02", false, 55)]
    [InlineData(Gender.Female, "1974-09-01", true, 51)]
    [InlineData(Gender.Female, "1975-09-01", false, 50)]
    public void Men_over_55_and_women_over_50_are_exempt(Gender gender, string born, bool exempt, int age)
    {
        var decision = Decide(People.Teacher(new DateOnly(2010, 9, 1), gender, DateOnly.Parse(born)));

        Assert.Equal(exempt ? EligibilityStatus.Exempt : EligibilityStatus.MustRotate, decision.Status);
        if (exempt)
        {
            var limit = gender == Gender.Male ? 55 : 50;
            Assert.Equal($"exempt: {(gender == Gender.Male ? "man" : "woman")} aged {age} > {limit}, [001] 四(一)2 暂不纳入交流范围(2)", decision.Explanation);
        }
    }

    [Fact]
    public void The_national_preset_has_no_age_exemption_but_a_county_may_set_one()
    {
        var old = People.Teacher(new DateOnly(2010, 9, 1), Gender.Female, new DateOnly(1970, 1, 1));
        Assert.Equal(EligibilityStatus.MustRotate, Decide(old, RotationPolicyPresets.Find("national")).Status);
        var withAge = RotationPolicyPresets.Find("national")! with { Exemptions = new ExemptionRules { WomenOverAge = 50 } };
        Assert.Equal(EligibilityStatus.Exempt, Decide(old, withAge).Status);
    }

    [Theory]
    [InlineData(PersonStatus.Pregnant, Eligibility.ExemptPregnancy)]
    [InlineData(PersonStatus.Nursing, Eligibility.ExemptPregnancy)]
    [InlineData(PersonStatus.CertifiedIllness, Eligibility.ExemptIllness)]
    [InlineData(PersonStatus.FeaturedCourseLead, Eligibility.ExemptFeaturedCourse)]
    [InlineData(PersonStatus.BureauExempt, Eligibility.ExemptBureau)]
    public void Statuses_exempt_with_their_rule(PersonStatus status, string rule)
    {
        var p = People.Teacher(new DateOnly(2010, 9, 1)) with { Statuses = new HashSet<PersonStatus> { status } };

        var decision = Decide(p);

        Assert.Equal(EligibilityStatus.Exempt, decision.Status);
        Assert.Contains(decision.Findings, f => f.Rule == rule && f.Effect == EligibilityStatus.Exempt);
        // The obligation is still shown: the person would be due but for the exemption.
        Assert.Contains(decision.Findings, f => f.Rule == Eligibility.TeacherYears && f.Effect == EligibilityStatus.MustRotate);
    }

    // 已有2所以上其他学校工作经历且每所学校工作时间达到3年及以上 [001] (6).
    [Fact]
    public void Two_other_schools_of_three_years_each_exempt_but_one_day_short_does_not()
    {
        var enough = People.Teacher(new DateOnly(2015, 9, 1), earlier:
            [new SchoolStint(People.Other1, new DateOnly(2009, 9, 1), new DateOnly(2012, 9, 1)), new SchoolStint(People.Other2, new DateOnly(2012, 9, 1), new DateOnly(2015, 9, 1))]);
        var shortOne = People.Teacher(new DateOnly(2015, 9, 1), earlier:
            [new SchoolStint(People.Core, new DateOnly(2009, 9, 1), new DateOnly(2012, 9, 1)),
             new SchoolStint(People.Other2, new DateOnly(2012, 9, 2), new DateOnly(2015, 8, 31))]);

        Assert.Equal(EligibilityStatus.Exempt, Decide(enough).Status);
        Assert.Contains("2 other schools", Decide(enough).Explanation);
        Assert.NotEqual(EligibilityStatus.Exempt, Decide(shortOne).Status);
    }

    // …或曾在农村学校工作满6年及以上的城区教师 [001] (6).
    [Theory]
    [InlineData("2013-09-01", true)]
    [InlineData("2013-09-02", false)]
    public void An_urban_teacher_with_six_rural_years_is_exempt(string ruralFrom, bool exempt)
    {
        var p = People.Teacher(new DateOnly(2019, 9, 1), earlier: [new SchoolStint(People.Rural, DateOnly.Parse(ruralFrom), new DateOnly(2019, 9, 1))]);

        Assert.Equal(exempt, Decide(p).Status == EligibilityStatus.Exempt);
    }

    // 校长任职不满一届的 [001] (1); 连续任满两届或6年后 [001].
    [Theory]
    [InlineData("2023-09-01", EligibilityStatus.Exempt, Eligibility.ExemptFirstTerm)]
    [InlineData("2022-09-01", EligibilityStatus.MayRotate, Eligibility.PrincipalTerms)]
    [InlineData("2019-09-01", EligibilityStatus.MustRotate, Eligibility.PrincipalTerms)]
    public void Principals_rotate_after_two_terms_and_not_in_their_first(string inPostSince, EligibilityStatus expected, string rule)
    {
        var p = People.Teacher(DateOnly.Parse(inPostSince), role: PersonRole.Principal) with { InPostSince = DateOnly.Parse(inPostSince), Subjects = [] };

        var decision = Decide(p);

        Assert.Equal(expected, decision.Status);
        Assert.Contains(decision.Findings, f => f.Rule == rule && f.Effect == expected);
    }

    [Fact]
    public void Wolong_principals_also_rotate_after_six_years_at_the_school_whatever_the_post_date()
    {
        var p = People.Teacher(new DateOnly(2019, 9, 1), role: PersonRole.VicePrincipal) with { InPostSince = new DateOnly(2021, 9, 1), Subjects = [] };

        Assert.Equal(EligibilityStatus.MustRotate, Decide(p).Status);
        Assert.Contains("6 years at this school ≥ 6", Decide(p).Explanation);
    }

    // 新招录教师在核心校跟岗学习1年，考核合格转正后必须到乡镇任教3年 [003].
    [Fact]
    public void Tuanfeng_recruits_go_to_a_township_campus_after_their_core_year()
    {
        var first = People.Teacher(new DateOnly(2025, 8, 20), school: People.Core, hiredOn: new DateOnly(2025, 8, 20));
        var second = People.Teacher(new DateOnly(2024, 8, 20), school: People.Core, hiredOn: new DateOnly(2024, 8, 20));
        var served = People.Teacher(new DateOnly(2025, 8, 20), school: People.Core, hiredOn: new DateOnly(2024, 8, 20),
            earlier: [new SchoolStint(People.Core, new DateOnly(2024, 8, 20), new DateOnly(2025, 1, 20)), new SchoolStint(People.Rural, new DateOnly(2025, 1, 20), new DateOnly(2025, 8, 20))]);

        Assert.Equal(EligibilityStatus.MayRotate, Decide(first, Tuanfeng).Status);
        Assert.Equal(EligibilityStatus.MustRotate, Decide(second, Tuanfeng).Status);
        Assert.Contains(Decide(second, Tuanfeng).Findings, f => f.Rule == Eligibility.CoreRecruit);
        Assert.DoesNotContain(Decide(served, Tuanfeng).Findings, f => f.Rule == Eligibility.CoreRecruit);
    }

    // 县城义务教育学校新招录教师工作5年内应到乡村学校交流轮岗 [002]: the 3-year term ends within the five years, so a
    // recruit of 2024-08-01 (deadline 2029-08-01) starts by the 2025 school year; one of 2025 may still wait a year.
    [Theory]
    [InlineData("2025-08-01", EligibilityStatus.MayRotate)]
    [InlineData("2024-08-01", EligibilityStatus.MustRotate)]
    [InlineData("2021-08-01", EligibilityStatus.MustRotate)]
    public void Hubei_county_town_recruits_serve_rurally_within_five_years(string hired, EligibilityStatus expected)
    {
        var p = People.Teacher(DateOnly.Parse(hired), hiredOn: DateOnly.Parse(hired));

        var decision = Decide(p, Hubei);

        Assert.Equal(expected, decision.Status);
        Assert.Contains(decision.Findings, f => f.Rule == Eligibility.CountyTownRecruit && f.Effect == expected);
    }

    [Fact]
    public void Someone_serving_a_rotation_is_not_due_again_before_the_minimum_stay()
    {
        var p = People.Teacher(new DateOnly(2010, 9, 1)) with
        {
            CurrentSchoolId = People.Rural,
            History = [new SchoolStint(People.Urban, new DateOnly(2010, 9, 1), new DateOnly(2024, 9, 1)), new SchoolStint(People.Rural, new DateOnly(2024, 9, 1), null, ByRotation: true)],
        };

        var tuanfeng = Decide(p, Tuanfeng);

        Assert.Equal(EligibilityStatus.Exempt, tuanfeng.Status);
        Assert.Contains("1 of the term's 3 years", tuanfeng.Explanation); // primary: 3 years at the campus [003]
    }
}
