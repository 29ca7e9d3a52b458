using EduPlatform.Kernel;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Tests.Domain;

/// <summary>The rotation rules read as the documents word them (issue 24, items 1–3, 5, 6).</summary>
public sealed class RulesReadExactlyTests
{
    static readonly RotationPolicy Wolong = RotationPolicyPresets.Find("wolong")!;
    static readonly RotationPolicy National = RotationPolicyPresets.Find("national")!;
    static readonly RotationPolicy Hubei = RotationPolicyPresets.Find("hubei")!;
    static readonly RotationPolicy Tuanfeng = RotationPolicyPresets.Find("tuanfeng")!;
    const int Year = 2025;

    static EligibilityDecision Decide(Person p, RotationPolicy policy) => Eligibility.Decide(p, Year, policy, People.Schools);

    static Person Principal(DateOnly inPostSince, DateOnly atSchoolSince, PersonRole role = PersonRole.Principal) =>
        People.Teacher(atSchoolSince, role: role, earlier: [new SchoolStint(People.Other1, new DateOnly(2005, 9, 1), atSchoolSince.AddDays(-1))])
            with { InPostSince = inPostSince, Subjects = [] };

    // 公办学校校长、副校长在同一所学校连续任满两届或6年后，原则上应交流轮岗 [001]; 校长任期满两届 [003]: in post since 2015,
    // but only one year at this school (placed here in 2024), so the terms have just started again.
    [Fact]
    public void Principal_terms_count_at_the_school_so_a_placement_starts_them_again()
    {
        var placed = Principal(new DateOnly(2015, 9, 1), new DateOnly(2024, 9, 1));

        var decision = Decide(placed, National);

        Assert.NotEqual(EligibilityStatus.MustRotate, decision.Status);
        Assert.Contains(decision.Findings, f => f.Rule == Eligibility.ExemptFirstTerm && f.Facts.En == "principal 1 years in post at this school < one term of 3");
        Assert.Contains(decision.Findings, f => f.Rule == Eligibility.PrincipalTerms && f.Effect == EligibilityStatus.MayRotate);

        var stayed = Principal(new DateOnly(2015, 9, 1), new DateOnly(2015, 9, 1));
        Assert.Equal(EligibilityStatus.MustRotate, Decide(stayed, National).Status);
        Assert.Contains("10 years in post at this school ≥ 2 terms of 3", Decide(stayed, National).Explanation.En);
    }

    // 以下人员可暂不纳入交流范围：(1)校长任职不满一届的 [001] — principals; vice-principals only by the county's own rule.
    [Fact]
    public void The_first_term_exemption_is_for_principals_and_vice_principals_only_where_the_county_adds_them()
    {
        var vice = Principal(new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 1), PersonRole.VicePrincipal);

        Assert.DoesNotContain(Decide(vice, Wolong).Findings, f => f.Rule == Eligibility.ExemptFirstTerm);
        var principal = vice with { Role = PersonRole.Principal };
        Assert.Equal(EligibilityStatus.Exempt, Decide(principal, Wolong).Status);

        var county = new RotationSettings { CountyCode = "411303", Preset = "wolong", FirstTermCoversVicePrincipals = true }.ToPolicy();
        var extended = Decide(vice, county);
        Assert.Equal(EligibilityStatus.Exempt, extended.Status);
        Assert.Contains("本县规定", extended.Findings.Single(f => f.Rule == Eligibility.ExemptFirstTerm).Source);
    }

    // (2)男教师超过55周岁、女教师超过50周岁的 [001] — teachers; a principal of 57 is not exempt unless the county says so.
    [Fact]
    public void The_age_exemption_is_for_teachers_and_cadres_only_where_the_county_adds_them()
    {
        var principal = People.Teacher(new DateOnly(2010, 9, 1), Gender.Male, new DateOnly(1968, 1, 1), role: PersonRole.Principal)
            with { InPostSince = new DateOnly(2010, 9, 1), Subjects = [] };
        var manager = principal with { Role = PersonRole.MiddleManager, InPostSince = null };

        Assert.Equal(EligibilityStatus.MustRotate, Decide(principal, Wolong).Status);
        Assert.DoesNotContain(Decide(principal, Wolong).Findings, f => f.Rule == Eligibility.ExemptAge);
        Assert.Equal(EligibilityStatus.Exempt, Decide(manager, Wolong).Status); // 中层干部 are teachers

        var county = new RotationSettings { CountyCode = "411303", Preset = "wolong", AgeCoversCadres = true }.ToPolicy();
        Assert.Equal(EligibilityStatus.Exempt, Decide(principal, county).Status);
    }

    // 曾在农村学校工作满6年及以上的城区教师 [001] (6): 镇区 is not 农村 unless the county counts it so.
    [Fact]
    public void Town_schools_count_as_rural_only_where_the_county_says_so()
    {
        var p = People.Teacher(new DateOnly(2019, 9, 1), earlier: [new SchoolStint(People.Other2, new DateOnly(2012, 9, 1), new DateOnly(2019, 8, 31))]);

        Assert.Equal(Localities.Rural, National.RuralLocalities);
        Assert.NotEqual(EligibilityStatus.Exempt, Decide(p, Wolong).Status);
        var county = new RotationSettings { CountyCode = "411303", Preset = "wolong", TownCountsAsRural = true }.ToPolicy();
        Assert.Equal(EligibilityStatus.Exempt, Decide(p, county).Status);
    }

    // 县城…新招录教师工作5年内应到乡村学校交流轮岗 [002]: where the term is the 1-year minimum stay the move may wait to
    // year 4; with the 3-year exchange term it is due from the 2nd year.
    [Theory]
    [InlineData(TermBasis.MinimumStay, "2022-08-01", EligibilityStatus.MustRotate, 2025)]
    [InlineData(TermBasis.MinimumStay, "2023-08-01", EligibilityStatus.MayRotate, 2026)]
    [InlineData(TermBasis.ExchangeTerm, "2024-08-01", EligibilityStatus.MustRotate, 2025)]
    public void County_town_recruits_are_planned_so_their_rural_term_ends_within_five_years(TermBasis basis, string hired, EligibilityStatus expected, int latestStart)
    {
        var recruit = People.Teacher(DateOnly.Parse(hired), hiredOn: DateOnly.Parse(hired));

        var finding = Decide(recruit, Hubei with { TermBasis = basis }).Findings.Single(f => f.Rule == Eligibility.CountyTownRecruit);

        Assert.Equal(expected, finding.Effect);
        Assert.Contains($"最迟 {latestStart} 学年开始", finding.Facts.Zh);
    }

    // 幼儿园、小学…至少工作3年；初中物理、化学、地理、生物…至少工作2年 [003]; 教师…不低于1年，干部…不低于3年 [001]: the
    // minimums set the term where the county's basis is the minimum stay; otherwise the 3-year exchange term, never shorter.
    [Theory]
    [InlineData("tuanfeng", "junior", Subject.Physics, PersonRole.Teacher, 2)]
    [InlineData("tuanfeng", "junior", Subject.Chinese, PersonRole.Teacher, 3)]
    [InlineData("tuanfeng", "primary", Subject.Physics, PersonRole.Teacher, 3)]
    [InlineData("wolong", "junior", Subject.Physics, PersonRole.Teacher, 1)]
    [InlineData("wolong", "junior", Subject.Physics, PersonRole.VicePrincipal, 3)]
    [InlineData("national", "junior", Subject.Physics, PersonRole.Teacher, 3)]
    public void Minimum_stays_set_the_shortest_term(string preset, string stage, Subject subject, PersonRole role, int years)
    {
        var p = People.Teacher(new DateOnly(2010, 9, 1), role: role) with { Stage = stage, Subjects = [subject] };

        Assert.Equal(years, RotationTerm.For(p, RotationPolicyPresets.Find(preset)!).Years);
    }

    // The serving-rotation exemption ends with the term actually set: a Tuanfeng physics teacher placed in 2023 is due again.
    [Fact]
    public void A_two_year_term_ends_after_two_years()
    {
        var p = People.Teacher(new DateOnly(2010, 9, 1)) with
        {
            Stage = "junior", Subjects = [Subject.Physics], CurrentSchoolId = People.Rural,
            History = [new SchoolStint(People.Urban, new DateOnly(2010, 9, 1), new DateOnly(2023, 8, 31)), new SchoolStint(People.Rural, new DateOnly(2023, 9, 1), null, ByRotation: true)],
        };

        Assert.DoesNotContain(Decide(p, Tuanfeng).Findings, f => f.Rule == Eligibility.ServingRotation);
        Assert.Contains(Decide(p, National).Findings, f => f.Rule == Eligibility.ServingRotation);
    }

    // 将教师到乡村学校任教交流经历作为教师高级职称评审必备条件 [000]: every applicant, not only county-town teachers.
    [Fact]
    public void A_senior_title_needs_a_rural_or_weak_year_from_every_applicant()
    {
        var asOf = new DateOnly(2026, 1, 1);
        var none = CareerRules.Check(CareerStep.SeniorTitle, countyTownTeacher: false, [], [], new Dictionary<int, string>(), asOf);
        var served = CareerRules.Check(CareerStep.SeniorTitle, countyTownTeacher: false,
            [new ServicePeriod(People.Rural, "东山小学", new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31), "rural")], [], new Dictionary<int, string>(), asOf);

        Assert.False(none.Allowed);
        Assert.StartsWith("[000] 将教师到乡村学校任教交流经历作为教师高级职称评审必备条件", none.Source);
        Assert.True(served.Allowed);
    }

    // 交流期一般为3年 [000][003], or the minimum stay where the county's term basis says so ([003] 至少工作…年): a person serves
    // the placement until the end date the approved plan set, even when the county's term has changed since, and is
    // counted again once it has ended.
    [Fact]
    public void A_person_serving_a_rotation_is_exempt_until_the_placement_ends_as_the_approved_plan_set_it()
    {
        var home = new SchoolStint(People.Urban, new DateOnly(2010, 9, 1), new DateOnly(2025, 8, 31));
        Person Placed(DateOnly until) => People.Teacher(new DateOnly(2010, 9, 1)) with
        {
            CurrentSchoolId = People.Rural,
            History = [home, new SchoolStint(People.Rural, new DateOnly(2025, 9, 1), null, ByRotation: true, PlacedUntil: until)],
        };

        var oneYear = Placed(new DateOnly(2026, 8, 31)); // approved under a one-year minimum stay; the county now has 3-year terms
        Assert.Equal(EligibilityStatus.Exempt, Eligibility.Decide(oneYear, 2025, National, People.Schools).Status);
        Assert.DoesNotContain(Eligibility.Decide(oneYear, 2026, National, People.Schools).Findings, f => f.Rule == Eligibility.ServingRotation);

        var exchange = Placed(new DateOnly(2028, 8, 31));
        var serving = Eligibility.Decide(exchange, 2027, National, People.Schools);
        Assert.Contains(serving.Findings, f => f.Rule == Eligibility.ServingRotation && f.Facts.Zh.Contains("2028-08-31"));
        Assert.DoesNotContain(Eligibility.Decide(exchange, 2028, National, People.Schools).Findings, f => f.Rule == Eligibility.ServingRotation);
    }
}
