using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>
/// draft → school review (every school that sends or receives) → alliance review (every alliance the moves are made in)
/// → bureau review → public notice (公示) → bureau approval.
/// </summary>
public enum PlanStatus { Draft, SchoolReview, AllianceReview, BureauReview, Notice, Approved, Superseded }

public enum ReviewDecision { Submit, Agree, Return, Publish, Approve }

/// <summary>
/// A plan's public notice (公示): the list is published from <see cref="From"/> for <see cref="WorkingDays"/> working days
/// (Monday to Friday) ending on <see cref="Until"/>; the bureau approves from the next day, once every objection is
/// answered. A county that sets 0 days publishes the list and may approve the same day.
/// </summary>
public sealed record PublicNotice(DateOnly From, DateOnly Until, int WorkingDays)
{
    public static PublicNotice Starting(DateOnly from, int workingDays)
    {
        var until = from;
        var counted = 0;
        for (var day = from; counted < workingDays; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
                until = day;
            }
        }

        return new PublicNotice(from, until, workingDays);
    }

    public bool Ended(DateOnly today) => WorkingDays == 0 ? today >= From : today > Until;
}

/// <summary>One entry of a plan's review trail: who decided what at which step, for which school or alliance, and why.</summary>
public sealed record PlanReview(PlanStatus Step, Guid? Party, ReviewDecision Decision, string Comment, string Actor, DateTimeOffset At);

/// <summary>The parties whose agreement each review step needs.</summary>
public sealed record PlanParties(IReadOnlySet<Guid> Schools, IReadOnlySet<Guid> Alliances)
{
    public static PlanParties Of(IEnumerable<PlannedMove> moves) => new(
        moves.SelectMany(m => new[] { m.FromSchoolId, m.ToSchoolId }).ToHashSet(),
        moves.Select(m => m.GroupId).Where(PlanGroup.IsAlliance).ToHashSet());

    public IReadOnlySet<Guid> At(PlanStatus step) => step switch
    {
        PlanStatus.SchoolReview => Schools,
        PlanStatus.AllianceReview => Alliances,
        _ => new HashSet<Guid>(),
    };
}

/// <summary>
/// The review rules: the schools and alliances agree to their moves, then the bureau approves — the bureau's part is
/// [001] (选派的人员…报区教体局，区教体局对选派对象进行考察认定，合格后方可派出); the school and alliance steps are the
/// county's own procedure. Says what a decision does to a plan, or why it cannot be taken.
/// </summary>
public static class PlanWorkflow
{
    const string Source = "[001] 报区教体局，区教体局对选派对象进行考察认定，合格后方可派出";

    public static (PlanStatus Status, RuleViolation? Refusal) Decide(PlanStatus status, PlanParties parties, IReadOnlyList<PlanReview> trail, ReviewDecision decision, Guid? party, string comment)
    {
        RuleViolation Refuse(string rule, string message) => new(rule, message, Source);

        switch (decision)
        {
            case ReviewDecision.Submit when status != PlanStatus.Draft:
                return (status, Refuse("rotation.plan.submit", Texts.OnlyDraftSubmitted(status)));
            case ReviewDecision.Submit when parties.Schools.Count == 0:
                return (status, Refuse("rotation.plan.empty", Texts.MovesNobody));
            case ReviewDecision.Submit:
                return (After(PlanStatus.Draft, parties), null);
            case ReviewDecision.Return when status is not (PlanStatus.SchoolReview or PlanStatus.AllianceReview or PlanStatus.BureauReview or PlanStatus.Notice):
                return (status, Refuse("rotation.plan.return", Texts.OnlyReviewReturned(status)));
            case ReviewDecision.Return when string.IsNullOrWhiteSpace(comment):
                return (status, Refuse("rotation.plan.comment", Texts.ReturnNeedsComment));
            case ReviewDecision.Return:
                return (PlanStatus.Draft, null);
            case ReviewDecision.Publish when status != PlanStatus.BureauReview:
                return (status, Refuse("rotation.plan.publish", Texts.PublishAfterReview(status)));
            case ReviewDecision.Publish:
                return (PlanStatus.Notice, null);
            case ReviewDecision.Approve when status != PlanStatus.Notice:
                return (status, new RuleViolation("rotation.plan.approve", Texts.ApproveAfterNotice(status), Texts.NoticeSource));
            case ReviewDecision.Approve:
                return (PlanStatus.Approved, null);
        }

        if (status is not (PlanStatus.SchoolReview or PlanStatus.AllianceReview))
        {
            return (status, Refuse("rotation.plan.agree", Texts.AgreeInReview(status)));
        }

        var expected = parties.At(status);
        if (party is not { } who || !expected.Contains(who))
        {
            return (status, Refuse("rotation.plan.party", Texts.PartyMustAgree(status == PlanStatus.SchoolReview, party?.ToString())));
        }

        var agreed = CurrentRound(trail).Where(r => r.Step == status && r.Decision == ReviewDecision.Agree).Select(r => r.Party).ToHashSet();
        if (agreed.Contains(who))
        {
            return (status, Refuse("rotation.plan.agreed", Texts.AlreadyAgreed(who.ToString())));
        }

        agreed.Add(who);
        return (expected.All(p => agreed.Contains(p)) ? After(status, parties) : status, null);
    }

    /// <summary>The reviews since the plan was last submitted: a plan sent back starts its review again.</summary>
    public static IEnumerable<PlanReview> CurrentRound(IReadOnlyList<PlanReview> trail)
    {
        var submitted = trail.Select((r, i) => (r, i)).LastOrDefault(x => x.r.Decision == ReviewDecision.Submit);
        return submitted.r is null ? [] : trail.Skip(submitted.i);
    }

    /// <summary>The next step that has parties to hear (a plan of schools outside alliances has no alliance step).</summary>
    static PlanStatus After(PlanStatus step, PlanParties parties) => step switch
    {
        PlanStatus.Draft => PlanStatus.SchoolReview,
        PlanStatus.SchoolReview => parties.Alliances.Count > 0 ? PlanStatus.AllianceReview : PlanStatus.BureauReview,
        _ => PlanStatus.BureauReview,
    };
}
