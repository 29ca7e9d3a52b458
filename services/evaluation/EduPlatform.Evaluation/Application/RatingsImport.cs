using System.Globalization;
using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Bundled;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Evaluation.Application;

public sealed record RatingsImportReport(int Rows, int New, int Updated, IReadOnlyDictionary<string, int> ByRating);

/// <summary>
/// The annual ratings schools propose (年度考核拟定等次) for a school year, one row per person with rotation's person id
/// (人员标识, as rotation's roster lists it), name, school, post and rating; for seconded senior-high teachers the change
/// of their teaching results in points. The bundled evaluation then decides the ratings it covers. All or nothing.
/// </summary>
public sealed class RatingsImport(EvaluationDatabase database)
{
    public static ImportSheet Sheet => Texts.RatingsImportSheet;

    public Task<Outcome<RatingsImportReport>> ImportAsync(string countyCode, int schoolYear, string fileName, byte[] content, string actor, CancellationToken ct) =>
        ImportAsync(countyCode, schoolYear, RosterFile.Open(fileName, content, Sheet), actor, ct);

    /// <summary>The rows, from a file or from JSON (<see cref="ImportSheet.TableOf"/>): the same checks, all or none.</summary>
    public async Task<Outcome<RatingsImportReport>> ImportAsync(string countyCode, int schoolYear, Outcome<RosterFile> opened, string actor, CancellationToken ct)
    {
        if (opened is not Outcome<RosterFile>.Ok { Result: var roster })
        {
            return RosterFile.Failure<RatingsImportReport>(opened);
        }

        return await database.InTransactionAsync<Outcome<RatingsImportReport>>(async s =>
        {
            var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(k => k.Code);
            var errors = new List<FieldError>();
            var rows = new List<(ProposedRating Rating, int Row)>();
            foreach (var row in roster.Table.Rows.Where(r => !r.IsBlank))
            {
                string Cell(string column) => roster.Columns[column] < 0 ? "" : row[roster.Columns[column]].Trim();
                var at = row.RowNumber;
                var before = errors.Count;
                if (!Guid.TryParse(Cell("person"), out var personId)) { errors.Add(new FieldError("personId", Texts.NotAPersonId(Cell("person")), at)); }
                if (Cell("name").Length == 0) { errors.Add(new FieldError("name", Texts.Required, at)); }
                if (!schools.TryGetValue(Cell("school"), out var school)) { errors.Add(new FieldError("schoolCode", Texts.NotACountySchool(Cell("school")), at)); }
                var role = PostRoles.Parse(Cell("role"));
                if (role is null) { errors.Add(new FieldError("role", Texts.NotARole(Cell("role")), at)); }
                var rating = Ratings.Parse(Cell("rating"));
                if (rating is null) { errors.Add(new FieldError("rating", Texts.NotARating(Cell("rating")), at)); }
                double? progress = null;
                if (Cell("progress").Length > 0)
                {
                    if (double.TryParse(Cell("progress"), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= -100 and <= 100) { progress = p; }
                    else { errors.Add(new FieldError("teachingProgress", Texts.NotAProgress(Cell("progress")), at)); }
                }

                if (errors.Count > before) { continue; }
                if (rows.FirstOrDefault(r => r.Rating.PersonId == personId) is { Rating: not null } twice)
                {
                    errors.Add(new FieldError("personId", Texts.AppearsInRow(personId.ToString(), twice.Row), at));
                    continue;
                }

                rows.Add((new ProposedRating(personId, Cell("name"), school!.Id, role!, rating!, progress), at));
            }

            if (errors.Count > 0)
            {
                return new Outcome<RatingsImportReport>.Invalid(errors);
            }

            var updated = 0;
            foreach (var (rating, _) in rows)
            {
                updated += await s.SaveProposedRatingAsync(countyCode, schoolYear, rating) ? 1 : 0;
            }

            var report = new RatingsImportReport(rows.Count, rows.Count - updated, updated,
                rows.GroupBy(r => r.Rating.Rating).ToDictionary(g => g.Key, g => g.Count()));
            await s.WriteAuditAsync(actor, "evaluation.ratings.import", "proposed-ratings", $"{schoolYear}/{roster.Source}", countyCode, null, report);
            return report;
        }, ct);
    }
}
