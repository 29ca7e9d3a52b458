using EduPlatform.Kernel;
namespace EduPlatform.Rotation.Domain.Reappointment;

/// <summary>The county's rules for a round [004]; localities set their own shares and ages.</summary>
public sealed record RoundRules
{
    /// <summary>本校竞聘上岗90%、跨校竞聘上岗10% [004]: the share of a school's remaining posts its own teachers compete for first.</summary>
    public decimal OwnSchoolShare { get; init; } = 0.90m;
    /// <summary>竞聘上岗当年当月距离法定退休年龄不足三年的教师 are kept at their school [004].</summary>
    public int ProtectedYearsToRetirement { get; init; } = 3;
    /// <summary>Statutory retirement ages (法定退休年龄) as the county applies them.</summary>
    public int MenRetirementAge { get; init; } = 60;
    public int WomenRetirementAge { get; init; } = 55;
    /// <summary>连续三年内不能竞聘上岗成功的，按有关规定处理，直至解聘 [004].</summary>
    public int YearsUnplacedBeforeDismissal { get; init; } = 3;
}

/// <summary>Posts a school offers in the round, by stage and subject (Subject null = any subject).</summary>
public sealed record RoundPost(Guid SchoolId, string Stage, Subject? Subject, int Count);

/// <summary>A teacher in the round: the competition score, the teaching record the bureau places by, cross-school choices, willingness to be placed.</summary>
public sealed record RoundApplicant(Person Person, decimal Score, decimal Record, IReadOnlyList<Guid> CrossSchoolChoices, bool AcceptsPlacement, int SemestersWaitedBefore);

public enum RoundOutcome { Protected, OwnSchool, CrossSchool, BureauPlaced, Waiting }

/// <summary>待岗 pay [004]: what a waiting teacher is paid this semester.</summary>
public sealed record WaitingPay(bool BasicPay, bool BasicPerformancePay, decimal MaxYearEndBonusShare, bool IncentivePerformancePay, string Source);

public sealed record RoundResult(Guid PersonId, RoundOutcome Outcome, Guid? SchoolId, Subject? Subject, IReadOnlyList<Words> Explanation,
    WaitingPay? Pay = null, bool DismissalProcedure = false);

public sealed record RoundSchoolSummary(Guid SchoolId, int Posts, int Reserved, int Protected, int OwnQuota, int OwnPlaced, int CrossPlaced, int BureauPlaced, int Vacant);

public sealed record RoundOutcomeReport(IReadOnlyList<RoundResult> People, IReadOnlyList<RoundSchoolSummary> Schools);

/// <summary>
/// County-managed, school-hired re-appointment (县管校聘) [004]: posts for this year's recruits are held back; protected
/// people keep their post at their school; the remaining posts go 90% to the school's own teachers and 10% to teachers
/// of other schools, in two batches by score; the bureau then places those willing, by subject and teaching record,
/// where posts are still free; the rest wait a semester (basic pay, basic performance pay, at most half the year-end
/// bonus, no incentive pay; only the first two while waiting again); three years without a post leads to dismissal procedures.
/// </summary>
public static class ReappointmentRound
{
    const string Source = "[004] 县管校聘";

    public static RoundOutcomeReport Run(DateOnly on, RoundRules rules, IReadOnlyList<RoundPost> posts, IReadOnlyDictionary<Guid, int> reservedForRecruits,
        IReadOnlyList<RoundApplicant> applicants, IReadOnlyDictionary<Guid, string> schoolNames, IReadOnlyDictionary<Guid, Guid>? mergedInto = null)
    {
        // 因布局调整学校撤并的教师先期纳入学生流入地学校管理 [004]: a merged school's teachers belong to the school its students went to.
        Guid Home(RoundApplicant a) => mergedInto?.GetValueOrDefault(a.Person.CurrentSchoolId) is { } into && into != Guid.Empty ? into : a.Person.CurrentSchoolId;
        Words[] Followed(RoundApplicant a) => Home(a) == a.Person.CurrentSchoolId ? []
            : [Texts.FollowsStudents(Name(a.Person.CurrentSchoolId), Name(Home(a)), Source)];
        var free = posts.GroupBy(p => (p.SchoolId, p.Stage, p.Subject)).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
        var reserved = new Dictionary<Guid, int>();
        foreach (var (school, count) in reservedForRecruits)
        {
            reserved[school] = Take(free, school, null, null, count);
        }

        string Name(Guid id) => schoolNames.GetValueOrDefault(id, id.ToString());
        var results = new Dictionary<Guid, RoundResult>();
        var tally = posts.Select(p => p.SchoolId).Distinct().ToDictionary(s => s, _ => new int[5]);
        void Place(RoundApplicant a, RoundOutcome outcome, Guid school, Subject? subject, params Words[] why)
        {
            results[a.Person.Id] = new RoundResult(a.Person.Id, outcome, school, subject, why);
            if (tally.TryGetValue(school, out var counts)) { counts[(int)outcome]++; }
        }

        // 1. Protected people keep their post at their own school (提前…聘用在原学校相应岗位上).
        foreach (var a in applicants.Where(a => ProtectedReason(a.Person, on, rules) is not null))
        {
            var school = Home(a);
            TryTake(free, school, a.Person, allowAny: true, out var subject);
            Place(a, RoundOutcome.Protected, school, subject, [.. Followed(a), Texts.Protected(ProtectedReason(a.Person, on, rules)!.Value, Name(school), Source)]);
        }

        // 2. Batch one: each school's own teachers by score for the own-school share of its remaining posts. The
        // cross-school posts are apportioned over the county, so they come to the share of all remaining posts.
        var crossQuota = CrossSchoolQuotas(tally.Keys.ToDictionary(s => s, s => Remaining(free, s)), 1 - rules.OwnSchoolShare, Name);
        var ownQuota = crossQuota.ToDictionary(c => c.Key, c => Remaining(free, c.Key) - c.Value);
        foreach (var group in applicants.Where(a => !results.ContainsKey(a.Person.Id)).GroupBy(Home))
        {
            var quota = ownQuota.GetValueOrDefault(group.Key);
            var ranked = group.OrderByDescending(a => a.Score).ThenBy(a => a.Person.Id).ToList();
            var placed = 0;
            for (var i = 0; i < ranked.Count; i++)
            {
                var a = ranked[i];
                var facts = Texts.Ranked(a.Score, i + 1, ranked.Count, Name(group.Key), quota);
                if (placed < quota && TryTake(free, group.Key, a.Person, allowAny: false, out var subject))
                {
                    placed++;
                    Place(a, RoundOutcome.OwnSchool, group.Key, subject, [.. Followed(a), Texts.OwnSchoolPlaced(facts, Source, rules.OwnSchoolShare)]);
                }
                else
                {
                    results[a.Person.Id] = new RoundResult(a.Person.Id, RoundOutcome.Waiting, null, null,
                        [.. Followed(a), Texts.OwnSchoolNotPlaced(facts, placed >= quota)]);
                }
            }
        }

        // 3. Batch two: those not placed, by score across the county, at the schools they chose, for each school's
        // cross-school posts only; own-school posts left empty go to the bureau's placement, not to this batch.
        var crossLeft = new Dictionary<Guid, int>(crossQuota);
        foreach (var a in applicants.Where(a => results[a.Person.Id].Outcome == RoundOutcome.Waiting).OrderByDescending(a => a.Score).ThenBy(a => a.Person.Id))
        {
            var earlier = results[a.Person.Id].Explanation;
            Guid? chosen = null;
            Subject? chosenSubject = null;
            foreach (var school in a.CrossSchoolChoices.Where(s => s != Home(a) && crossLeft.GetValueOrDefault(s) > 0))
            {
                if (TryTake(free, school, a.Person, allowAny: false, out chosenSubject))
                {
                    chosen = school;
                    crossLeft[school]--;
                    break;
                }
            }

            if (chosen is { } at)
            {
                Place(a, RoundOutcome.CrossSchool, at, chosenSubject,
                    [.. earlier, Texts.CrossSchoolPlaced(a.Score, Name(at), a.CrossSchoolChoices.ToList().IndexOf(at) + 1, Source, 1 - rules.OwnSchoolShare)]);
            }
            else
            {
                results[a.Person.Id] = results[a.Person.Id] with
                {
                    Explanation = [.. earlier, a.CrossSchoolChoices.Count == 0 ? Texts.AppliedNowhere : Texts.NoPostAtChoices],
                };
            }
        }

        // 4. The bureau places those willing, by subject and teaching record, where posts are free (组织调剂).
        foreach (var a in applicants.Where(a => results[a.Person.Id].Outcome == RoundOutcome.Waiting).OrderByDescending(a => a.Record).ThenBy(a => a.Person.Id))
        {
            var earlier = results[a.Person.Id].Explanation;
            if (!a.AcceptsPlacement)
            {
                results[a.Person.Id] = results[a.Person.Id] with { Explanation = [.. earlier, Texts.NotWilling] };
                continue;
            }

            var school = free.Where(f => f.Value > 0 && PlanningStage(f.Key.Stage, a.Person) && (f.Key.Subject is null || a.Person.Subjects.Contains(f.Key.Subject.Value)))
                .OrderBy(f => f.Key.SchoolId == Home(a) ? 0 : 1).ThenBy(f => Name(f.Key.SchoolId), StringComparer.Ordinal).Select(f => f.Key.SchoolId)
                .Cast<Guid?>().FirstOrDefault();
            if (school is { } at && TryTake(free, at, a.Person, allowAny: false, out var subject))
            {
                Place(a, RoundOutcome.BureauPlaced, at, subject, [.. earlier, Texts.BureauPlaced(a.Record, Name(at), Source)]);
            }
            else
            {
                results[a.Person.Id] = results[a.Person.Id] with { Explanation = [.. earlier, Texts.NoPostInCounty] };
            }
        }

        // 5. The rest wait a semester; three years without a post in a row leads to dismissal procedures.
        foreach (var a in applicants.Where(a => results[a.Person.Id].Outcome == RoundOutcome.Waiting))
        {
            var again = a.SemestersWaitedBefore > 0;
            var pay = again
                ? new WaitingPay(true, true, 0m, false, $"{Source} 继续待岗期间只发放基本工资、基础性绩效")
                : new WaitingPay(true, true, 0.5m, false, $"{Source} 待岗期间只发放基本工资、基础性绩效和不高于50%的年终质量奖，不发放奖励性绩效");
            // Waiting lasts a semester, then the teacher competes again: six semesters in a row are the three years.
            var yearsUnplaced = (a.SemestersWaitedBefore + 1) / 2;
            var dismissal = yearsUnplaced >= rules.YearsUnplacedBeforeDismissal;
            var waiting = Texts.Waiting(again);
            results[a.Person.Id] = results[a.Person.Id] with
            {
                Pay = pay, DismissalProcedure = dismissal,
                Explanation = [.. results[a.Person.Id].Explanation, waiting,
                    .. dismissal ? new[] { Texts.Dismissal(yearsUnplaced, rules.YearsUnplacedBeforeDismissal, Source) } : []],
            };
        }

        var summaries = tally.Select(t => new RoundSchoolSummary(t.Key, posts.Where(p => p.SchoolId == t.Key).Sum(p => p.Count), reserved.GetValueOrDefault(t.Key),
            t.Value[(int)RoundOutcome.Protected], ownQuota[t.Key], t.Value[(int)RoundOutcome.OwnSchool], t.Value[(int)RoundOutcome.CrossSchool],
            t.Value[(int)RoundOutcome.BureauPlaced], Remaining(free, t.Key))).OrderBy(s => Name(s.SchoolId), StringComparer.Ordinal).ToList();
        return new RoundOutcomeReport(applicants.Select(a => results[a.Person.Id]).ToList(), summaries);
    }

    /// <summary>Why a person keeps the post without competing, or null (产假、重病假、驻村工作队、援藏援彝、不足三年退休 [004]).</summary>
    public static Words? ProtectedReason(Person p, DateOnly on, RoundRules rules)
    {
        if (p.Statuses.Contains(PersonStatus.MaternityLeave)) { return Texts.MaternityLeave; }
        if (p.Statuses.Contains(PersonStatus.SeriousIllnessLeave)) { return Texts.SeriousIllnessLeave; }
        if (p.Statuses.Contains(PersonStatus.VillageWorkTeam)) { return Texts.VillageWorkTeam; }
        if (p.Statuses.Contains(PersonStatus.AidPosting)) { return Texts.AidPosting; }
        var retiresOn = p.BirthDate.AddYears(p.Gender == Gender.Male ? rules.MenRetirementAge : rules.WomenRetirementAge);
        var monthOfRound = new DateOnly(on.Year, on.Month, 1);
        return monthOfRound.AddYears(rules.ProtectedYearsToRetirement) > retiresOn
            ? Texts.RetiresSoon(retiresOn, rules.ProtectedYearsToRetirement)
            : null;
    }

    static int Remaining(Dictionary<(Guid SchoolId, string Stage, Subject? Subject), int> free, Guid school) => free.Where(f => f.Key.SchoolId == school).Sum(f => f.Value);

    /// <summary>
    /// Each school's cross-school posts: the county's share of all remaining posts, rounded half up, given out by the
    /// largest remainder (each school first gets the whole part of its own share). Rounding every school on its own would
    /// not do: ⌊90% × 5⌋ = 4 own posts leaves 1 of 5 (20%) across schools, at every small school.
    /// </summary>
    public static IReadOnlyDictionary<Guid, int> CrossSchoolQuotas(IReadOnlyDictionary<Guid, int> remaining, decimal crossShare, Func<Guid, string> name)
    {
        var total = (int)Math.Round(crossShare * remaining.Values.Sum(), MidpointRounding.AwayFromZero);
        var quotas = remaining.ToDictionary(r => r.Key, r => (int)Math.Floor(crossShare * r.Value));
        var order = remaining.OrderByDescending(r => crossShare * r.Value - Math.Floor(crossShare * r.Value)).ThenByDescending(r => r.Value)
            .ThenBy(r => name(r.Key), StringComparer.Ordinal).Select(r => r.Key).ToList();
        for (var i = 0; quotas.Values.Sum() < total && i < order.Count; i++)
        {
            quotas[order[i]]++;
        }

        return quotas;
    }

    static bool PlanningStage(string postStage, Person p) => postStage == p.Stage;

    /// <summary>
    /// Takes a free post at the school for one of the person's subjects (or a post for any subject). A protected person
    /// (<paramref name="allowAny"/>) takes any post of the stage, and keeps the post even when the school listed none.
    /// </summary>
    static bool TryTake(Dictionary<(Guid SchoolId, string Stage, Subject? Subject), int> free, Guid school, Person p, bool allowAny, out Subject? taken)
    {
        foreach (var subject in p.Subjects.Cast<Subject?>().Append(null))
        {
            if (free.TryGetValue((school, p.Stage, subject), out var left) && left > 0)
            {
                free[(school, p.Stage, subject)] = left - 1;
                taken = subject;
                return true;
            }
        }

        taken = null;
        if (allowAny && free.FirstOrDefault(f => f.Key.SchoolId == school && f.Key.Stage == p.Stage && f.Value > 0) is { Value: > 0 } any)
        {
            free[any.Key] = any.Value - 1;
            taken = any.Key.Subject;
        }

        return allowAny;
    }

    /// <summary>Holds back up to <paramref name="count"/> posts of any stage and subject at a school for this year's recruits; returns how many.</summary>
    static int Take(Dictionary<(Guid SchoolId, string Stage, Subject? Subject), int> free, Guid school, string? stage, Subject? subject, int count)
    {
        var taken = 0;
        foreach (var key in free.Keys.Where(k => k.SchoolId == school && (stage is null || k.Stage == stage) && (subject is null || k.Subject == subject)).ToList())
        {
            var take = Math.Min(count - taken, free[key]);
            free[key] -= take;
            taken += take;
        }

        return taken;
    }
}
