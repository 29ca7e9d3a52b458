using EduPlatform.Kernel;
namespace EduPlatform.Evaluation.Domain.Bundled;

/// <summary>How a member school's (or an alliance's) education quality moved from the previous year.</summary>
public enum Improvement { Clear, Some, None, Decline, Unknown }

public sealed record BundleAlliance(Guid Id, string Name, string Kind, Guid CoreSchoolId, IReadOnlyList<(Guid SchoolId, string Name)> Members);

/// <summary>A member's academic score and students in the year and the year before.</summary>
public sealed record MemberFigures(double? PreviousScore, double? CurrentScore, int? PreviousStudents, int CurrentStudents, int ReturningStudents);

/// <summary>Someone the core school sent to a member during the year (from rotation's PersonPlaced / PersonReturned).</summary>
public sealed record Secondment(Guid PersonId, Guid HostSchoolId, string Role, string Mode);

/// <summary>The rating a school proposes for a person (年度考核 as the school assessed it), before the bundled caps.</summary>
public sealed record ProposedRating(Guid PersonId, string Name, Guid SchoolId, string Role, string Rating, double? TeachingProgress);

public sealed record MemberProgress(Guid SchoolId, string Name, double? PreviousScore, double? CurrentScore, double? Change, Improvement Outcome,
    int Students, int? StudentGrowth, int ReturningStudents, int Seconded);

public sealed record RatingDecision(Guid PersonId, string Name, string Role, string Basis, Guid SchoolId, string Proposed, string Final,
    bool Capped, bool ExcellentPriority, string Rule, Words Explanation);

public sealed record AllianceBundle(Guid AllianceId, string Name, string Kind, Guid CoreSchoolId, string Cycle, IReadOnlyList<MemberProgress> Members,
    double? WeightedChange, Improvement Outcome, int StudentGrowth, int ReturningStudents, int ExchangedPeople,
    IReadOnlyList<RatingDecision> Ratings, IReadOnlyList<Guid> SecondedWithoutRating, Words Explanation);

/// <summary>The county's local thresholds: [001] says 明显进步 and 较大进步 without a number.</summary>
public sealed record BundleRules(double ClearImprovementPoints, double BigProgressPoints);

/// <summary>
/// 捆绑评价 [001] 四(三): the member schools' results decide the lead school's result and the annual ratings of its
/// principal, its leadership and everyone it seconded to a member. A member improves clearly when its academic score
/// rises by at least the county's threshold; the alliance clearly improves when the student-weighted change of its
/// members does and no member fell. Clear improvement rates those people excellent; none or a fall forbids excellent.
/// Senior-high 1+1 pairs [001] 三(二)2: the helped school's improvement is the helper's result, and a seconded teacher
/// whose teaching results made big progress has priority for excellent (the school still decides).
/// </summary>
public static class BundledEvaluation
{
    public const string SeniorHighPairing = "senior-high-pairing";
    const string BundleSource = "[001] 四(三) 建立完善捆绑评价机制";
    const string PairSource = "[001] 三(二)2 建立捆绑评价机制";

    public static AllianceBundle Evaluate(BundleAlliance alliance, IReadOnlyDictionary<Guid, MemberFigures> figures, IReadOnlyList<Secondment> secondments,
        IReadOnlyList<ProposedRating> coreStaff, IReadOnlyDictionary<Guid, ProposedRating> proposed, BundleRules rules)
    {
        var members = alliance.Members.Select(m => Progress(m.SchoolId, m.Name, figures.GetValueOrDefault(m.SchoolId), secondments, rules)).ToList();
        var (weighted, outcome, why) = Overall(members, rules);
        var pairing = alliance.Kind == SeniorHighPairing;
        var decisions = new List<RatingDecision>();
        var seconded = secondments.GroupBy(s => s.PersonId).Select(g => g.First()).ToList();
        var missing = seconded.Where(s => !proposed.ContainsKey(s.PersonId)).Select(s => s.PersonId).ToList();
        // The lead school's principal answers for the alliance as a whole even when also seconded to a member.
        var corePrincipals = coreStaff.Where(p => p.Role == PostRoles.Principal).Select(p => p.PersonId).ToHashSet();
        foreach (var s in seconded.Where(s => proposed.ContainsKey(s.PersonId) && (pairing || !corePrincipals.Contains(s.PersonId))))
        {
            var member = members.FirstOrDefault(m => m.SchoolId == s.HostSchoolId);
            var p = proposed[s.PersonId];
            decisions.Add(pairing
                ? PairTeacher(p, rules)
                : Decide(p, "seconded", member?.Outcome ?? Improvement.Unknown, Texts.SecondedTo(member?.Name ?? s.HostSchoolId.ToString())));
        }

        if (!pairing)
        {
            var secondedIds = seconded.Select(s => s.PersonId).ToHashSet();
            foreach (var p in coreStaff.Where(p => PostRoles.IsLeadership(p.Role) && (p.Role == PostRoles.Principal || !secondedIds.Contains(p.PersonId))))
            {
                decisions.Add(Decide(p, p.Role == PostRoles.Principal ? "core-principal" : "core-leadership", outcome, Texts.AllianceAsWhole));
            }
        }

        return new AllianceBundle(alliance.Id, alliance.Name, alliance.Kind, alliance.CoreSchoolId, pairing ? "senior-high-pair" : "bundled", members,
            weighted, outcome, members.Sum(m => m.StudentGrowth ?? 0), members.Sum(m => m.ReturningStudents), seconded.Count, decisions, missing,
            pairing ? Texts.HelperIsHelped(why) : why);
    }

    static MemberProgress Progress(Guid schoolId, string name, MemberFigures? f, IReadOnlyList<Secondment> secondments, BundleRules rules)
    {
        double? change = f is { PreviousScore: { } before, CurrentScore: { } now } ? Math.Round(now - before, 2) : null;
        var outcome = change switch
        {
            null => Improvement.Unknown,
            { } c when c >= rules.ClearImprovementPoints => Improvement.Clear,
            > 0 => Improvement.Some,
            0 => Improvement.None,
            _ => Improvement.Decline,
        };
        return new MemberProgress(schoolId, name, f?.PreviousScore, f?.CurrentScore, change, outcome, f?.CurrentStudents ?? 0,
            f is { PreviousStudents: { } was } ? f.CurrentStudents - was : null, f?.ReturningStudents ?? 0, secondments.Count(s => s.HostSchoolId == schoolId));
    }

    static (double? Weighted, Improvement Outcome, Words Why) Overall(IReadOnlyList<MemberProgress> members, BundleRules rules)
    {
        if (members.Count == 0)
        {
            return (null, Improvement.Unknown, Texts.NoMembers);
        }

        if (members.FirstOrDefault(m => m.Outcome == Improvement.Unknown) is { } unknown)
        {
            return (null, Improvement.Unknown, Texts.NoScore(unknown.Name));
        }

        var students = members.Sum(m => m.Students);
        var weighted = Math.Round(students > 0 ? members.Sum(m => m.Students * m.Change!.Value) / students : members.Average(m => m.Change!.Value), 2);
        if (members.Where(m => m.Outcome == Improvement.Decline).ToList() is { Count: > 0 } fell)
        {
            return (weighted, Improvement.Decline, Texts.Fell(fell.Select(m => (m.Name, m.Change))));
        }

        var outcome = weighted >= rules.ClearImprovementPoints ? Improvement.Clear : weighted > 0 ? Improvement.Some : Improvement.None;
        return (weighted, outcome, outcome switch
        {
            Improvement.Clear => Texts.ImprovedClearly(weighted, rules.ClearImprovementPoints),
            Improvement.Some => Texts.ImprovedSome(weighted, rules.ClearImprovementPoints),
            _ => Texts.NotImproved,
        });
    }

    static RatingDecision Decide(ProposedRating p, string basis, Improvement outcome, Words scope)
    {
        var (final, capped, rule, why) = outcome switch
        {
            Improvement.Clear when Ratings.AtLeastCompetent(p.Rating) =>
                (Ratings.Excellent, false, "bundled.clear-improvement", Texts.RatedExcellent(scope, BundleSource)),
            Improvement.Clear =>
                (p.Rating, false, "bundled.clear-improvement", Texts.ClearButBelow(scope, p.Rating)),
            Improvement.None or Improvement.Decline when p.Rating == Ratings.Excellent =>
                (Ratings.Competent, true, "bundled.no-improvement", Texts.Capped(scope, BundleSource)),
            Improvement.None or Improvement.Decline =>
                (p.Rating, false, "bundled.no-improvement", Texts.NoExcellentStands(scope, p.Rating)),
            Improvement.Some => (p.Rating, false, "bundled.some-improvement", Texts.SomeStands(scope)),
            _ => (p.Rating, false, "bundled.unknown", Texts.UnknownStands(scope)),
        };
        return new RatingDecision(p.PersonId, p.Name, p.Role, basis, p.SchoolId, p.Rating, final, capped, false, rule, why);
    }

    static RatingDecision PairTeacher(ProposedRating p, BundleRules rules)
    {
        var big = p.TeachingProgress is { } progress && progress >= rules.BigProgressPoints;
        return new RatingDecision(p.PersonId, p.Name, p.Role, "seconded", p.SchoolId, p.Rating, p.Rating, false, big, "pair.teaching-results",
            big ? Texts.BigProgress(p.TeachingProgress!.Value, rules.BigProgressPoints, PairSource) : Texts.TeachingDecides(p.TeachingProgress, PairSource));
    }
}
