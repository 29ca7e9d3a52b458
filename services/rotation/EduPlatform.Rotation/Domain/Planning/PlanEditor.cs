using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>pin (a redraw keeps the move), unpin, add a person, remove one, swap one for another at the same school.</summary>
public enum EditAction { Add, Remove, Swap, Pin, Unpin }

/// <summary>
/// One hand edit of a drawn plan. <see cref="ToSchoolId"/> and <see cref="Subject"/> say where an added person goes and
/// to which subject's post; <see cref="InReturnFor"/> names the sent person an added person returns for (reciprocal
/// alliances); <see cref="WithPersonId"/> is the person a swap puts in.
/// </summary>
public sealed record PlanEdit(EditAction Action, Guid PersonId, Guid? ToSchoolId = null, Guid? WithPersonId = null, Subject? Subject = null,
    Guid? InReturnFor = null);

/// <summary>The plan's moves after an edit, or why the edit is refused (nothing changes then).</summary>
public sealed record EditOutcome(IReadOnlyList<PlannedMove> Moves, IReadOnlyList<RuleViolation> Refusals)
{
    public bool Refused => Refusals.Count > 0;
}

/// <summary>
/// Hand edits, checked by the rules the planner follows: the person is of the county and not exempt [001] 四(一)2, the
/// move goes the way the plan's groups send (core → member, town → rural, a matching person back where the alliance is
/// reciprocal [001]), the receiving campus has a post of the person's stage and subject, and the term is the county's.
/// The plan's targets are then counted again (<see cref="PlanTargets.Recount"/>).
/// </summary>
public static class PlanEditor
{
    public static EditOutcome Apply(PlanRequest context, IReadOnlyList<PlannedMove> moves, PlanEdit edit, Words note)
    {
        var run = new PlanRun(context);
        var people = context.People.ToDictionary(c => c.Person.Id);
        string Name(Guid id) => people.TryGetValue(id, out var c) ? c.Person.Name : id.ToString();
        EditOutcome Refuse(string rule, string message) => new(moves, [new RuleViolation(rule, message, Texts.EditSource)]);
        var current = moves.FirstOrDefault(m => m.PersonId == edit.PersonId);
        if (edit.Action == EditAction.Add)
        {
            return current is null
                ? Add(run, context, moves, people[edit.PersonId], edit, note)
                : Refuse("rotation.edit.in-plan", Texts.AlreadyInPlan(Name(edit.PersonId)));
        }

        if (current is null)
        {
            return Refuse("rotation.edit.not-in-plan", Texts.NotInPlan(Name(edit.PersonId)));
        }

        if (edit.Action is EditAction.Remove or EditAction.Swap && current.Pinned)
        {
            return Refuse("rotation.edit.pinned", Texts.PinnedMove(Name(edit.PersonId)));
        }

        // A sent person and the one sent back in return are a pair: a pin and a removal of the sent person take both.
        var sent = current.InReturnFor ?? current.PersonId;
        return edit.Action switch
        {
            EditAction.Pin or EditAction.Unpin => new(moves.Select(m => m.PersonId == sent || m.InReturnFor == sent
                ? m with { Pinned = edit.Action == EditAction.Pin } : m).ToList(), []),
            EditAction.Remove => new(moves.Where(m => m.PersonId != edit.PersonId && m.InReturnFor != edit.PersonId).ToList(), []),
            _ => Swap(run, context, moves, current, edit.WithPersonId!.Value, note),
        };
    }

    /// <summary>Whether a move the bureau pinned may still be made on a redraw: null, or why not.</summary>
    public static RuleViolation? CheckPinned(PlanRequest context, PlannedMove move)
    {
        var candidate = context.People.FirstOrDefault(c => c.Person.Id == move.PersonId);
        if (candidate is null)
        {
            return new RuleViolation("rotation.edit.person", Texts.NotAPerson(move.PersonId), Texts.EditSource);
        }

        if (candidate.Decision.Status == EligibilityStatus.Exempt)
        {
            return new RuleViolation("rotation.edit.exempt", Texts.ExemptPerson(candidate.Person.Name, candidate.Decision.Explanation), Texts.EditSource);
        }

        var group = context.Groups.FirstOrDefault(g => g.Id == move.GroupId);
        var from = candidate.Person.CurrentSchoolId;
        var routed = group is not null && from == move.FromSchoolId && (move.InReturnFor is null
            ? group.Senders.Contains(from) && group.Receivers.Contains(move.ToSchoolId)
            : group.Reciprocal && group.Receivers.Contains(from) && group.Senders.Contains(move.ToSchoolId));
        return routed ? null : new RuleViolation("rotation.edit.route", NoRoute(context, from, move.ToSchoolId), Texts.EditSource);
    }

    static EditOutcome Add(PlanRun run, PlanRequest context, IReadOnlyList<PlannedMove> moves, PlanCandidate candidate, PlanEdit edit, Words note)
    {
        var p = candidate.Person;
        var to = edit.ToSchoolId!.Value;
        EditOutcome Refuse(string rule, string message) => new(moves, [new RuleViolation(rule, message, Texts.EditSource)]);
        if (candidate.Decision.Status == EligibilityStatus.Exempt)
        {
            return Refuse("rotation.edit.exempt", Texts.ExemptPerson(p.Name, candidate.Decision.Explanation));
        }

        if (p.CurrentSchoolId == to)
        {
            return Refuse("rotation.edit.same-school", Texts.SameSchool(p.Name, context.Schools[to].Name));
        }

        if (edit.Subject is { } subject && p.Role == PersonRole.Teacher && !p.Subjects.Contains(subject))
        {
            return Refuse("rotation.edit.subject", Texts.NotTheirSubject(p.Name, subject));
        }

        var reasons = new List<Words> { candidate.Decision.Explanation, note };
        var outbound = context.Groups.FirstOrDefault(g => g.Senders.Contains(p.CurrentSchoolId) && g.Receivers.Contains(to));
        if (outbound is not null)
        {
            var post = run.PostsFor(p, to, outbound).FirstOrDefault(x => edit.Subject is null || x.Subject == edit.Subject);
            if (post is null)
            {
                return Refuse("rotation.edit.post", Texts.NoPostFor(p.Name, context.Schools[to].Name));
            }

            return new([.. moves, run.HandMove(candidate, outbound, post, reasons)], []);
        }

        // A person of a member campus goes to the core school only in return for someone sent from there [001].
        var back = context.Groups.FirstOrDefault(g => g.Reciprocal && g.Receivers.Contains(p.CurrentSchoolId) && g.Senders.Contains(to));
        if (back is null)
        {
            return Refuse("rotation.edit.route", NoRoute(context, p.CurrentSchoolId, to));
        }

        var waiting = moves.Where(m => m.GroupId == back.Id && m.InReturnFor is null && m.Mode != MoveMode.Itinerant && m.FromSchoolId == to
                && m.ToSchoolId == p.CurrentSchoolId && !moves.Any(r => r.InReturnFor == m.PersonId))
            .Where(m => edit.InReturnFor is null || m.PersonId == edit.InReturnFor).ToList();
        var sent = waiting.FirstOrDefault(m => PlanRun.Matches(p, PostOf(m, run)));
        if (sent is null)
        {
            return waiting.Count == 0
                ? Refuse("rotation.edit.return", Texts.NoMoveToReturnFor(p.Name, context.Schools[to].Name))
                : Refuse("rotation.edit.match", Texts.DoesNotMatchPost(p.Name, run.PersonOf(waiting[0].PersonId)!.Name));
        }

        return new([.. moves, run.HandReturn(candidate, back, PostOf(sent, run), sent.PersonId, reasons)], []);
    }

    static EditOutcome Swap(PlanRun run, PlanRequest context, IReadOnlyList<PlannedMove> moves, PlannedMove current, Guid withId, Words note)
    {
        EditOutcome Refuse(string rule, string message) => new(moves, [new RuleViolation(rule, message, Texts.EditSource)]);
        var person = run.PersonOf(current.PersonId)!;
        var other = context.People.First(c => c.Person.Id == withId);
        if (moves.Any(m => m.PersonId == withId))
        {
            return Refuse("rotation.edit.in-plan", Texts.AlreadyInPlan(other.Person.Name));
        }

        if (other.Person.CurrentSchoolId != current.FromSchoolId)
        {
            return Refuse("rotation.edit.swap-school", Texts.SwapNotSameSchool(person.Name, other.Person.Name));
        }

        if (other.Decision.Status == EligibilityStatus.Exempt)
        {
            return Refuse("rotation.edit.exempt", Texts.ExemptPerson(other.Person.Name, other.Decision.Explanation));
        }

        var group = context.Groups.First(g => g.Id == current.GroupId);
        var reasons = new List<Words> { other.Decision.Explanation, note };
        PlannedMove replacement;
        if (current.InReturnFor is { } sentId)
        {
            var post = PostOf(moves.First(m => m.PersonId == sentId), run);
            if (!PlanRun.Matches(other.Person, post))
            {
                return Refuse("rotation.edit.match", Texts.DoesNotMatchPost(other.Person.Name, person.Name));
            }

            replacement = run.HandReturn(other, group, post, sentId, reasons);
        }
        else
        {
            var post = run.PostsFor(other.Person, current.ToSchoolId, group).FirstOrDefault(x => x.Kind == PostOf(current, run).Kind
                && (current.Subject is null || x.Subject == current.Subject));
            if (post is null)
            {
                return Refuse("rotation.edit.match", Texts.DoesNotMatchPost(other.Person.Name, person.Name));
            }

            replacement = run.HandMove(other, group, post, reasons);
        }

        return new(moves.Select(m => m.PersonId == current.PersonId ? replacement
            : m.InReturnFor == current.PersonId ? m with { InReturnFor = withId } : m).ToList(), []);
    }

    /// <summary>The post a planned move fills at its receiving campus (kind by role and mode, stage, subject).</summary>
    static Post PostOf(PlannedMove m, PlanRun run)
    {
        var p = run.PersonOf(m.PersonId)!;
        var kind = p.Role switch
        {
            PersonRole.Principal => Post.Principal,
            PersonRole.Teacher when m.Mode == MoveMode.Secondment => Post.Management,
            PersonRole.Teacher => m.Mode == MoveMode.Itinerant ? Post.Itinerant : Post.Teaching,
            _ => Post.Management,
        };
        return new Post(m.ToSchoolId, kind, kind is Post.Teaching or Post.Itinerant ? m.Stage : "", m.Subject);
    }

    static string NoRoute(PlanRequest context, Guid from, Guid to) =>
        Texts.NoRoute(context.Schools.TryGetValue(from, out var f) ? f.Name : from.ToString(), context.Schools.TryGetValue(to, out var t) ? t.Name : to.ToString());
}
