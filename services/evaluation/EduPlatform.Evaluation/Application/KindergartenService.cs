using System.ComponentModel;
using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Kernel;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Application;

public sealed record KindergartenReviewInput(
    Guid SchoolId,
    [property: Description("notable, satisfactory or no-results")] string? Result,
    [property: Description("yyyy-MM-dd")] DateOnly? ReviewedOn,
    string? Comment = null);

public sealed record PilotStanding(Guid AllianceId, string Name, Guid LeadKindergartenId, IReadOnlyList<KindergartenReviews.Standing> Kindergartens);

/// <summary>The semester and school-year reviews of kindergarten pilots (学前教育领航共建) and kindergarten alliances, and each kindergarten's standing.</summary>
public sealed class KindergartenService(EvaluationDatabase database)
{
    public Task<Outcome<IReadOnlyList<PilotStanding>>> SaveAsync(string countyCode, int schoolYear, string period, IReadOnlyList<KindergartenReviewInput>? body,
        string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<IReadOnlyList<PilotStanding>>>(async s =>
        {
            if (!KindergartenReviews.Periods.Contains(period))
            {
                return Outcome<IReadOnlyList<PilotStanding>>.Fail("period", Texts.NotAPeriod(period));
            }

            var year = await CountyYear.ReadAsync(s, countyCode, schoolYear);
            var inPilots = year.Alliances.Where(a => KindergartenReviews.ReviewsAlliance(a.Alliance.Kind, a.Alliance.Stage)).SelectMany(a => a.Campuses).ToHashSet();
            var errors = new List<FieldError>();
            foreach (var (r, i) in (body ?? []).Select((r, i) => (r, i + 1)))
            {
                if (!inPilots.Contains(r.SchoolId)) { errors.Add(new FieldError("schoolId", Texts.NotAPilot(r.SchoolId, schoolYear), i)); }
                if (!KindergartenReviews.Results.Contains(r.Result ?? "")) { errors.Add(new FieldError("result", Texts.NotAResult(r.Result), i)); }
                if (r.ReviewedOn is null) { errors.Add(new FieldError("reviewedOn", Texts.Required, i)); }
            }

            if (body is null or { Count: 0 }) { errors.Add(new FieldError("body", Texts.NoReviews)); }
            if (errors.Count > 0)
            {
                return new Outcome<IReadOnlyList<PilotStanding>>.Invalid(errors);
            }

            foreach (var r in body!)
            {
                await s.SaveKindergartenReviewAsync(countyCode, schoolYear, new KindergartenReviews.Review(r.SchoolId, period, r.Result!, r.ReviewedOn!.Value, r.Comment));
            }

            await s.WriteAuditAsync(actor, "evaluation.kindergarten-reviews", "kindergarten-reviews", $"{schoolYear}/{period}", countyCode, null, body);
            return new Outcome<IReadOnlyList<PilotStanding>>.Ok(await StandingsAsync(s, year));
        }, ct);

    public Task<IReadOnlyList<PilotStanding>> ReadAsync(string countyCode, int schoolYear, CancellationToken ct) =>
        database.ReadAsync(async s => await StandingsAsync(s, await CountyYear.ReadAsync(s, countyCode, schoolYear)), ct);

    static async Task<IReadOnlyList<PilotStanding>> StandingsAsync(DbSession s, CountyYear year)
    {
        var reviews = (await s.KindergartenReviewsAsync(year.CountyCode, year.SchoolYear)).ToLookup(r => r.SchoolId);
        return year.Alliances.Where(a => KindergartenReviews.ReviewsAlliance(a.Alliance.Kind, a.Alliance.Stage)).Select(a => new PilotStanding(a.Alliance.Id, a.Alliance.Name, a.Alliance.CoreSchoolId,
            a.Campuses.Where(c => c != a.Alliance.CoreSchoolId)
                .Select(c => KindergartenReviews.Assess(c, year.SchoolName(c), reviews[c].ToList(), year.Settings.RectificationDays)).ToList())).ToList();
    }
}
