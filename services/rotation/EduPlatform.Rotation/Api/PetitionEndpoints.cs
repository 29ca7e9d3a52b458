using System.Security.Claims;
using EduPlatform.Kernel;
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

public sealed record PetitionView(Guid Id, int SchoolYear, Guid? PlanId, Guid PersonId, string PersonName, PetitionKind Kind, string Text, string SubmittedBy,
    DateOnly ReceivedOn, string RecordedBy, DateTimeOffset RecordedAt, PetitionOutcome? Outcome, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt, int Version);

/// <summary>One line of a plan's public notice (公示名单): who goes where, how and for how long — no identity number, no birth date.</summary>
public sealed record NoticeLine(string Name, string Role, string FromSchool, string ToSchool, MoveMode Mode, DateOnly StartOn, DateOnly EndOn);

public sealed record NoticeView(Guid PlanId, int SchoolYear, PlanStatus Status, PublicNotice? Notice, IReadOnlyList<NoticeLine> Lines, int OpenObjections);

static class PetitionEndpoints
{
    public static void Map(RouteGroupBuilder county)
    {
        county.MapGet("/plans/{id:guid}/notice", GetPlanNotice).WithName(nameof(GetPlanNotice))
            .WithSummary("A plan's public notice (公示): its dates and its list — names, schools, modes and terms, nothing more — and the objections still open.");

        county.MapPost("/petitions", RecordPetition).WithName(nameof(RecordPetition))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("Records an objection to a plan's notice (against someone on its list, while it is up), a teacher's application or an appeal, as received.");

        county.MapGet("/petitions", ListPetitions).WithName(nameof(ListPetitions))
            .WithSummary("The year's objections, applications and appeals (of one plan when planId is given), with their answers.");

        county.MapPost("/petitions/{id:guid}/answer", AnswerPetition).WithName(nameof(AnswerPetition))
            .RequireAuthorization(RotationPolicies.Write)
            .WithSummary("Answers a petition: an objection or appeal upheld or dismissed, an application granted or refused; a plan is approved only when its objections are answered.");
    }

    static async Task<Results<Ok<NoticeView>, ProblemHttpResult>> GetPlanNotice(string countyCode, Guid id, RotationDatabase db, CancellationToken ct)
    {
        var view = await db.ReadAsync(async s =>
        {
            if (await s.FindPlanAsync(countyCode, id) is not { } plan)
            {
                return null;
            }

            var people = (await s.ActivePeopleAsync(countyCode)).ToDictionary(p => p.Id);
            var schools = await SchoolDirectory.FactsAsync(s, countyCode, Eligibility.ReferenceDate(plan.SchoolYear));
            string School(Guid school) => schools.TryGetValue(school, out var x) ? x.Name : "";
            var lines = plan.Moves.Select(m => m.Move).Select(m => new NoticeLine(people.TryGetValue(m.PersonId, out var p) ? p.Name : "",
                people.TryGetValue(m.PersonId, out var r) ? Texts.Role(r.Role).Zh : "", School(m.FromSchoolId), School(m.ToSchoolId), m.Mode, m.StartOn, m.EndOn)).ToList();
            var open = (await s.PetitionsAsync(countyCode, plan.SchoolYear, plan.Id)).Count(p => p.Kind == PetitionKind.Objection && p.Outcome is null);
            return new NoticeView(plan.Id, plan.SchoolYear, plan.Status, plan.Notice, lines, open);
        }, ct);
        return view is null ? Problems.NotFound(Texts.NotInCounty(Texts.PlanEntity(id))) : Reply.Ok(view);
    }

    static async Task<Results<Created<PetitionView>, ProblemHttpResult>> RecordPetition(
        string countyCode, PetitionRequest body, ClaimsPrincipal user, PetitionService petitions, RotationDatabase db, CancellationToken ct)
    {
        var outcome = await petitions.RecordAsync(countyCode, body, user.ActorName(), ct);
        if (outcome is not Outcome<Petition>.Ok { Result: var petition })
        {
            return outcome.ToProblem();
        }

        var view = (await ViewsAsync(db, countyCode, [petition], ct))[0];
        return TypedResults.Created($"/api/rotation/counties/{countyCode}/petitions?schoolYear={petition.SchoolYear}", view);
    }

    static async Task<Results<Ok<IReadOnlyList<PetitionView>>, ProblemHttpResult>> ListPetitions(
        string countyCode, int? schoolYear, Guid? planId, RotationDatabase db, CancellationToken ct)
    {
        if (schoolYear is not { } year || !SchoolYear.IsValid(year))
        {
            return Problems.Validation(("schoolYear", SchoolYear.Rule));
        }

        var petitions = await db.ReadAsync(s => s.PetitionsAsync(countyCode, year, planId), ct);
        return Reply.Ok(await ViewsAsync(db, countyCode, petitions, ct));
    }

    static async Task<Results<Ok<PetitionView>, ProblemHttpResult>> AnswerPetition(
        string countyCode, Guid id, PetitionAnswer body, ClaimsPrincipal user, PetitionService petitions, RotationDatabase db, CancellationToken ct)
    {
        var outcome = await petitions.AnswerAsync(countyCode, id, body, user.ActorName(), ct);
        return outcome is Outcome<Petition>.Ok { Result: var petition } ? Reply.Ok((await ViewsAsync(db, countyCode, [petition], ct))[0]) : outcome.ToProblem();
    }

    static async Task<IReadOnlyList<PetitionView>> ViewsAsync(RotationDatabase db, string countyCode, IReadOnlyList<Petition> petitions, CancellationToken ct)
    {
        var names = await db.ReadAsync(s => s.PersonNamesAsync(countyCode), ct);
        return petitions.Select(p => new PetitionView(p.Id, p.SchoolYear, p.PlanId, p.PersonId, names.GetValueOrDefault(p.PersonId, ""), p.Kind, p.Text,
            p.SubmittedBy, p.ReceivedOn, p.RecordedBy, p.RecordedAt, p.Outcome, p.Answer, p.AnsweredBy, p.AnsweredAt, p.Version)).ToList();
    }
}
