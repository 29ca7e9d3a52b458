using System.Security.Claims;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Application;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Rotation.Api;

public sealed record MoveView(Guid PersonId, string PersonName, bool Backbone, PersonRole Role, Guid FromSchoolId, string FromSchool, Guid ToSchoolId,
    string ToSchool, MoveMode Mode, string Stage, Subject? Subject, DateOnly StartOn, DateOnly EndOn, IReadOnlyList<Words> Reasons, Guid? InReturnFor,
    bool Pinned);

public sealed record PlanView(Guid Id, int SchoolYear, Guid? AllianceId, PlanStatus Status, int Version, string Objective, PlanFigures Figures,
    IReadOnlyList<TargetResult> Targets, IReadOnlyList<TargetResult> Shortfalls, string CreatedBy, DateTimeOffset CreatedAt,
    PlanSchedule Schedule, IReadOnlyList<MoveView> Moves, IReadOnlyList<PlanReview> Reviews, PlanParties Parties, PublicNotice? Notice,
    IReadOnlyList<PlanEditView> Edits);

/// <summary>A hand edit as the plan's trail shows it, with the people's and the school's names.</summary>
public sealed record PlanEditView(EditAction Action, Guid PersonId, string PersonName, Guid? WithPersonId, string? WithPersonName, Guid? ToSchoolId,
    string? ToSchool, string Reason, string Actor, DateTimeOffset At);

/// <summary>A plan in the year's list: its figures and how many targets it leaves short.</summary>
public sealed record PlanSummary(Guid Id, int SchoolYear, Guid? AllianceId, PlanStatus Status, int Version, PlanFigures Figures, int Shortfalls,
    string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>A re-appointment round in the county's list: how many people it decided and how many wait (待岗).</summary>
public sealed record RoundSummary(Guid Id, string Name, DateOnly Date, int People, int Waiting, DateOnly? AppliedOn, int Version, DateTimeOffset CreatedAt);

static class PlanEndpoints
{
    public static void Map(RouteGroupBuilder county)
    {
        county.MapGet("/needs/{schoolYear:int}", ListCampusNeeds).WithName(nameof(ListCampusNeeds))
            .WithSummary("Posts campuses ask to fill by rotation: the clerk's list, plus staffing's vacancies of schools that are a pool on their own.");

        county.MapPut("/needs/{schoolYear:int}", SetCampusNeeds).WithName(nameof(SetCampusNeeds))
            .RequireAuthorization(RotationPolicies.Review)
            .WithSummary("Replaces the year's campus needs (school, stage, subject or none for any, count); all or nothing.");

        county.MapPost("/plans", DrawRotationPlan).WithName(nameof(DrawRotationPlan))
            .RequireAuthorization(RotationPolicies.Review)
            .OneDrawPerCounty()
            .WithSummary("Draws a draft plan for the county or one alliance: the mandated teams, the county share and backbone share, returns in kind, with every shortfall.");

        county.MapGet("/plans", ListRotationPlans).WithName(nameof(ListRotationPlans))
            .WithSummary("The year's plans, newest first.");

        county.MapGet("/plans/{id:guid}", GetRotationPlan).WithName(nameof(GetRotationPlan))
            .WithSummary("A plan with every move and its reasons, the targets and shortfalls, the review trail and who must still agree.");

        county.MapPost("/plans/{id:guid}/reviews", ReviewRotationPlan).WithName(nameof(ReviewRotationPlan))
            .RequireAuthorization(RotationPolicies.Review)
            .WithSummary("submit, agree (party: a school or alliance of the plan), return (with a comment), publish (the bureau: the public notice, 公示, for the county's working days), approve (the bureau, after the notice and with every objection answered: places everyone, publishes PersonPlaced and RotationPlanApproved).");

        county.MapPost("/plans/{id:guid}/edits", EditRotationPlan).WithName(nameof(EditRotationPlan))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("The bureau edits a draft by hand: add a person (to a campus; in return for a sent person at a core school), remove, swap for someone of the same school, pin (kept when the plan is drawn again) or unpin. Every rule is checked again, the targets are counted again, and the edit is kept with who and why.");

        county.MapGet("/placements", ListPlacements).WithName(nameof(ListPlacements)).WithSummary("Approved moves: active, returned or transferred.");

        county.MapPost("/placements/{id:guid}/return", ReturnPlacement).WithName(nameof(ReturnPlacement))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("The person comes back (by default the day after the end date); publishes PersonReturned and credits rural or weak-school service.");

        county.MapPost("/placements/{id:guid}/stay", StayAtPlacement).WithName(nameof(StayAtPlacement))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("A person the lead school placed, rated excellent in the term's last year, stays at the host for good; publishes PersonTransferred.");

        county.MapPost("/rounds", RunReappointmentRound).WithName(nameof(RunReappointmentRound))
            .RequireAuthorization(RotationPolicies.Write)
            .OneDrawPerCounty()
            .WithSummary("Runs a 县管校聘 re-appointment round [004]: protected people first, 90% own-school and 10% cross-school by score, bureau placement by subject and record, then waiting with its pay; every person explained.");

        county.MapPost("/rounds/{id:guid}/apply", ApplyReappointmentRound).WithName(nameof(ApplyReappointmentRound))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("Writes the round's cross-school and bureau placements into school histories from effectiveOn; publishes PersonReassigned for each.");

        county.MapGet("/rounds", ListReappointmentRounds).WithName(nameof(ListReappointmentRounds))
            .WithSummary("The county's re-appointment rounds, newest first.");

        county.MapGet("/rounds/{id:guid}", GetReappointmentRound).WithName(nameof(GetReappointmentRound))
            .WithSummary("One round: each school's posts, quotas and placements, and each person's outcome with its explanation and pay.");

        county.MapGet("/people/{id:guid}/career/{step}", CheckCareerStep).WithName(nameof(CheckCareerStep)).WithSummary("May this person apply for a senior title (senior-title), a principal grade (principal-grade), or stand as a preferred principal candidate (principal-preferred)?");
    }

    static async Task<PlanView> ViewAsync(RotationDatabase db, StoredPlan plan, CancellationToken ct)
    {
        var (people, schools, reviews, schedule, edits) = await db.ReadAsync(async s =>
            ((await s.ActivePeopleAsync(plan.CountyCode)).ToDictionary(p => p.Id),
                await SchoolDirectory.FactsAsync(s, plan.CountyCode, Eligibility.ReferenceDate(plan.SchoolYear)),
                await s.ReviewsAsync(plan.Id), await PlanReviewService.ScheduleAsync(s, plan), await s.EditsAsync(plan.Id)), ct);
        string School(Guid id) => schools.TryGetValue(id, out var x) ? x.Name : "";
        var moves = plan.Moves.Select(m => m.Move).Select(m =>
        {
            var person = people.GetValueOrDefault(m.PersonId);
            return new MoveView(m.PersonId, person?.Name ?? "", person?.IsBackbone ?? false, person?.Role ?? PersonRole.Teacher, m.FromSchoolId, School(m.FromSchoolId),
                m.ToSchoolId, School(m.ToSchoolId), m.Mode, m.Stage, m.Subject, m.StartOn, m.EndOn, m.Reasons, m.InReturnFor, m.Pinned);
        }).ToList();
        return new PlanView(plan.Id, plan.SchoolYear, plan.AllianceId, plan.Status, plan.Version, plan.Objective, plan.Figures, plan.Targets,
            plan.Targets.Where(t => !t.Met).ToList(), plan.CreatedBy, plan.CreatedAt, schedule, moves, reviews, PlanParties.Of(plan.Moves.Select(m => m.Move)),
            plan.Notice, edits.Select(e => new PlanEditView(e.Action, e.PersonId, people.GetValueOrDefault(e.PersonId)?.Name ?? "", e.WithPersonId,
                e.WithPersonId is { } with ? people.GetValueOrDefault(with)?.Name : null, e.ToSchoolId, e.ToSchoolId is { } to ? School(to) : null,
                e.Reason, e.Actor, e.At)).ToList());
    }

    static async Task<Ok<IReadOnlyList<CampusNeed>>> ListCampusNeeds(string countyCode, int schoolYear, RotationDatabase db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(s => PlanService.NeedsWithVacanciesAsync(s, countyCode, schoolYear), ct));

    static async Task<Results<Ok<IReadOnlyList<CampusNeed>>, ProblemHttpResult>> SetCampusNeeds(
        string countyCode, int schoolYear, IReadOnlyList<NeedInput>? body, ClaimsPrincipal user, PlanService plans, CancellationToken ct) =>
        (await plans.SaveNeedsAsync(countyCode, schoolYear, body, user.ActorName(), ct, RotationPolicies.OfficeOf(user))).ToOk();

    static async Task<Results<Created<PlanView>, ProblemHttpResult>> DrawRotationPlan(
        string countyCode, PlanRequestBody body, ClaimsPrincipal user, PlanService plans, RotationDatabase db, CancellationToken ct)
    {
        var outcome = await plans.GenerateAsync(countyCode, body, user.ActorName(), ct, RotationPolicies.OfficeOf(user));
        return outcome is Outcome<StoredPlan>.Ok { Result: var plan }
            ? Reply.Created($"/api/rotation/counties/{countyCode}/plans/{plan.Id}", await ViewAsync(db, plan, ct))
            : outcome.ToProblem();
    }

    static async Task<Ok<List<PlanSummary>>> ListRotationPlans(string countyCode, int schoolYear, RotationDatabase db, CancellationToken ct) =>
        TypedResults.Ok((await db.ReadAsync(s => s.PlansAsync(countyCode, schoolYear), ct))
            .Select(p => new PlanSummary(p.Id, p.SchoolYear, p.AllianceId, p.Status, p.Version, p.Figures, p.Targets.Count(t => !t.Met), p.CreatedBy, p.CreatedAt))
            .ToList());

    static async Task<Results<Ok<PlanView>, ProblemHttpResult>> GetRotationPlan(string countyCode, Guid id, RotationDatabase db, CancellationToken ct) =>
        await db.ReadAsync(s => s.FindPlanAsync(countyCode, id), ct) is { } plan
            ? Reply.Ok(await ViewAsync(db, plan, ct))
            : Problems.NotFound(Texts.NotInCounty(Texts.PlanEntity(id)));

    static async Task<Results<Ok<PlanView>, ProblemHttpResult>> EditRotationPlan(
        string countyCode, Guid id, PlanEditRequest body, ClaimsPrincipal user, PlanEditService edits, RotationDatabase db, CancellationToken ct)
    {
        var outcome = await edits.EditAsync(countyCode, id, body, user.ActorName(), ct);
        return outcome is Outcome<StoredPlan>.Ok { Result: var plan } ? Reply.Ok(await ViewAsync(db, plan, ct)) : outcome.ToProblem();
    }

    static async Task<Results<Ok<PlanView>, ProblemHttpResult>> ReviewRotationPlan(
        string countyCode, Guid id, ReviewRequest body, ClaimsPrincipal user, PlanReviewService reviews, RotationDatabase db, CancellationToken ct)
    {
        var outcome = await reviews.DecideAsync(countyCode, id, body, RotationPolicies.IsBureau(user), user.ActorName(), ct, RotationPolicies.OfficeOf(user));
        return outcome is Outcome<StoredPlan>.Ok { Result: var plan } ? Reply.Ok(await ViewAsync(db, plan, ct)) : outcome.ToProblem();
    }

    static async Task<Results<Ok<Page<Placement>>, ProblemHttpResult>> ListPlacements(
        string countyCode, string? status, Guid? personId, int? offset, int? limit, RotationDatabase db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var wanted = WireEnum.Optional<PlacementStatus>(status, "status", errors);
        return errors.Count > 0
            ? Problems.Invalid(errors)
            : Reply.Ok(Page<Placement>.Of(await db.ReadAsync(s => s.PlacementsAsync(countyCode, wanted, personId), ct), Paging.From(offset, limit)));
    }

    static async Task<Results<Ok<Placement>, ProblemHttpResult>> ReturnPlacement(
        string countyCode, Guid id, ReturnRequest body, ClaimsPrincipal user, PlacementService placements, CancellationToken ct) =>
        (await placements.ReturnAsync(countyCode, id, body, user.ActorName(), ct)).ToOk();

    static async Task<Results<Ok<Placement>, ProblemHttpResult>> StayAtPlacement(
        string countyCode, Guid id, StayRequest body, ClaimsPrincipal user, PlacementService placements, CancellationToken ct) =>
        (await placements.StayAsync(countyCode, id, body, user.ActorName(), ct)).ToOk();

    static async Task<Results<Created<StoredRound>, ProblemHttpResult>> RunReappointmentRound(
        string countyCode, RoundRequest body, ClaimsPrincipal user, RoundService rounds, CancellationToken ct)
    {
        var outcome = await rounds.RunAsync(countyCode, body, user.ActorName(), ct);
        return outcome.ToHttp(round => TypedResults.Created($"/api/rotation/counties/{countyCode}/rounds/{round.Id}", round));
    }

    static async Task<Results<Ok<StoredRound>, ProblemHttpResult>> ApplyReappointmentRound(
        string countyCode, Guid id, ApplyRoundRequest body, ClaimsPrincipal user, RoundService rounds, CancellationToken ct) =>
        (await rounds.ApplyAsync(countyCode, id, body, user.ActorName(), ct)).ToOk();

    static async Task<Ok<List<RoundSummary>>> ListReappointmentRounds(string countyCode, RotationDatabase db, CancellationToken ct) =>
        TypedResults.Ok((await db.ReadAsync(s => s.RoundsAsync(countyCode), ct))
            .Select(r => new RoundSummary(r.Id, r.Name, r.Date, r.People.Count, r.People.Count(p => p.Outcome == Domain.Reappointment.RoundOutcome.Waiting),
                r.AppliedOn, r.Version, r.CreatedAt))
            .ToList());

    static async Task<Results<Ok<StoredRound>, ProblemHttpResult>> GetReappointmentRound(
        string countyCode, Guid id, RotationDatabase db, CancellationToken ct) =>
        (await db.ReadAsync(s => s.RoundsAsync(countyCode), ct)).FirstOrDefault(r => r.Id == id) is { } round
            ? Reply.Ok(round) : Problems.NotFound(Texts.NotInCounty(Texts.RoundEntity(id)));

    static async Task<Results<Ok<CareerAnswer>, ProblemHttpResult>> CheckCareerStep(
        string countyCode, Guid id, string step, CareerService careers, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (WireEnum.Optional<CareerStep>(step, "step", errors) is not { } wanted)
        {
            return Problems.Invalid(errors);
        }

        return await careers.CheckAsync(countyCode, id, wanted, ct) is { } answer ? Reply.Ok(answer) : Problems.NotFound(Texts.NotInCounty(Texts.PersonEntity(id)));
    }
}
