using System.Globalization;
using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Evaluation.Application;

public sealed record FiguresImportReport(int Rows, int New, int Updated, IReadOnlyList<int> Years, int WithResources, int WithQuality);

/// <summary>
/// The schools' figures for the balance review and the bundled evaluation (.xlsx or .csv): one row per school, year and
/// stage (a nine-year school gives 小学 and 初中 rows). The seven resource inputs are all given or all left empty; the
/// student count defaults to the school's autumn term statistics. All or nothing.
/// </summary>
public sealed class FiguresImport(EvaluationDatabase database)
{
    public static ImportSheet Sheet => Texts.FiguresSheet;

    static readonly string[] Resources = ["qualified", "backbone", "peArts", "teachingArea", "sportsArea", "equipment", "multimedia"];
    static readonly string[] Percentages = ["academic", "consolidation", "satisfaction", "recognition"];

    public static readonly IReadOnlyDictionary<string, string> StageNames = new Dictionary<string, string>
    {
        ["小学"] = "primary", ["primary"] = "primary", ["初中"] = "junior", ["junior"] = "junior",
        ["幼儿园"] = "kindergarten", ["kindergarten"] = "kindergarten", ["高中"] = "senior-high", ["普通高中"] = "senior-high", ["senior-high"] = "senior-high",
    };

    public Task<Outcome<FiguresImportReport>> ImportAsync(string countyCode, string fileName, byte[] content, string actor, CancellationToken ct) =>
        ImportAsync(countyCode, RosterFile.Open(fileName, content, Sheet), actor, ct);

    /// <summary>The rows, from a file or from JSON (<see cref="ImportSheet.TableOf"/>): the same checks, all or none.</summary>
    public async Task<Outcome<FiguresImportReport>> ImportAsync(string countyCode, Outcome<RosterFile> opened, string actor, CancellationToken ct)
    {
        if (opened is not Outcome<RosterFile>.Ok { Result: var roster })
        {
            return RosterFile.Failure<FiguresImportReport>(opened);
        }

        return await database.InTransactionAsync<Outcome<FiguresImportReport>>(async s =>
        {
            var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(k => k.Code);
            var terms = new Dictionary<int, IReadOnlyDictionary<Guid, KnownTerm>>();
            var errors = new List<FieldError>();
            var rows = new List<(SchoolFigures Figures, int Row)>();
            foreach (var row in roster.Table.Rows.Where(r => !r.IsBlank))
            {
                string Cell(string column) => roster.Columns[column] < 0 ? "" : row[roster.Columns[column]].Trim();
                var at = row.RowNumber;
                if (!schools.TryGetValue(Cell("school"), out var school))
                {
                    errors.Add(new FieldError("schoolCode", Texts.UnknownSchool(Cell("school")), at));
                    continue;
                }

                if (!CellText.TryWholeNumber(Cell("year"), out var year) || !SchoolYear.IsValid(year))
                {
                    errors.Add(new FieldError("schoolYear", Texts.NotASchoolYear(Cell("year")), at));
                    continue;
                }

                var stage = StageOf(school, Cell("stage"), at, errors);
                if (stage is null) { continue; }

                int? students = null;
                if (Cell("students").Length > 0)
                {
                    if (CellText.TryWholeNumber(Cell("students"), out var n) && n > 0) { students = n; }
                    else { errors.Add(new FieldError("students", Texts.NotAStudentCount(Cell("students")), at)); continue; }
                }
                else if (school.Stage != "nine-year")
                {
                    if (!terms.TryGetValue(year, out var autumn)) { terms[year] = autumn = await s.AutumnTermsAsync(countyCode, year); }
                    students = autumn.TryGetValue(school.Id, out var term) ? term.Students : null;
                }

                if (students is null)
                {
                    errors.Add(new FieldError("students", Texts.StudentsRequired(school.Name, year, school.Stage == "nine-year"), at));
                    continue;
                }

                var given = Resources.Where(r => Cell(r).Length > 0).ToList();
                if (given.Count is > 0 and < 7)
                {
                    errors.Add(new FieldError(Sheet.Aliases[Resources.First(r => Cell(r).Length == 0)][^1],
                        Texts.SevenTogether, at));
                    continue;
                }

                double? Value(string column, double max)
                {
                    if (Cell(column).Length == 0) { return null; }
                    if (double.TryParse(Cell(column).TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && v <= max) { return v; }
                    errors.Add(new FieldError(Sheet.Aliases[column][^1], Texts.NotANumberUpTo(Cell(column), max), at));
                    return null;
                }

                var resources = given.Count == 7 ? Resources.ToDictionary(r => r, r => Value(r, 1e12)) : null;
                var quality = Percentages.ToDictionary(p => p, p => Value(p, 100));
                var teachers = Value("teachers", 1e6);
                var returning = Value("returning", 1e6);
                if (rows.FirstOrDefault(r => r.Figures.SchoolId == school.Id && r.Figures.SchoolYear == year && r.Figures.Stage == stage) is { Figures: not null } twice)
                {
                    errors.Add(new FieldError("schoolCode", Texts.AppearsInRow($"{school.Code} {year} {Texts.Stage(stage)}", twice.Row), at));
                }

                rows.Add((new SchoolFigures
                {
                    SchoolId = school.Id, SchoolYear = year, Stage = stage, Students = students.Value, Teachers = (int?)teachers,
                    Resources = resources is null || resources.Values.Any(v => v is null) ? null : new ResourceInputs
                    {
                        QualifiedTeachers = resources["qualified"]!.Value, BackboneTeachers = resources["backbone"]!.Value, PeArtsTeachers = resources["peArts"]!.Value,
                        TeachingArea = resources["teachingArea"]!.Value, SportsArea = resources["sportsArea"]!.Value, EquipmentValue = resources["equipment"]!.Value,
                        MultimediaClassrooms = resources["multimedia"]!.Value,
                    },
                    AcademicScore = quality["academic"], ConsolidationRate = quality["consolidation"], ParentSatisfaction = quality["satisfaction"],
                    SocialRecognition = quality["recognition"], ReturningStudents = (int?)returning,
                }, at));
            }

            if (errors.Count > 0)
            {
                return new Outcome<FiguresImportReport>.Invalid(errors);
            }

            var updated = 0;
            foreach (var (figures, _) in rows)
            {
                updated += await s.SaveFiguresAsync(countyCode, figures) ? 1 : 0;
            }

            var report = new FiguresImportReport(rows.Count, rows.Count - updated, updated, rows.Select(r => r.Figures.SchoolYear).Distinct().Order().ToList(),
                rows.Count(r => r.Figures.Resources is not null), rows.Count(r => r.Figures.AcademicScore is not null));
            await s.WriteAuditAsync(actor, "evaluation.figures.import", "school-figures", roster.Source, countyCode, null, report);
            return report;
        }, ct);
    }

    static string? StageOf(KnownSchool school, string text, int row, List<FieldError> errors)
    {
        if (text.Length > 0)
        {
            if (!StageNames.TryGetValue(text, out var stage)) { errors.Add(new FieldError("stage", Texts.NotAFiguresStage(text), row)); return null; }
            if (school.Stage != stage && !(school.Stage == "nine-year" && stage is "primary" or "junior"))
            {
                errors.Add(new FieldError("stage", Texts.WrongStage(school.Name, school.Stage, stage), row));
                return null;
            }

            return stage;
        }

        if (school.Stage == "nine-year")
        {
            errors.Add(new FieldError("stage", Texts.NineYearNeedsStage(school.Name), row));
            return null;
        }

        return school.Stage;
    }
}
