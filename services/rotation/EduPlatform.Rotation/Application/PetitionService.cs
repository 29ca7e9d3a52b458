using System.ComponentModel;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Application;

public sealed record PetitionRequest(
    [property: Description("objection (to a plan's notice), application or appeal")] string? Kind,
    [property: Description("the school year it concerns")] int? SchoolYear,
    [property: Description("the person it concerns (for an objection: someone on the plan's list)")] Guid? PersonId,
    [property: Description("what was submitted, in the submitter's words")] string? Text,
    [property: Description("who submitted it, e.g. 本人 or a school")] string? SubmittedBy,
    [property: Description("the day the bureau received it; today when left out")] DateOnly? ReceivedOn = null,
    [property: Description("the plan (required for an objection)")] Guid? PlanId = null);

public sealed record PetitionAnswer(
    [property: Description("upheld or dismissed (objection, appeal); granted or refused (application)")] string? Outcome,
    [property: Description("the bureau's answer")] string? Answer,
    [property: Description("the version you read")] int? Version);

/// <summary>Records objections to a plan's notice (公示), teachers' applications and appeals, and the bureau's answers.</summary>
public sealed class PetitionService(RotationDatabase database, TimeProvider clock)
{
    public Task<Outcome<Petition>> RecordAsync(string countyCode, PetitionRequest body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<Petition>>(async s =>
        {
            var errors = new List<FieldError>();
            var kind = WireEnum.Optional<PetitionKind>(body.Kind, "kind", errors);
            if (string.IsNullOrWhiteSpace(body.Kind)) { errors.Add(new FieldError("kind", Texts.PetitionKindRequired)); }
            if (body.SchoolYear is not { } year || !SchoolYear.IsValid(year)) { errors.Add(new FieldError("schoolYear", SchoolYear.Rule)); }
            if (string.IsNullOrWhiteSpace(body.Text)) { errors.Add(new FieldError("text", Texts.PetitionTextRequired)); }
            if (string.IsNullOrWhiteSpace(body.SubmittedBy)) { errors.Add(new FieldError("submittedBy", Texts.SubmittedByRequired)); }
            var person = body.PersonId is { } id ? await s.FindPersonAsync(countyCode, id) : null;
            if (person is null) { errors.Add(new FieldError("personId", Texts.NotInService(body.PersonId ?? Guid.Empty))); }

            StoredPlan? plan = null;
            if (kind == PetitionKind.Objection || body.PlanId is not null)
            {
                plan = body.PlanId is { } planId ? await s.FindPlanAsync(countyCode, planId) : null;
                if (plan is null)
                {
                    errors.Add(new FieldError("planId", body.PlanId is { } missing ? Texts.NotInCounty(Texts.PlanEntity(missing)) : Texts.ObjectionNeedsPlan));
                }
            }

            if (errors.Count > 0)
            {
                return new Outcome<Petition>.Invalid(errors);
            }

            // 公示 is when objections are raised: against someone on the list, while the list is up.
            if (kind == PetitionKind.Objection && plan!.Status != PlanStatus.Notice)
            {
                return new Outcome<Petition>.Refused([new RuleViolation("rotation.petition.notice", Texts.ObjectionOutsideNotice(plan.Status), Texts.NoticeSource)]);
            }

            if (kind == PetitionKind.Objection && plan!.Moves.All(m => m.Move.PersonId != person!.Id))
            {
                return new Outcome<Petition>.Refused([new RuleViolation("rotation.petition.not-listed", Texts.NotOnNotice(person!.Name), Texts.NoticeSource)]);
            }

            var now = clock.GetUtcNow();
            var petition = new Petition(Guid.CreateVersion7(), countyCode, body.SchoolYear!.Value, plan?.Id, person!.Id, kind!.Value, body.Text!.Trim(),
                body.SubmittedBy!.Trim(), body.ReceivedOn ?? DateOnly.FromDateTime(now.UtcDateTime), actor, now, null, null, null, null, 1);
            await s.InsertPetitionAsync(petition);
            await s.WriteAuditAsync(actor, "rotation.petition.record", "rotation-petition", petition.Id.ToString(), countyCode, null,
                new { Kind = WireEnum.Text(petition.Kind), petition.PlanId, petition.PersonId, petition.SubmittedBy });
            return petition;
        }, ct);

    public Task<Outcome<Petition>> AnswerAsync(string countyCode, Guid id, PetitionAnswer body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<Petition>>(async s =>
        {
            var errors = new List<FieldError>();
            var outcome = WireEnum.Optional<PetitionOutcome>(body.Outcome, "outcome", errors);
            if (string.IsNullOrWhiteSpace(body.Outcome)) { errors.Add(new FieldError("outcome", Texts.PetitionOutcomeRequired)); }
            if (string.IsNullOrWhiteSpace(body.Answer)) { errors.Add(new FieldError("answer", Texts.PetitionAnswerRequired)); }
            if (body.Version is null) { errors.Add(new FieldError("version", Texts.VersionRequired)); }
            var petition = await s.FindPetitionAsync(countyCode, id);
            if (petition is null)
            {
                return new Outcome<Petition>.NotFound(Texts.NotInCounty(Texts.PetitionEntity(id)));
            }

            if (outcome is { } o && !Petition.OutcomesOf(petition.Kind).Contains(o))
            {
                errors.Add(new FieldError("outcome", Texts.OutcomeOf(petition.Kind, Petition.OutcomesOf(petition.Kind).Select(x => WireEnum.Text(x)))));
            }

            if (errors.Count > 0)
            {
                return new Outcome<Petition>.Invalid(errors);
            }

            if (petition.Outcome is not null)
            {
                return new Outcome<Petition>.Refused([new RuleViolation("rotation.petition.answered", Texts.AlreadyAnswered, Texts.NoticeSource)]);
            }

            var now = clock.GetUtcNow();
            if (!await s.AnswerPetitionAsync(id, outcome!.Value, body.Answer!.Trim(), actor, now, body.Version!.Value))
            {
                return new Outcome<Petition>.Stale(Texts.PetitionEntity(id), body.Version!.Value, petition.Version);
            }

            await s.WriteAuditAsync(actor, "rotation.petition.answer", "rotation-petition", id.ToString(), countyCode, null,
                new { Outcome = WireEnum.Text(outcome.Value), Answer = body.Answer.Trim() });
            return petition with { Outcome = outcome, Answer = body.Answer.Trim(), AnsweredBy = actor, AnsweredAt = now, Version = petition.Version + 1 };
        }, ct);
}
