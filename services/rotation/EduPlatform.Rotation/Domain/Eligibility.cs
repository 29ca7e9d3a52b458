using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain;

public enum EligibilityStatus { MustRotate, MayRotate, Exempt }

/// <summary>One rule's finding about a person: the rule id, what it decided, the facts it used, and its policy source.</summary>
public sealed record RuleFinding(string Rule, EligibilityStatus Effect, string Facts, string Source)
{
    public override string ToString() => $"{Words(Effect)}: {Facts}, {Source}";

    public static string Words(EligibilityStatus status) => status switch
    {
        EligibilityStatus.MustRotate => "must rotate",
        EligibilityStatus.MayRotate => "may rotate",
        _ => "exempt",
    };
}

public sealed record EligibilityDecision(Guid PersonId, EligibilityStatus Status, IReadOnlyList<RuleFinding> Findings)
{
    /// <summary>The deciding findings in one line, e.g. "exempt: woman aged 51 &gt; 50, [001] 四(一)暂不纳入(2)".</summary>
    public string Explanation => string.Join("; ", Findings.Where(f => f.Effect == Status).Select(f => f.ToString()));
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
            findings.Add(new RuleFinding(NotDue, EligibilityStatus.MayRotate, "no rule requires rotation this year", "[001][003]"));
        }

        return new EligibilityDecision(person.Id, status, findings);
    }

    static void Exemptions(Person p, DateOnly on, RotationPolicy policy, IReadOnlyDictionary<Guid, SchoolFacts> schools, List<RuleFinding> findings)
    {
        var rules = policy.Exemptions;
        void Exempt(string rule, string facts, string source) => findings.Add(new RuleFinding(rule, EligibilityStatus.Exempt, facts, source));

        if (rules.PrincipalFirstTerm && p.IsCadre && p.InPostSince is { } since && Dates.CompletedYears(since, on) < policy.PrincipalTermYears)
        {
            Exempt(ExemptFirstTerm, $"{Role(p)} {Dates.CompletedYears(since, on)} years in post < one term of {policy.PrincipalTermYears}", $"{ExemptionSource}(1)");
        }

        var age = p.AgeOn(on);
        var limit = p.Gender == Gender.Male ? rules.MenOverAge : rules.WomenOverAge;
        if (limit is { } over && age > over)
        {
            Exempt(ExemptAge, $"{(p.Gender == Gender.Male ? "man" : "woman")} aged {age} > {over}", $"{ExemptionSource}(2)");
        }

        if (rules.FeaturedCourseLead && p.Statuses.Contains(PersonStatus.FeaturedCourseLead))
        {
            Exempt(ExemptFeaturedCourse, "leads a featured course or a city-level research project, approved by the bureau", $"{ExemptionSource}(3)");
        }

        if (rules.PregnancyOrNursing && (p.Statuses.Contains(PersonStatus.Pregnant) || p.Statuses.Contains(PersonStatus.Nursing) || p.Statuses.Contains(PersonStatus.MaternityLeave)))
        {
            Exempt(ExemptPregnancy, p.Statuses.Contains(PersonStatus.Nursing) ? "nursing" : "pregnant or on maternity leave", $"{ExemptionSource}(4)");
        }

        if (rules.CertifiedIllness && (p.Statuses.Contains(PersonStatus.CertifiedIllness) || p.Statuses.Contains(PersonStatus.SeriousIllnessLeave)))
        {
            Exempt(ExemptIllness, "illness certified by the designated hospital as unfit to rotate", $"{ExemptionSource}(5)");
        }

        if (rules.Experienced is { } experienced)
        {
            var otherLongStints = p.History
                .Where(h => h.SchoolId != p.CurrentSchoolId)
                .GroupBy(h => h.SchoolId)
                .Count(g => Dates.YearsInDays(g.Sum(h => h.Days(on))) >= experienced.YearsEach);
            var ruralYears = Dates.YearsInDays(RuralDays(p, on, policy, schools));
            var urbanNow = schools.TryGetValue(p.CurrentSchoolId, out var current) && !policy.RuralLocalities.Contains(current.Locality);
            if (otherLongStints >= experienced.OtherSchools)
            {
                Exempt(ExemptExperienced, $"{otherLongStints} other schools of {experienced.YearsEach}+ years each ≥ {experienced.OtherSchools}", $"{ExemptionSource}(6)");
            }
            else if (urbanNow && ruralYears >= experienced.UrbanTeacherRuralYears)
            {
                Exempt(ExemptExperienced, $"urban teacher with {ruralYears} years in rural schools ≥ {experienced.UrbanTeacherRuralYears}", $"{ExemptionSource}(6)");
            }
        }

        if (p.Statuses.Contains(PersonStatus.BureauExempt))
        {
            Exempt(ExemptBureau, "a case the bureau added", "[001] 对暂不纳入交流轮岗的对象，由区教体局结合实际确定");
        }

        if (p.CurrentStint is { ByRotation: true } stint)
        {
            // The plan sets the term as the exchange term or the minimum stay, whichever is longer (as RotationPlanner does).
            var stay = MinimumStay.YearsFor(p, policy.MinimumStay);
            var term = Math.Max(stay.Years, policy.ExchangeYears);
            if (stint.Years(on) < term)
            {
                Exempt(ServingRotation, $"serving a rotation at this campus since {stint.From:yyyy-MM-dd}, {stint.Years(on)} of the term's {term} years",
                    $"{stay.Source}; [000][003] a typical exchange term is 3 years");
            }
        }
    }

    static void Obligations(Person p, DateOnly on, RotationPolicy policy, IReadOnlyDictionary<Guid, SchoolFacts> schools, List<RuleFinding> findings)
    {
        var atSchool = p.CurrentStint?.Years(on) ?? 0;
        if (p.IsCadre)
        {
            var inPost = p.InPostSince is { } since ? Dates.CompletedYears(since, on) : atSchool;
            var termsYears = policy.PrincipalTermsBeforeRotation * policy.PrincipalTermYears;
            if (inPost >= termsYears)
            {
                findings.Add(new RuleFinding(PrincipalTerms, EligibilityStatus.MustRotate,
                    $"{Role(p)} {inPost} years in post ≥ {policy.PrincipalTermsBeforeRotation} terms of {policy.PrincipalTermYears}", "[001] 四(一) 连续任满两届; [003] 校长任期满两届"));
            }
            else if (policy.PrincipalYearsAtSchool is { } years && atSchool >= years)
            {
                findings.Add(new RuleFinding(PrincipalTerms, EligibilityStatus.MustRotate,
                    $"{Role(p)} {atSchool} years at this school ≥ {years}", "[001] 四(一) 连续任满两届或6年"));
            }
            else
            {
                findings.Add(new RuleFinding(PrincipalTerms, EligibilityStatus.MayRotate,
                    $"{Role(p)} {inPost} years in post < {termsYears}", "[001][003]"));
            }
        }
        else if (atSchool >= policy.TeacherYearsAtSchool)
        {
            findings.Add(new RuleFinding(TeacherYears, EligibilityStatus.MustRotate,
                $"{atSchool} consecutive years at this school ≥ {policy.TeacherYearsAtSchool}", "[001] 四(一) 连续任教达到6年及以上; [003] 教师工作满六年"));
        }
        else
        {
            findings.Add(new RuleFinding(TeacherYears, EligibilityStatus.MayRotate,
                $"{atSchool} consecutive years at this school < {policy.TeacherYearsAtSchool}", "[001][003]"));
        }

        var sinceHire = Dates.CompletedYears(p.HiredOn, on);
        var ruralSinceHire = p.History.Any(h => h.From >= p.HiredOn && schools.TryGetValue(h.SchoolId, out var s) && policy.RuralLocalities.Contains(s.Locality));
        var firstSchool = p.History.Where(h => h.From >= p.HiredOn).MinBy(h => h.From)?.SchoolId ?? p.CurrentSchoolId;
        var hiredAt = schools.GetValueOrDefault(firstSchool);

        if (policy.CountyTownRecruitRuralWithinYears is { } within && hiredAt is not null && hiredAt.Locality == "urban" && !ruralSinceHire && !p.IsCadre)
        {
            var deadline = p.HiredOn.AddYears(within);
            // In the last year before the deadline (or after it) the move is due; before that it is open to plan.
            var effect = sinceHire >= within - 1 ? EligibilityStatus.MustRotate : EligibilityStatus.MayRotate;
            findings.Add(new RuleFinding(CountyTownRecruit, effect,
                $"recruited {p.HiredOn:yyyy-MM-dd} in the county town, no rural service yet, due by {deadline:yyyy-MM-dd}", "[002] 县城新招录教师工作5年内应到乡村学校交流轮岗"));
        }

        if (policy.RecruitCoreYears is { } coreYears && hiredAt is { IsCore: true } && !ruralSinceHire && !p.IsCadre
            && sinceHire >= coreYears && sinceHire < coreYears + policy.RecruitTownshipYears)
        {
            findings.Add(new RuleFinding(CoreRecruit, EligibilityStatus.MustRotate,
                $"recruited {p.HiredOn:yyyy-MM-dd} at the core school, {sinceHire} years ≥ {coreYears}: {policy.RecruitTownshipYears} years at a township campus next",
                "[003] 新招录教师在核心校跟岗学习1年，考核合格转正后必须到乡镇任教3年"));
        }
    }

    /// <summary>Days served at schools in rural localities (乡村, and 镇区 as 乡镇 by default), up to <paramref name="on"/>.</summary>
    public static int RuralDays(Person p, DateOnly on, RotationPolicy policy, IReadOnlyDictionary<Guid, SchoolFacts> schools) =>
        p.History.Where(h => schools.TryGetValue(h.SchoolId, out var s) && policy.RuralLocalities.Contains(s.Locality)).Sum(h => h.Days(on));

    static string Role(Person p) => p.Role == PersonRole.Principal ? "principal" : "vice-principal";
}
