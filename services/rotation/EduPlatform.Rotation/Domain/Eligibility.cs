using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain;

public enum EligibilityStatus { MustRotate, MayRotate, Exempt }

/// <summary>One rule's finding about a person: the rule id, what it decided, the facts it used, and its policy source.</summary>
public sealed record RuleFinding(string Rule, EligibilityStatus Effect, Words Facts, string Source)
{
    public Words Sentence => Texts.Finding(Effect, Facts, Source);

    public override string ToString() => Sentence;
}

public sealed record EligibilityDecision(Guid PersonId, EligibilityStatus Status, IReadOnlyList<RuleFinding> Findings)
{
    /// <summary>The deciding findings in one line, e.g. "暂不纳入：女，51 岁，超过 50 岁，[001] 四(一)2 暂不纳入交流范围(2)".</summary>
    public Words Explanation => Words.Join(Findings.Where(f => f.Effect == Status).Select(f => f.Sentence));
}

/// <summary>What rotation knows of a school for the rules: its locality and whether it is an alliance's core school.</summary>
public sealed record SchoolFacts(Guid Id, string Name, string Stage, string Locality, bool IsCore);

/// <summary>
/// Decides for one school year whether a person must rotate, may rotate or is exempt (domain.md §3), as of 1 September
/// of that year: rotation happens in the summer and people are in place before the autumn term [001].
/// </summary>
public static class Eligibility
{
    public const string TeacherYears = "rotation.teacher.years-at-school";
    public const string PrincipalTerms = "rotation.principal.terms";
    public const string CountyTownRecruit = "rotation.recruit.county-town-rural";
    public const string CoreRecruit = "rotation.recruit.core-then-township";
    public const string ExemptFirstTerm = "rotation.exempt.principal-first-term";
    public const string ExemptAge = "rotation.exempt.age";
    public const string ExemptFeaturedCourse = "rotation.exempt.featured-course-lead";
    public const string ExemptPregnancy = "rotation.exempt.pregnancy-nursing";
    public const string ExemptIllness = "rotation.exempt.illness";
    public const string ExemptExperienced = "rotation.exempt.experienced";
    public const string ExemptBureau = "rotation.exempt.bureau";
    public const string ServingRotation = "rotation.serving-rotation";
    public const string NotDue = "rotation.not-due";

    const string ExemptionSource = "[001] 四(一)2 暂不纳入交流范围";
    const string CountyAddition = "本县规定（[001] 对暂不纳入交流轮岗的对象，由区教体局结合实际确定）";

    public static DateOnly ReferenceDate(int schoolYear) => SchoolYear.StartsOn(schoolYear);

    public static EligibilityDecision Decide(Person person, int schoolYear, RotationPolicy policy, IReadOnlyDictionary<Guid, SchoolFacts> schools)
    {
        var on = ReferenceDate(schoolYear);
        var findings = new List<RuleFinding>();
        Exemptions(person, on, policy, schools, findings);
        Obligations(person, on, policy, schools, findings);
        var status = findings.Any(f => f.Effect == EligibilityStatus.Exempt) ? EligibilityStatus.Exempt
            : findings.Any(f => f.Effect == EligibilityStatus.MustRotate) ? EligibilityStatus.MustRotate
            : EligibilityStatus.MayRotate;
        if (status == EligibilityStatus.MayRotate && findings.All(f => f.Effect != EligibilityStatus.MayRotate))
        {
            findings.Add(new RuleFinding(NotDue, EligibilityStatus.MayRotate, Texts.NoRuleRequires, "[001][003]"));
        }

        return new EligibilityDecision(person.Id, status, findings);
    }

    static void Exemptions(Person p, DateOnly on, RotationPolicy policy, IReadOnlyDictionary<Guid, SchoolFacts> schools, List<RuleFinding> findings)
    {
        var rules = policy.Exemptions;
        void Exempt(string rule, Words facts, string source) => findings.Add(new RuleFinding(rule, EligibilityStatus.Exempt, facts, source));

        // (1) 校长任职不满一届的: principals; vice-principals only where the county extends it.
        var firstTermApplies = p.Role == PersonRole.Principal || (p.Role == PersonRole.VicePrincipal && rules.FirstTermCoversVicePrincipals);
        if (rules.PrincipalFirstTerm && firstTermApplies && PostAtSchoolSince(p) is { } since && Dates.CompletedYears(since, on) < policy.PrincipalTermYears)
        {
            Exempt(ExemptFirstTerm, Texts.FirstTerm(p.Role, Dates.CompletedYears(since, on), policy.PrincipalTermYears),
                p.Role == PersonRole.Principal ? $"{ExemptionSource}(1)" : $"{ExemptionSource}(1); {CountyAddition}");
        }

        // (2) 男教师超过55周岁、女教师超过50周岁的: teachers (middle managers teach); cadres only where the county extends it.
        var age = p.AgeOn(on);
        var limit = p.Gender == Gender.Male ? rules.MenOverAge : rules.WomenOverAge;
        if (limit is { } over && age > over && (!p.IsCadre || rules.AgeCoversCadres))
        {
            Exempt(ExemptAge, Texts.Aged(p.Gender, age, over), p.IsCadre ? $"{ExemptionSource}(2); {CountyAddition}" : $"{ExemptionSource}(2)");
        }

        if (rules.FeaturedCourseLead && p.Statuses.Contains(PersonStatus.FeaturedCourseLead))
        {
            Exempt(ExemptFeaturedCourse, Texts.FeaturedCourse, $"{ExemptionSource}(3)");
        }

        if (rules.PregnancyOrNursing && (p.Statuses.Contains(PersonStatus.Pregnant) || p.Statuses.Contains(PersonStatus.Nursing) || p.Statuses.Contains(PersonStatus.MaternityLeave)))
        {
            Exempt(ExemptPregnancy, p.Statuses.Contains(PersonStatus.Nursing) ? Texts.Nursing : Texts.Pregnant, $"{ExemptionSource}(4)");
        }

        if (rules.CertifiedIllness && (p.Statuses.Contains(PersonStatus.CertifiedIllness) || p.Statuses.Contains(PersonStatus.SeriousIllnessLeave)))
        {
            Exempt(ExemptIllness, Texts.Illness, $"{ExemptionSource}(5)");
        }

        if (rules.Experienced is { } experienced)
        {
            var otherLongStints = p.History
                .Where(h => h.SchoolId != p.CurrentSchoolId)
                .GroupBy(h => h.SchoolId)
                .Count(g => Dates.YearsInDays(g.Sum(h => h.Days(on))) >= experienced.YearsEach);
            var ruralYears = Dates.YearsInDays(RuralDays(p, on, policy, schools));
            var urbanNow = schools.TryGetValue(p.CurrentSchoolId, out var current) && current.Locality == Localities.Urban; // 城区教师
            if (otherLongStints >= experienced.OtherSchools)
            {
                Exempt(ExemptExperienced, Texts.OtherSchools(otherLongStints, experienced.YearsEach, experienced.OtherSchools), $"{ExemptionSource}(6)");
            }
            else if (urbanNow && ruralYears >= experienced.UrbanTeacherRuralYears)
            {
                Exempt(ExemptExperienced, Texts.UrbanWithRuralYears(ruralYears, experienced.UrbanTeacherRuralYears), $"{ExemptionSource}(6)");
            }
        }

        if (p.Statuses.Contains(PersonStatus.BureauExempt))
        {
            Exempt(ExemptBureau, Texts.BureauCase, "[001] 对暂不纳入交流轮岗的对象，由区教体局结合实际确定");
        }

        if (p.CurrentStint is { ByRotation: true } stint)
        {
            // A placement lasts until the end date its approved plan set (a one-year itinerant timetable, a term edited by
            // hand); a stint recorded without one (an imported history) lasts the county's term.
            var term = RotationTerm.For(p, policy);
            if (stint.PlacedUntil is { } until ? on <= until : stint.Years(on) < term.Years)
            {
                Exempt(ServingRotation, stint.PlacedUntil is { } end ? Texts.ServingPlacement(stint.From, end) : Texts.ServingRotation(stint.From, stint.Years(on), term.Years),
                    term.Source);
            }
        }
    }

    static void Obligations(Person p, DateOnly on, RotationPolicy policy, IReadOnlyDictionary<Guid, SchoolFacts> schools, List<RuleFinding> findings)
    {
        var atSchool = p.CurrentStint?.Years(on) ?? 0;
        if (p.IsCadre)
        {
            // 在同一所学校连续任满两届 [001]: the terms count at this school, so a placement starts them again.
            var inPost = Dates.CompletedYears(PostAtSchoolSince(p) ?? on, on);
            var termsYears = policy.PrincipalTermsBeforeRotation * policy.PrincipalTermYears;
            if (inPost >= termsYears)
            {
                findings.Add(new RuleFinding(PrincipalTerms, EligibilityStatus.MustRotate,
                    Texts.CadreTerms(p.Role, inPost, policy.PrincipalTermsBeforeRotation, policy.PrincipalTermYears), "[001] 四(一) 连续任满两届; [003] 校长任期满两届"));
            }
            else if (policy.PrincipalYearsAtSchool is { } years && atSchool >= years)
            {
                findings.Add(new RuleFinding(PrincipalTerms, EligibilityStatus.MustRotate,
                    Texts.CadreYearsAtSchool(p.Role, atSchool, years), "[001] 四(一) 连续任满两届或6年"));
            }
            else
            {
                findings.Add(new RuleFinding(PrincipalTerms, EligibilityStatus.MayRotate,
                    Texts.CadreNotDue(p.Role, inPost, termsYears), "[001][003]"));
            }
        }
        else if (atSchool >= policy.TeacherYearsAtSchool)
        {
            findings.Add(new RuleFinding(TeacherYears, EligibilityStatus.MustRotate,
                Texts.TeacherDue(atSchool, policy.TeacherYearsAtSchool), "[001] 四(一) 连续任教达到6年及以上; [003] 教师工作满六年"));
        }
        else
        {
            findings.Add(new RuleFinding(TeacherYears, EligibilityStatus.MayRotate,
                Texts.TeacherNotDue(atSchool, policy.TeacherYearsAtSchool), "[001][003]"));
        }

        var sinceHire = Dates.CompletedYears(p.HiredOn, on);
        bool ServedSinceHire(IReadOnlySet<string> localities) =>
            p.History.Any(h => h.From >= p.HiredOn && schools.TryGetValue(h.SchoolId, out var s) && localities.Contains(s.Locality));
        var firstSchool = p.History.Where(h => h.From >= p.HiredOn).MinBy(h => h.From)?.SchoolId ?? p.CurrentSchoolId;
        var hiredAt = schools.GetValueOrDefault(firstSchool);

        if (policy.CountyTownRecruitRuralWithinYears is { } within && hiredAt is { Locality: Localities.Urban } && !ServedSinceHire(policy.RuralLocalities) && !p.IsCadre)
        {
            // The rural term is served within the first years, so it starts at the latest one term before the deadline;
            // from then on the move is due, before that the recruit may be planned in any year.
            var deadline = p.HiredOn.AddYears(within);
            var term = RotationTerm.For(p, policy).Years;
            var latestStart = SchoolYear.Of(deadline.AddYears(-term));
            var effect = SchoolYear.Of(on) >= latestStart ? EligibilityStatus.MustRotate : EligibilityStatus.MayRotate;
            findings.Add(new RuleFinding(CountyTownRecruit, effect,
                Texts.CountyTownRecruit(p.HiredOn, deadline, term, latestStart), "[002] 县城义务教育学校新招录教师工作5年内应到乡村学校交流轮岗"));
        }

        // 到乡镇任教 [003]: any campus outside the county town.
        if (policy.RecruitCoreYears is { } coreYears && hiredAt is { IsCore: true } && !ServedSinceHire(Localities.Township) && !p.IsCadre
            && sinceHire >= coreYears && sinceHire < coreYears + policy.RecruitTownshipYears)
        {
            findings.Add(new RuleFinding(CoreRecruit, EligibilityStatus.MustRotate,
                Texts.CoreRecruit(p.HiredOn, sinceHire, coreYears, policy.RecruitTownshipYears),
                "[003] 新招录教师在核心校跟岗学习1年，考核合格转正后必须到乡镇任教3年"));
        }
    }

    /// <summary>
    /// Since when the person holds the current principal or vice-principal post at the current school: the later of taking
    /// up the post and arriving at the school (two terms 在同一所学校 [001]).
    /// </summary>
    public static DateOnly? PostAtSchoolSince(Person p)
    {
        var arrived = p.CurrentStint?.From;
        return (p.InPostSince, arrived) switch
        {
            ({ } post, { } at) => post > at ? post : at,
            (var post, var at) => post ?? at,
        };
    }

    /// <summary>Days served at schools in rural localities (乡村; 镇区 too where the county says so), up to <paramref name="on"/>.</summary>
    public static int RuralDays(Person p, DateOnly on, RotationPolicy policy, IReadOnlyDictionary<Guid, SchoolFacts> schools) =>
        p.History.Where(h => schools.TryGetValue(h.SchoolId, out var s) && policy.RuralLocalities.Contains(s.Locality)).Sum(h => h.Days(on));

}
