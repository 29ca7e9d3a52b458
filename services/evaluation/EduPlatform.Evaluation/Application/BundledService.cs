using EduPlatform.Contracts.Evaluation;
using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Bundled;
using EduPlatform.Kernel;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Application;

/// <summary>A year's bundled evaluation as it stands now, what keeps it from being finalised, and the last finalisation.</summary>
public sealed record BundledYear(int SchoolYear, IReadOnlyList<AllianceBundle> Alliances, IReadOnlyList<FinalRating> Ratings, IReadOnlyList<string> Blocking,
    FinalisationSummary? Finalised);

public sealed record FinalisationSummary(int Number, DateTimeOffset FinalizedAt, string Actor, int Alliances, int Ratings);

/// <summary>
/// The bundled evaluation of every alliance for a school year (kindergarten alliances have their own reviews), the annual
/// ratings it decides, and finalising: one transaction stores the result and puts AllianceEvaluated per alliance and
/// AnnualRatingsFinalized (in parts of 500) in the outbox.
/// </summary>
public sealed class BundledService(EvaluationDatabase database, TimeProvider clock)
{
    public const int RatingsPerEvent = 500;

    public Task<BundledYear> ReadAsync(string countyCode, int schoolYear, CancellationToken ct) => database.ReadAsync(async s =>
    {
        var year = await CountyYear.ReadAsync(s, countyCode, schoolYear, withRatings: true);
        var (bundles, ratings, blocking) = Evaluate(year);
        var last = await s.LatestFinalisationAsync(countyCode, schoolYear);
        return new BundledYear(schoolYear, bundles, ratings, blocking, Summary(last));
    }, ct);

    public Task<Outcome<Finalisation>> FinalizeAsync(string countyCode, int schoolYear, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<Finalisation>>(async s =>
        {
            var year = await CountyYear.ReadAsync(s, countyCode, schoolYear, withRatings: true);
            var (bundles, ratings, blocking) = Evaluate(year);
            if (blocking.Count > 0)
            {
                return new Outcome<Finalisation>.Refused(blocking.Select(b => new RuleViolation("evaluation.finalise.incomplete", b, Texts.FinaliseSource)).ToList());
            }

            var number = ((await s.LatestFinalisationAsync(countyCode, schoolYear))?.Number ?? 0) + 1;
            var now = clock.GetUtcNow();
            var finalisation = new Finalisation(Guid.CreateVersion7(), schoolYear, number, now, actor, bundles, ratings);
            await s.InsertFinalisationAsync(countyCode, finalisation);
            foreach (var bundle in bundles)
            {
                await s.EnqueueEventAsync(ToEvent(countyCode, schoolYear, number, now, bundle));
            }

            foreach (var part in ratings.Chunk(RatingsPerEvent))
            {
                await s.EnqueueEventAsync(new AnnualRatingsFinalized
                {
                    EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = now, SchoolYear = schoolYear,
                    Ratings = part.Select(r => new PersonRating { PersonId = r.PersonId, Rating = r.Final }).ToList(),
                });
            }

            await s.WriteAuditAsync(actor, "evaluation.finalise", "evaluation-year", $"{countyCode}/{schoolYear}", countyCode, null, Summary(finalisation));
            return finalisation;
        }, ct);

    public static (IReadOnlyList<AllianceBundle> Bundles, IReadOnlyList<FinalRating> Ratings, IReadOnlyList<string> Blocking) Evaluate(CountyYear year)
    {
        var proposed = year.Proposed.ToDictionary(p => p.PersonId);
        var rules = new BundleRules(year.Settings.ClearImprovementPoints, year.Settings.BigProgressPoints);
        var bundles = new List<AllianceBundle>();
        foreach (var (alliance, campuses) in year.Alliances.Where(a => !KindergartenReviews.ReviewsAlliance(a.Alliance.Kind, a.Alliance.Stage)))
        {
            var members = campuses.Where(c => c != alliance.CoreSchoolId).Select(c => (c, year.SchoolName(c))).ToList();
            var figures = members.ToDictionary(m => m.c, m =>
            {
                var before = CountyYear.Combined(year.PreviousFigures, m.c);
                var now = CountyYear.Combined(year.Figures, m.c);
                return new MemberFigures(before?.Score, now?.Score, before?.Students, now?.Students ?? 0, now?.Returning ?? 0);
            });
            var coreStaff = year.Proposed.Where(p => p.SchoolId == alliance.CoreSchoolId).ToList();
            bundles.Add(BundledEvaluation.Evaluate(new BundleAlliance(alliance.Id, alliance.Name, alliance.Kind, alliance.CoreSchoolId, members),
                figures, year.SecondedFrom(alliance, campuses), coreStaff, proposed, rules));
        }

        var decided = bundles.SelectMany(b => b.Ratings).GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.First());
        var ratings = year.Proposed.Select(p => decided.TryGetValue(p.PersonId, out var d)
            ? new FinalRating(p.PersonId, p.Name, p.SchoolId, p.Role, p.Rating, d.Final, d.Rule)
            : new FinalRating(p.PersonId, p.Name, p.SchoolId, p.Role, p.Rating, p.Rating, "school")).ToList();

        var blocking = new List<string>();
        if (year.Proposed.Count == 0)
        {
            blocking.Add(Texts.NoRatingsProposed(year.SchoolYear));
        }

        blocking.AddRange(bundles.Where(b => b.Outcome == Improvement.Unknown).Select(b => (string)Texts.AllianceBlocked(b.Name, b.Explanation)));
        blocking.AddRange(bundles.SelectMany(b => b.SecondedWithoutRating.Select(p => (string)Texts.SecondedUnrated(b.Name, p))));
        return (bundles, ratings, blocking);
    }

    static AllianceEvaluated ToEvent(string countyCode, int schoolYear, int number, DateTimeOffset at, AllianceBundle b) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = at, AllianceId = b.AllianceId, SchoolYear = schoolYear, Finalisation = number,
        Cycle = b.Cycle, Outcome = WireEnum.Text(b.Outcome), WeightedChange = b.WeightedChange, StudentGrowth = b.StudentGrowth, ReturningStudents = b.ReturningStudents,
        ExchangedPeople = b.ExchangedPeople,
        Members = b.Members.Select(m => new MemberResult
        {
            SchoolId = m.SchoolId, PreviousScore = m.PreviousScore, CurrentScore = m.CurrentScore, Change = m.Change, Outcome = WireEnum.Text(m.Outcome),
        }).ToList(),
    };

    static FinalisationSummary? Summary(Finalisation? f) =>
        f is null ? null : new FinalisationSummary(f.Number, f.FinalizedAt, f.Actor, f.Bundles.Count, f.Ratings.Count);
}
