using System.ComponentModel;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Application;

public sealed record PlanRequestBody(
    [property: Description("the school year the plan is for (starting 1 September)")] int SchoolYear,
    [property: Description("one alliance's plan; the whole county when left out")] Guid? AllianceId = null,
    [property: Description("people the bureau keeps out of this plan")] IReadOnlyList<Guid>? ExcludePersonIds = null);

public sealed record NeedInput(
    Guid SchoolId,
    [property: Description("teachers the campus needs")] int Count,
    [property: Description("any subject when left out")] string? Subject = null,
    [property: Description("the school's own stage when left out")] string? Stage = null);

/// <summary>Drawing rotation plans for a county or one alliance, and the campus needs they fill.</summary>
public sealed class PlanService(RotationDatabase database, TimeProvider clock)
{
    /// <summary>Draws a new draft; earlier open plans of the same year and scope are superseded.</summary>
    public Task<Outcome<StoredPlan>> GenerateAsync(string countyCode, PlanRequestBody body, string actor, CancellationToken ct,
        IReadOnlySet<Guid>? officeOf = null) =>
        database.InTransactionAsync<Outcome<StoredPlan>>(async s =>
        {
            if (officeOf is not null && (body.AllianceId is not { } alliance || !officeOf.Contains(alliance)))
            {
                return new Outcome<StoredPlan>.Forbidden(Texts.AllianceDrawsOwn);
            }

            if (!SchoolYear.IsValid(body.SchoolYear))
            {
                return Outcome<StoredPlan>.Fail("schoolYear", SchoolYear.Rule);
            }

            var on = Eligibility.ReferenceDate(body.SchoolYear);
            var context = await ContextAsync(s, countyCode, body.SchoolYear, body.AllianceId);
            if (context is null)
            {
                return Outcome<StoredPlan>.Fail("allianceId", Texts.NotAnAllianceOn(on));
            }

            var (all, versions) = context.Value;
            var excluded = (body.ExcludePersonIds ?? []).ToHashSet();
            var request = all with { People = all.People.Where(c => !excluded.Contains(c.Person.Id)).ToList() };

            // The bureau's pins on the plan this one replaces are kept where the rules still allow them.
            var (pinned, dropped) = await PinsAsync(s, countyCode, body.SchoolYear, body.AllianceId, request, excluded);
            var outcome = RotationPlanner.Plan(request with { Pinned = pinned });

            var plan = new StoredPlan(Guid.CreateVersion7(), countyCode, body.SchoolYear, body.AllianceId, PlanStatus.Draft, outcome.Objective,
                outcome.Targets, outcome.Figures, actor, clock.GetUtcNow(), 1, outcome.Moves.Select(m => new StoredMove(m, versions[m.PersonId])).ToList());
            await s.SupersedeOpenPlansAsync(countyCode, body.SchoolYear, body.AllianceId);
            await s.InsertPlanAsync(plan);
            foreach (var (move, why) in dropped)
            {
                await s.AddEditAsync(plan.Id, new PlanEditEntry(EditAction.Unpin, move.PersonId, null, move.ToSchoolId, why, actor, clock.GetUtcNow()));
            }

            await s.WriteAuditAsync(actor, "rotation.plan.generate", "rotation-plan", plan.Id.ToString(), countyCode, null,
                new { plan.SchoolYear, plan.AllianceId, Moves = plan.Moves.Count, plan.Figures, Shortfalls = outcome.Shortfalls, Excluded = excluded,
                    Pinned = pinned.Count, PinsDropped = dropped.Select(d => new { d.Move.PersonId, Reason = d.Why }) });
            return plan;
        }, ct);

    /// <summary>
    /// What a plan of a county's year (or one alliance's) is drawn or edited against: the policy, the schools, the groups
    /// that send and receive, every active person with their eligibility, the campus needs, and each person's record version. Null when
    /// the alliance is not one on the year's reference date.
    /// </summary>
    public static async Task<(PlanRequest Request, IReadOnlyDictionary<Guid, int> Versions)?> ContextAsync(DbSession s, string countyCode, int schoolYear,
        Guid? allianceId)
    {
        var on = Eligibility.ReferenceDate(schoolYear);
        var (policy, schools, people) = await EligibilityService.LoadAsync(s, countyCode, schoolYear);
        var alliances = (await s.AlliancesOnAsync(countyCode, on))
            .Select(a => new AllianceFacts(a.Alliance.Id, a.Alliance.Name, a.Alliance.Kind, a.Alliance.CoreSchoolId, a.Campuses)).ToList();
        if (allianceId is { } only && alliances.All(a => a.Id != only))
        {
            return null;
        }

        var groups = PlanGroups.From(alliances, schools, policy).Where(g => allianceId is null || g.Id == allianceId).ToList();
        var candidates = people.Select(p => new PlanCandidate(p, Eligibility.Decide(p, schoolYear, policy, schools))).ToList();
        return (new PlanRequest(schoolYear, policy, schools, groups, candidates, await NeedsWithVacanciesAsync(s, countyCode, schoolYear)),
            people.ToDictionary(p => p.Id, p => p.Version));
    }

    /// <summary>The pinned moves of the open plans a new draw replaces: those the rules still allow, and why the others go.</summary>
    static async Task<(IReadOnlyList<PlannedMove> Kept, IReadOnlyList<(PlannedMove Move, string Why)> Dropped)> PinsAsync(
        DbSession s, string countyCode, int schoolYear, Guid? allianceId, PlanRequest request, IReadOnlySet<Guid> excluded)
    {
        var kept = new List<PlannedMove>();
        var dropped = new List<(PlannedMove, string)>();
        foreach (var open in (await s.PlansAsync(countyCode, schoolYear)).Where(p => p.AllianceId == allianceId && p.Status is not (PlanStatus.Approved or PlanStatus.Superseded)))
        {
            var pins = (await s.FindPlanAsync(countyCode, open.Id))!.Moves.Select(m => m.Move).Where(m => m.Pinned).ToList();
            var refusals = pins.ToDictionary(m => m.PersonId, m => excluded.Contains(m.PersonId)
                ? new RuleViolation("rotation.edit.excluded", Texts.ExcludedFromDraw, Texts.EditSource)
                : PlanEditor.CheckPinned(request, m));
            foreach (var move in pins)
            {
                // A return goes with the person it returns for; a person pinned twice (two open plans) is kept once.
                var refusal = refusals[move.PersonId]
                    ?? (move.InReturnFor is { } sent && (!refusals.TryGetValue(sent, out var sentRefused) || sentRefused is not null)
                        ? new RuleViolation("rotation.edit.return", Texts.NotInPlan(sent.ToString()), Texts.EditSource) : null);
                if (refusal is not null)
                {
                    var name = request.People.FirstOrDefault(c => c.Person.Id == move.PersonId)?.Person.Name ?? move.PersonId.ToString();
                    dropped.Add((move, Texts.PinDropped(name, refusal.Message)));
                }
                else if (kept.All(k => k.PersonId != move.PersonId))
                {
                    kept.Add(move);
                }
            }
        }

        return (kept, dropped);
    }

    /// <summary>
    /// The needs the clerk entered, plus staffing's vacancies of schools that are a pool on their own. A fused
    /// alliance's vacancy is the pool's, not a campus's: moving people inside the pool does not change it.
    /// </summary>
    public static async Task<IReadOnlyList<CampusNeed>> NeedsWithVacanciesAsync(DbSession s, string countyCode, int schoolYear)
    {
        var declared = await s.NeedsAsync(countyCode, schoolYear);
        var covered = declared.Select(n => (n.SchoolId, n.Stage)).ToHashSet();
        var fromStaffing = (await s.VacanciesAsync(countyCode, schoolYear))
            .Where(v => v.AllianceId is null && v.SchoolId is { } school && !covered.Contains((school, v.Stage)))
            .Select(v => new CampusNeed(v.SchoolId!.Value, v.Stage, null, v.Vacancies));
        return [.. declared, .. fromStaffing];
    }

    /// <summary>
    /// Replaces the year's needs. An alliance office (<paramref name="officeOf"/> = its alliances) replaces only the
    /// needs of its own campuses and may name no other school; the rest of the county's needs stay as they are.
    /// </summary>
    public Task<Outcome<IReadOnlyList<CampusNeed>>> SaveNeedsAsync(string countyCode, int schoolYear, IReadOnlyList<NeedInput>? body, string actor,
        CancellationToken ct, IReadOnlySet<Guid>? officeOf = null) =>
        database.InTransactionAsync<Outcome<IReadOnlyList<CampusNeed>>>(async s =>
        {
            var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(x => x.Id);
            var campuses = officeOf is null ? null : await s.CurrentCampusesAsync([.. officeOf]);
            if (campuses is not null && (body ?? []).FirstOrDefault(n => !campuses.Contains(n.SchoolId)) is { } outside)
            {
                return new Outcome<IReadOnlyList<CampusNeed>>.Forbidden(
                    Texts.NotYourCampus(outside.SchoolId));
            }

            var errors = new List<FieldError>();
            var needs = new List<CampusNeed>();
            foreach (var (input, i) in (body ?? []).Select((n, i) => (n, i)))
            {
                var at = $"needs[{i}]";
                if (!schools.TryGetValue(input.SchoolId, out var school))
                {
                    errors.Add(new FieldError($"{at}.schoolId", Texts.NotASchool(input.SchoolId)));
                    continue;
                }

                var stage = string.IsNullOrWhiteSpace(input.Stage) ? school.Stage : input.Stage.Trim();
                if (!PlanGroups.Teaches(school.Stage, stage))
                {
                    errors.Add(new FieldError($"{at}.stage", Texts.NoPostsOfStage(school.Name, school.Stage, stage)));
                }

                Subject? subject = null;
                if (!string.IsNullOrWhiteSpace(input.Subject))
                {
                    if (Subjects.TryParse(input.Subject, out var parsed)) { subject = parsed; }
                    else { errors.Add(new FieldError($"{at}.subject", Texts.NotASubject(input.Subject!))); }
                }

                if (input.Count is < 1 or > 500)
                {
                    errors.Add(new FieldError($"{at}.count", Texts.PostsWithin(500)));
                }

                needs.Add(new CampusNeed(school.Id, stage, subject, input.Count));
            }

            foreach (var twice in needs.GroupBy(n => (n.SchoolId, n.Stage, n.Subject)).Where(g => g.Count() > 1))
            {
                errors.Add(new FieldError("needs", Texts.NeedTwice(schools[twice.Key.SchoolId].Name, twice.Key.Stage, twice.Key.Subject, twice.Count())));
            }

            if (errors.Count > 0)
            {
                return new Outcome<IReadOnlyList<CampusNeed>>.Invalid(errors);
            }

            var before = await s.NeedsAsync(countyCode, schoolYear);
            if (campuses is not null)
            {
                needs = [.. before.Where(n => !campuses.Contains(n.SchoolId)), .. needs];
            }

            await s.ReplaceNeedsAsync(countyCode, schoolYear, needs);
            await s.WriteAuditAsync(actor, "rotation.needs.save", "rotation-needs", schoolYear.ToString(), countyCode, before, needs);
            return needs;
        }, ct);
}
