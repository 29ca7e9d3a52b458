using System.ComponentModel;
using System.Text.Json;
using EduPlatform.Contracts.Rotation;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;
using EduPlatform.Rotation.Domain.Reappointment;

namespace EduPlatform.Rotation.Application;

public sealed record RoundPostInput(Guid SchoolId, int Count, string? Stage = null, string? Subject = null);

public sealed record RoundReserveInput(Guid SchoolId, int Count);

public sealed record RoundApplicantInput(
    Guid PersonId, decimal Score, decimal? Record = null, IReadOnlyList<Guid>? CrossSchoolChoices = null, bool? AcceptsPlacement = null);

/// <summary>A school closed in a layout adjustment (布局调整撤并) and the school its students went to.</summary>
public sealed record RoundMergeInput(Guid SchoolId, Guid IntoSchoolId);

public sealed record RoundRequest(
    [property: Description("e.g. 2025年秋季县管校聘")] string? Name,
    [property: Description("the day the round is held")] DateOnly? Date,
    RoundRules? Rules = null,
    IReadOnlyList<RoundPostInput>? Posts = null,
    IReadOnlyList<RoundReserveInput>? ReservedForRecruits = null,
    IReadOnlyList<RoundApplicantInput>? Applicants = null,
    [property: Description("schools merged away: their teachers compete as teachers of the school their students went to [004]")]
    IReadOnlyList<RoundMergeInput>? MergedSchools = null);

/// <summary>Where the bureau sends a waiting teacher for 跟岗学习 (shadowing) and 顶岗实践 (covering a post) [004].</summary>
public sealed record WaitingAssignmentInput(Guid PersonId, Guid? ShadowingSchoolId = null, Guid? CoverSchoolId = null);

public sealed record RoundPersonView(Guid PersonId, string Name, Guid HomeSchoolId, string HomeSchool, RoundOutcome Outcome, Guid? SchoolId, string? School,
    Subject? Subject, IReadOnlyList<Words> Explanation, WaitingPay? Pay, bool DismissalProcedure);

public sealed record StoredRound(Guid Id, string CountyCode, string Name, DateOnly Date, RoundRules Rules, IReadOnlyList<RoundSchoolSummary> Schools,
    IReadOnlyList<RoundPersonView> People, string CreatedBy, DateTimeOffset CreatedAt, DateOnly? AppliedOn = null, int Version = 1);

public sealed record ApplyRoundRequest(
    [property: Description("the first day at the new schools")] DateOnly? EffectiveOn,
    [property: Description("the version you read")] int? Version,
    [property: Description("for the teachers left waiting (待岗): the schools of their 跟岗学习 and 顶岗实践")] IReadOnlyList<WaitingAssignmentInput>? WaitingAssignments = null);

/// <summary>Runs and keeps the county's re-appointment rounds (县管校聘 [004]); a person's earlier waiting comes from the earlier rounds.</summary>
public sealed class RoundService(RotationDatabase database, TimeProvider clock)
{
    public Task<Outcome<StoredRound>> RunAsync(string countyCode, RoundRequest body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<StoredRound>>(async s =>
        {
            var errors = new List<FieldError>();
            var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(x => x.Id);
            var people = (await s.ActivePeopleAsync(countyCode)).ToDictionary(p => p.Id);
            var rules = body.Rules ?? new RoundRules();
            if (string.IsNullOrWhiteSpace(body.Name)) { errors.Add(new FieldError("name", Texts.RoundNameRequired)); }
            if (body.Date is null) { errors.Add(new FieldError("date", Texts.RoundDateRequired)); }
            if (rules.OwnSchoolShare is < 0.5m or > 1m) { errors.Add(new FieldError("rules.ownSchoolShare", Texts.OwnShareRange)); }
            if (rules.ProtectedYearsToRetirement is < 0 or > 10) { errors.Add(new FieldError("rules.protectedYearsToRetirement", Texts.ProtectedYearsRange)); }
            if (rules.YearsUnplacedBeforeDismissal is < 1 or > 10) { errors.Add(new FieldError("rules.yearsUnplacedBeforeDismissal", Texts.UnplacedYearsRange)); }

            var posts = new List<RoundPost>();
            foreach (var (p, i) in (body.Posts ?? []).Select((p, i) => (p, i)))
            {
                if (!schools.TryGetValue(p.SchoolId, out var school)) { errors.Add(new FieldError($"posts[{i}].schoolId", Texts.NotASchool(p.SchoolId))); continue; }
                var stage = string.IsNullOrWhiteSpace(p.Stage) ? (school.Stage == "nine-year" ? "" : school.Stage) : p.Stage.Trim();
                if (stage.Length == 0) { errors.Add(new FieldError($"posts[{i}].stage", Texts.NineYearSaysStage(school.Name))); }
                else if (!PlanGroups.Teaches(school.Stage, stage)) { errors.Add(new FieldError($"posts[{i}].stage", Texts.NoPostsOfStage(school.Name, school.Stage, stage))); }
                Subject? subject = null;
                if (!string.IsNullOrWhiteSpace(p.Subject))
                {
                    if (Subjects.TryParse(p.Subject, out var parsed)) { subject = parsed; } else { errors.Add(new FieldError($"posts[{i}].subject", Texts.NotASubject(p.Subject!))); }
                }

                if (p.Count is < 0 or > 1000) { errors.Add(new FieldError($"posts[{i}].count", Texts.CountWithin(1000))); }
                posts.Add(new RoundPost(p.SchoolId, stage, subject, p.Count));
            }

            var reserved = new Dictionary<Guid, int>();
            foreach (var (r, i) in (body.ReservedForRecruits ?? []).Select((r, i) => (r, i)))
            {
                if (!schools.ContainsKey(r.SchoolId)) { errors.Add(new FieldError($"reservedForRecruits[{i}].schoolId", Texts.NotASchool(r.SchoolId))); }
                if (r.Count < 0) { errors.Add(new FieldError($"reservedForRecruits[{i}].count", Texts.NotNegative)); }
                reserved[r.SchoolId] = reserved.GetValueOrDefault(r.SchoolId) + r.Count;
            }

            var merged = new Dictionary<Guid, Guid>();
            foreach (var (m, i) in (body.MergedSchools ?? []).Select((m, i) => (m, i)))
            {
                if (!schools.ContainsKey(m.SchoolId)) { errors.Add(new FieldError($"mergedSchools[{i}].schoolId", Texts.NotASchool(m.SchoolId))); }
                if (!schools.ContainsKey(m.IntoSchoolId)) { errors.Add(new FieldError($"mergedSchools[{i}].intoSchoolId", Texts.NotASchool(m.IntoSchoolId))); }
                if (m.SchoolId == m.IntoSchoolId) { errors.Add(new FieldError($"mergedSchools[{i}].intoSchoolId", Texts.MergedIntoItself)); }
                merged[m.SchoolId] = m.IntoSchoolId;
            }

            var waited = await WaitedSemestersAsync(s, countyCode);
            var applicants = new List<RoundApplicant>();
            foreach (var (a, i) in (body.Applicants ?? []).Select((a, i) => (a, i)))
            {
                if (!people.TryGetValue(a.PersonId, out var person)) { errors.Add(new FieldError($"applicants[{i}].personId", Texts.NotInService(a.PersonId))); continue; }
                if (applicants.Any(x => x.Person.Id == a.PersonId)) { errors.Add(new FieldError($"applicants[{i}].personId", Texts.ListedTwice(person.Name))); }
                if (a.Score < 0) { errors.Add(new FieldError($"applicants[{i}].score", Texts.NotNegative)); }
                foreach (var choice in (a.CrossSchoolChoices ?? []).Where(c => !schools.ContainsKey(c)))
                {
                    errors.Add(new FieldError($"applicants[{i}].crossSchoolChoices", Texts.NotASchool(choice)));
                }

                applicants.Add(new RoundApplicant(person, a.Score, a.Record ?? a.Score, a.CrossSchoolChoices ?? [], a.AcceptsPlacement ?? true, waited.GetValueOrDefault(person.Id)));
            }

            if (applicants.Count == 0) { errors.Add(new FieldError("applicants", Texts.NoApplicants)); }
            if (errors.Count > 0)
            {
                return new Outcome<StoredRound>.Invalid(errors);
            }

            var names = schools.ToDictionary(x => x.Key, x => x.Value.Name);
            var report = ReappointmentRound.Run(body.Date!.Value, rules, posts, reserved, applicants, names, merged);
            var views = report.People.Select(r =>
            {
                var p = people[r.PersonId];
                return new RoundPersonView(p.Id, p.Name, p.CurrentSchoolId, names.GetValueOrDefault(p.CurrentSchoolId, ""), r.Outcome, r.SchoolId,
                    r.SchoolId is { } at ? names.GetValueOrDefault(at) : null, r.Subject, r.Explanation, r.Pay, r.DismissalProcedure);
            }).ToList();
            var round = new StoredRound(Guid.CreateVersion7(), countyCode, body.Name!.Trim(), body.Date.Value, rules, report.Schools, views, actor, clock.GetUtcNow());
            await s.InsertRoundAsync(round, body);
            await s.WriteAuditAsync(actor, "rotation.round.run", "rotation-round", round.Id.ToString(), countyCode, null,
                new { round.Name, round.Date, Applicants = views.Count, Waiting = views.Count(v => v.Outcome == RoundOutcome.Waiting) });
            return round;
        }, ct);

    /// <summary>
    /// Writes the round's moves into school histories from <c>effectiveOn</c>: everyone who won a post at another school or
    /// was placed there by the bureau moves (PersonReassigned, so staffing's head counts follow). Anyone who left or
    /// moved since the round makes it a 409 naming them, and nothing is written. A round is applied once.
    /// </summary>
    public Task<Outcome<StoredRound>> ApplyAsync(string countyCode, Guid id, ApplyRoundRequest body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<StoredRound>>(async s =>
        {
            if (body.EffectiveOn is null || body.Version is null)
            {
                return new Outcome<StoredRound>.Invalid([.. body.EffectiveOn is null ? [new FieldError("effectiveOn", Texts.EffectiveOnRequired)] : Array.Empty<FieldError>(),
                    .. body.Version is null ? [new FieldError("version", Texts.VersionRequired)] : Array.Empty<FieldError>()]);
            }

            var round = (await s.RoundsAsync(countyCode)).FirstOrDefault(r => r.Id == id);
            if (round is null)
            {
                return new Outcome<StoredRound>.NotFound(Texts.NotInCounty(Texts.RoundEntity(id)));
            }

            if (round.Version != body.Version)
            {
                return new Outcome<StoredRound>.Stale(Texts.RoundEntity(id), body.Version.Value, round.Version);
            }

            var violations = new List<RuleViolation>();
            if (round.AppliedOn is { } applied)
            {
                violations.Add(new RuleViolation("rotation.round.applied", Texts.RoundApplied(applied), "[004]"));
            }

            if (body.EffectiveOn < round.Date)
            {
                violations.Add(new RuleViolation("rotation.round.effective", Texts.EffectiveBeforeRound(body.EffectiveOn.Value, round.Date), "[004]"));
            }

            var schools = (await s.KnownSchoolsAsync(countyCode)).Select(x => x.Id).ToHashSet();
            var assignments = new Dictionary<Guid, WaitingAssignmentInput>();
            var fieldErrors = new List<FieldError>();
            foreach (var (a, i) in (body.WaitingAssignments ?? []).Select((a, i) => (a, i)))
            {
                if (!round.People.Any(p => p.PersonId == a.PersonId && p.Outcome == RoundOutcome.Waiting))
                {
                    fieldErrors.Add(new FieldError($"waitingAssignments[{i}].personId", Texts.NotWaitingInRound(a.PersonId)));
                }

                foreach (var (school, field) in new[] { (a.ShadowingSchoolId, "shadowingSchoolId"), (a.CoverSchoolId, "coverSchoolId") })
                {
                    if (school is { } id && !schools.Contains(id)) { fieldErrors.Add(new FieldError($"waitingAssignments[{i}].{field}", Texts.NotASchool(id))); }
                }

                assignments[a.PersonId] = a;
            }

            if (fieldErrors.Count > 0)
            {
                return new Outcome<StoredRound>.Invalid(fieldErrors);
            }

            var moving = round.People.Where(p => p.Outcome is RoundOutcome.CrossSchool or RoundOutcome.BureauPlaced && p.SchoolId is { } to && to != p.HomeSchoolId).ToList();
            var people = new List<(RoundPersonView View, Person Person)>();
            foreach (var view in moving)
            {
                var person = await s.FindPersonAsync(countyCode, view.PersonId);
                if (person is null || person.LeftOn is not null || person.CurrentSchoolId != view.HomeSchoolId)
                {
                    violations.Add(new RuleViolation("rotation.round.stale", Texts.ChangedSinceRound(view.Name), "[004]"));
                    continue;
                }

                people.Add((view, person));
            }

            if (violations.Count > 0)
            {
                return new Outcome<StoredRound>.Refused(violations);
            }

            var on = body.EffectiveOn!.Value;
            foreach (var (view, person) in people)
            {
                if (!await s.UpdatePersonAsync(SchoolHistory.MoveTo(person, view.SchoolId!.Value, on, byRotation: false), person.Version))
                {
                    s.Rollback();
                    return new Outcome<StoredRound>.Stale(Texts.PersonEntity(person.Id), person.Version, null);
                }

                await s.EnqueueEventAsync(new PersonReassigned
                {
                    EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = clock.GetUtcNow(), RoundId = id, PersonId = person.Id,
                    FromSchoolId = view.HomeSchoolId, ToSchoolId = view.SchoolId!.Value, Stage = person.Stage, EffectiveOn = on, Outcome = WireEnum.Text(view.Outcome),
                });
            }

            // 待岗 is kept on the person until a later round places them [004].
            var waitedNow = await WaitedSemestersAsync(s, countyCode);
            foreach (var view in round.People)
            {
                var person = await s.FindPersonAsync(countyCode, view.PersonId);
                if (person is null || person.LeftOn is not null)
                {
                    continue;
                }

                var assigned = assignments.GetValueOrDefault(view.PersonId);
                WaitingStatus? waiting = view.Outcome == RoundOutcome.Waiting
                    ? new WaitingStatus(id, on, waitedNow.GetValueOrDefault(view.PersonId, 1), assigned?.ShadowingSchoolId, assigned?.CoverSchoolId)
                    : null;
                if (waiting != person.Waiting && !await s.UpdatePersonAsync(person with { Waiting = waiting, Version = person.Version + 1 }, person.Version))
                {
                    s.Rollback();
                    return new Outcome<StoredRound>.Stale(Texts.PersonEntity(person.Id), person.Version, null);
                }
            }

            if (!await s.MarkRoundAppliedAsync(id, on, round.Version))
            {
                s.Rollback();
                return new Outcome<StoredRound>.Stale(Texts.RoundEntity(id), round.Version, null);
            }

            await s.WriteAuditAsync(actor, "rotation.round.apply", "rotation-round", id.ToString(), countyCode, null, new { EffectiveOn = on, Moved = people.Count });
            return round with { AppliedOn = on, Version = round.Version + 1 };
        }, ct);

    /// <summary>Semesters each person has waited in a row up to now: the earlier rounds, newest first, until one placed them.</summary>
    static async Task<IReadOnlyDictionary<Guid, int>> WaitedSemestersAsync(DbSession s, string countyCode)
    {
        var rounds = await s.RoundsAsync(countyCode);
        var waited = new Dictionary<Guid, int>();
        var settled = new HashSet<Guid>();
        foreach (var round in rounds.OrderByDescending(r => r.Date).ThenByDescending(r => r.CreatedAt))
        {
            foreach (var person in round.People.Where(p => !settled.Contains(p.PersonId)))
            {
                if (person.Outcome == RoundOutcome.Waiting) { waited[person.PersonId] = waited.GetValueOrDefault(person.PersonId) + 1; }
                else { settled.Add(person.PersonId); }
            }
        }

        return waited;
    }
}
