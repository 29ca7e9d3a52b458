using System.ComponentModel;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Application;

public sealed record PlanEditRequest(
    [property: Description("add, remove, swap, pin (a redraw keeps the move) or unpin")] string? Action,
    [property: Description("the person the edit is about (for add: the person added)")] Guid? PersonId,
    [property: Description("why the bureau edits the plan; kept with the edit and in the move's reasons")] string? Reason,
    [property: Description("the plan version you read")] int? Version,
    [property: Description("add: the campus the person goes to")] Guid? ToSchoolId = null,
    [property: Description("swap: the person of the same school who takes the move")] Guid? WithPersonId = null,
    [property: Description("add: the subject's post the teacher takes; the teacher's first subject when left out")] string? Subject = null,
    [property: Description("add at a core school: the sent person this one returns for; the first unmatched one when left out")] Guid? InReturnFor = null);

/// <summary>
/// The bureau's hand edits of a draft plan: each is checked by the planner's rules (<see cref="PlanEditor"/>), the plan's
/// targets and figures are counted again, and the edit is kept in the plan's trail and the audit log with who and why,
/// all in one transaction.
/// </summary>
public sealed class PlanEditService(RotationDatabase database, TimeProvider clock)
{
    public Task<Outcome<StoredPlan>> EditAsync(string countyCode, Guid planId, PlanEditRequest body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<StoredPlan>>(async s =>
        {
            var errors = new List<FieldError>();
            var action = WireEnum.Optional<EditAction>(body.Action, "action", errors);
            if (string.IsNullOrWhiteSpace(body.Action))
            {
                errors.Add(new FieldError("action", Texts.DecisionRequired(Enum.GetValues<EditAction>().Select(a => WireEnum.Text(a)))));
            }

            if (body.PersonId is null)
            {
                errors.Add(new FieldError("personId", Texts.Required));
            }

            if (string.IsNullOrWhiteSpace(body.Reason))
            {
                errors.Add(new FieldError("reason", Texts.EditNeedsReason));
            }

            if (body.Version is null)
            {
                errors.Add(new FieldError("version", Texts.VersionRequired));
            }

            if (action == EditAction.Add && body.ToSchoolId is null)
            {
                errors.Add(new FieldError("toSchoolId", Texts.Required));
            }

            if (action == EditAction.Swap && body.WithPersonId is null)
            {
                errors.Add(new FieldError("withPersonId", Texts.Required));
            }

            Subject? subject = null;
            if (!string.IsNullOrWhiteSpace(body.Subject))
            {
                if (Subjects.TryParse(body.Subject, out var parsed)) { subject = parsed; }
                else { errors.Add(new FieldError("subject", Texts.NotASubject(body.Subject!))); }
            }

            if (errors.Count > 0 || action is not { } taken)
            {
                return new Outcome<StoredPlan>.Invalid(errors);
            }

            if (await s.FindPlanAsync(countyCode, planId) is not { } plan)
            {
                return new Outcome<StoredPlan>.NotFound(Texts.NotInCounty(Texts.PlanEntity(planId)));
            }

            if (await PlanService.ContextAsync(s, countyCode, plan.SchoolYear, plan.AllianceId) is not { } ctx)
            {
                return Outcome<StoredPlan>.Fail("planId", Texts.NotAnAllianceOn(Eligibility.ReferenceDate(plan.SchoolYear)));
            }

            var people = ctx.Request.People.Select(c => c.Person.Id).ToHashSet();
            // A person who left the county may still be removed from a plan drawn before.
            if (body.PersonId is { } who && !people.Contains(who) && !(taken is EditAction.Remove or EditAction.Unpin && plan.Moves.Any(m => m.Move.PersonId == who)))
            {
                errors.Add(new FieldError("personId", Texts.NotAPerson(who)));
            }

            if (body.WithPersonId is { } with && !people.Contains(with))
            {
                errors.Add(new FieldError("withPersonId", Texts.NotAPerson(with)));
            }

            if (body.ToSchoolId is { } to && !ctx.Request.Schools.ContainsKey(to))
            {
                errors.Add(new FieldError("toSchoolId", Texts.NotASchool(to)));
            }

            if (errors.Count > 0)
            {
                return new Outcome<StoredPlan>.Invalid(errors);
            }

            if (plan.Version != body.Version)
            {
                return new Outcome<StoredPlan>.Stale(Texts.PlanEntity(planId), body.Version!.Value, plan.Version);
            }

            if (plan.Status != PlanStatus.Draft)
            {
                return new Outcome<StoredPlan>.Refused([new RuleViolation("rotation.edit.draft", Texts.EditOnlyDraft(plan.Status), Texts.EditSource)]);
            }

            var reason = body.Reason!.Trim();
            var edit = new PlanEdit(taken, body.PersonId!.Value, body.ToSchoolId, body.WithPersonId, subject, body.InReturnFor);
            var before = plan.Moves.Select(m => m.Move).ToList();
            var edited = PlanEditor.Apply(ctx.Request, before, edit, Texts.HandEdited(taken, actor, reason));
            if (edited.Refused)
            {
                return new Outcome<StoredPlan>.Refused(edited.Refusals);
            }

            var (targets, figures) = PlanTargets.Recount(ctx.Request, edited.Moves, plan.Targets);
            var storedVersions = plan.Moves.ToDictionary(m => m.Move.PersonId, m => m.PersonVersion);
            // A person already in the plan keeps the record version the plan was drawn on; one added now is planned on today's.
            var moves = edited.Moves.Select(m => new StoredMove(m,
                storedVersions.TryGetValue(m.PersonId, out var drawnOn) ? drawnOn : ctx.Versions[m.PersonId])).ToList();
            var next = plan with { Targets = targets, Figures = figures, Moves = moves, Version = plan.Version + 1 };
            if (!await s.ReplacePlanMovesAsync(next, plan.Version))
            {
                return new Outcome<StoredPlan>.Stale(Texts.PlanEntity(planId), body.Version!.Value, null);
            }

            await s.AddEditAsync(plan.Id, new PlanEditEntry(taken, edit.PersonId, edit.WithPersonId, edit.ToSchoolId, reason, actor, clock.GetUtcNow()));
            // The audit keeps the moves the edit touched (the people named and those sent back for them), before and after.
            var named = new[] { edit.PersonId, edit.WithPersonId ?? Guid.Empty };
            IEnumerable<PlannedMove> Touched(IEnumerable<PlannedMove> moves) =>
                moves.Where(m => named.Contains(m.PersonId) || (m.InReturnFor is { } r && named.Contains(r)));
            await s.WriteAuditAsync(actor, "rotation.plan.edit", "rotation-plan", plan.Id.ToString(), countyCode,
                new { Moves = Touched(before), plan.Figures }, new { Action = taken, Reason = reason, Moves = Touched(edited.Moves), figures });
            return next;
        }, ct);
}
