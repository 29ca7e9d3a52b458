using System.ComponentModel;
using EduPlatform.Contracts.Rotation;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Application;

public sealed record ReviewRequest(
    [property: Description("submit, agree, return, publish (the public notice, 公示) or approve")] string? Decision,
    [property: Description("the version you read")] int? Version,
    [property: Description("the school or alliance reviewing, for an alliance office or school step")] Guid? Party = null,
    string? Comment = null);

/// <summary>
/// Moves a plan through its review: submit, each school's and alliance's agreement, sending back, and the bureau's
/// approval — which places every person (their school history and current campus change from the start date), and
/// publishes PersonPlaced per move and RotationPlanApproved, all in one transaction with the review entry.
/// </summary>
public sealed class PlanReviewService(RotationDatabase database, TimeProvider clock)
{
    /// <param name="officeOf">An alliance office's alliances (null for the bureau and the province).</param>
    public Task<Outcome<StoredPlan>> DecideAsync(string countyCode, Guid planId, ReviewRequest body, bool isBureau, string actor, CancellationToken ct,
        IReadOnlySet<Guid>? officeOf = null) =>
        database.InTransactionAsync<Outcome<StoredPlan>>(async s =>
        {
            var errors = new List<FieldError>();
            var decision = WireEnum.Optional<ReviewDecision>(body.Decision, "decision", errors);
            if (string.IsNullOrWhiteSpace(body.Decision))
            {
                errors.Add(new FieldError("decision", Texts.DecisionRequired(Enum.GetValues<ReviewDecision>().Select(d => WireEnum.Text(d)))));
            }

            if (body.Version is null)
            {
                errors.Add(new FieldError("version", Texts.VersionRequired));
            }

            if (errors.Count > 0 || decision is not { } taken)
            {
                return new Outcome<StoredPlan>.Invalid(errors);
            }

            var plan = await s.FindPlanAsync(countyCode, planId);
            if (plan is null)
            {
                return new Outcome<StoredPlan>.NotFound(Texts.NotInCounty(Texts.PlanEntity(planId)));
            }

            if (plan.Version != body.Version)
            {
                return new Outcome<StoredPlan>.Stale(Texts.PlanEntity(planId), body.Version!.Value, plan.Version);
            }

            var bureauStep = taken is ReviewDecision.Approve or ReviewDecision.Publish
                || (taken == ReviewDecision.Return && plan.Status is PlanStatus.BureauReview or PlanStatus.Notice);
            if (bureauStep && !isBureau)
            {
                return Refuse("rotation.plan.bureau", Texts.BureauStep);
            }

            var parties = PlanParties.Of(plan.Moves.Select(m => m.Move));
            if (officeOf is not null && OfficeRefusal(plan, parties, taken, body.Party, officeOf, await s.CurrentCampusesAsync([.. officeOf])) is { } refusal)
            {
                return new Outcome<StoredPlan>.Forbidden(refusal);
            }

            var trail = await s.ReviewsAsync(planId);
            var comment = body.Comment?.Trim() ?? "";
            var (next, violation) = PlanWorkflow.Decide(plan.Status, parties, trail, taken, body.Party, comment);
            if (violation is not null)
            {
                return new Outcome<StoredPlan>.Refused([violation]);
            }

            if (next == PlanStatus.BureauReview && plan.Status != PlanStatus.BureauReview
                && (await ScheduleAsync(s, plan)).CheckNomination(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } late)
            {
                return new Outcome<StoredPlan>.Refused([late]);
            }

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var notice = next switch
            {
                PlanStatus.Notice => PublicNotice.Starting(today, (await s.RotationSettingsAsync(countyCode)).ToPolicy().NoticeWorkingDays),
                PlanStatus.Approved => plan.Notice,
                _ => null,
            };
            if (next == PlanStatus.Approved && await NoticeRefusalAsync(s, plan, today) is { } notYet)
            {
                return new Outcome<StoredPlan>.Refused([notYet]);
            }

            if (next == PlanStatus.Approved && await PlaceAsync(s, plan) is { Count: > 0 } stale)
            {
                s.Rollback();
                return new Outcome<StoredPlan>.Refused(stale);
            }

            var review = new PlanReview(plan.Status, body.Party, taken, comment, actor, clock.GetUtcNow());
            await s.AddReviewAsync(planId, trail.Count + 1, review);
            if (!await s.SetPlanStatusAsync(planId, next, plan.Version, notice))
            {
                s.Rollback();
                return new Outcome<StoredPlan>.Stale(Texts.PlanEntity(planId), plan.Version, null);
            }

            await s.WriteAuditAsync(actor, $"rotation.plan.{WireEnum.Text(taken)}", "rotation-plan", planId.ToString(), countyCode,
                new { Status = WireEnum.Text(plan.Status) }, new { Status = WireEnum.Text(next), body.Party, Comment = comment });
            return plan with { Status = next, Version = plan.Version + 1, Notice = notice };
        }, ct);

    /// <summary>Why the plan may not be approved yet: its notice still runs, or objections to it are unanswered.</summary>
    static async Task<RuleViolation?> NoticeRefusalAsync(DbSession s, StoredPlan plan, DateOnly today)
    {
        if (plan.Notice is { } notice && !notice.Ended(today))
        {
            return new RuleViolation("rotation.plan.notice-running", Texts.NoticeRunning(notice.Until), Texts.NoticeSource);
        }

        var open = (await s.PetitionsAsync(plan.CountyCode, plan.SchoolYear, plan.Id)).Count(p => p.Kind == PetitionKind.Objection && p.Outcome is null);
        return open > 0 ? new RuleViolation("rotation.plan.objections-open", Texts.ObjectionsOpen(open), Texts.NoticeSource) : null;
    }

    public static async Task<PlanSchedule> ScheduleAsync(DbSession s, StoredPlan plan)
    {
        var policy = (await s.RotationSettingsAsync(plan.CountyCode)).ToPolicy();
        var roles = (await s.ActivePeopleAsync(plan.CountyCode)).ToDictionary(p => p.Id, p => p.Role);
        return PlanSchedule.Of(plan.SchoolYear, policy, plan.Moves.Select(m => m.Move), id => roles.GetValueOrDefault(id));
    }

    /// <summary>
    /// What an alliance office may not do with this plan: submit any but its own alliance's plan, agree for a party that
    /// is neither its alliance nor one of its campuses, or send back a plan that moves nobody of its alliance.
    /// </summary>
    static string? OfficeRefusal(StoredPlan plan, PlanParties parties, ReviewDecision decision, Guid? party, IReadOnlySet<Guid> alliances, IReadOnlySet<Guid> campuses)
    {
        var own = plan.AllianceId is { } a && alliances.Contains(a);
        var involved = own || parties.Alliances.Overlaps(alliances) || parties.Schools.Overlaps(campuses);
        return decision switch
        {
            ReviewDecision.Submit when !own => Texts.AllianceSubmitsOwn,
            ReviewDecision.Agree when party is not { } p || !(alliances.Contains(p) || campuses.Contains(p)) =>
                Texts.AllianceAgreesOwn(party?.ToString()),
            _ when !involved => Texts.NotYourPeople,
            _ => null,
        };
    }

    static Outcome<StoredPlan> Refuse(string rule, string message) =>
        new Outcome<StoredPlan>.Refused([new RuleViolation(rule, message, "[001]")]);

    /// <summary>Places everyone, or returns why the plan no longer fits the people (nothing is written then).</summary>
    async Task<IReadOnlyList<RuleViolation>> PlaceAsync(DbSession s, StoredPlan plan)
    {
        var people = new Dictionary<Guid, Person>();
        var stale = new List<RuleViolation>();
        foreach (var stored in plan.Moves)
        {
            var person = await s.FindPersonAsync(plan.CountyCode, stored.Move.PersonId);
            if (person is null || person.LeftOn is not null || person.Version != stored.PersonVersion || person.CurrentSchoolId != stored.Move.FromSchoolId)
            {
                stale.Add(new RuleViolation("rotation.plan.stale",
                    Texts.ChangedSinceDrawn(person?.Name ?? stored.Move.PersonId.ToString()), Texts.AsFoundSource));
                continue;
            }

            people[person.Id] = person;
        }

        if (stale.Count > 0)
        {
            return stale;
        }

        var now = clock.GetUtcNow();
        foreach (var move in plan.Moves.Select(m => m.Move))
        {
            var person = people[move.PersonId];
            var placement = new Placement(Guid.CreateVersion7(), plan.CountyCode, plan.Id, person.Id, move.FromSchoolId, move.ToSchoolId,
                PlanGroup.IsAlliance(move.GroupId) ? move.GroupId : null, move.Mode, move.Stage, move.Subject, move.StartOn, move.EndOn,
                move.InReturnFor, PlacementStatus.Active, null, 1);
            await s.InsertPlacementAsync(placement);
            if (placement.MovesPost)
            {
                var moved = SchoolHistory.MoveTo(person, move.ToSchoolId, move.StartOn, byRotation: true, placedUntil: move.EndOn);
                if (!await s.UpdatePersonAsync(moved, person.Version))
                {
                    return [new RuleViolation("rotation.plan.stale", Texts.ChangedWhileApproving(person.Name), Texts.AsFoundSource)];
                }
            }

            await s.EnqueueEventAsync(new PersonPlaced
            {
                EventId = Guid.CreateVersion7(), CountyCode = plan.CountyCode, OccurredAt = now, PlacementId = placement.Id, PlanId = plan.Id,
                PersonId = person.Id, HomeSchoolId = move.FromSchoolId, HostSchoolId = move.ToSchoolId, AllianceId = placement.AllianceId,
                Mode = WireEnum.Text(move.Mode), Role = WireEnum.Text(person.Role), Stage = move.Stage,
                Subject = move.Subject is { } subject ? WireEnum.Text(subject) : null, Backbone = person.IsBackbone,
                StartOn = move.StartOn, EndOn = move.EndOn, InReturnFor = move.InReturnFor,
            });
        }

        await s.EnqueueEventAsync(new RotationPlanApproved
        {
            EventId = Guid.CreateVersion7(), CountyCode = plan.CountyCode, OccurredAt = now, PlanId = plan.Id, SchoolYear = plan.SchoolYear,
            AllianceId = plan.AllianceId, Moves = plan.Moves.Count, RotatingTeachers = plan.Figures.RotatingTeachers,
            RotatingBackbone = plan.Figures.RotatingBackbone, EligibleTeachers = plan.Figures.EligibleTeachers,
            Shortfalls = plan.Targets.Where(t => !t.Met).Select(t => new PlanShortfall { Target = t.Target, Scope = t.Scope.En, Required = t.Required, Planned = t.Planned }).ToList(),
        });
        return [];
    }
}
