using EduPlatform.Kernel;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Organization.Application;

/// <summary>
/// Term statistics (.xlsx or .csv): one row per school, term and grade — or one row per school and term with the grade
/// left empty when only totals are known. A school's totals are the sum of its grade rows. Each school and term goes
/// through the same checks as a single report; nothing is imported if any row is bad.
/// </summary>
public sealed class TermStatisticsImport(OrganizationDatabase database)
{
    public static ImportSheet Sheet => Texts.TermsSheet;


    sealed record Row(int Number, string Code, string Term, int? Grade, int Students, int Classes);

    public Task<Outcome<ImportReport>> ImportAsync(string countyCode, string fileName, byte[] content, string actor, CancellationToken ct) =>
        ImportAsync(countyCode, RosterFile.Open(fileName, content, Sheet), actor, ct);

    /// <summary>The rows, from a file or from JSON (<see cref="ImportSheet.TableOf"/>): the same checks, all or none.</summary>
    public async Task<Outcome<ImportReport>> ImportAsync(string countyCode, Outcome<RosterFile> opened, string actor, CancellationToken ct)
    {
        if (opened is not Outcome<RosterFile>.Ok { Result: var roster })
        {
            return RosterFile.Failure<ImportReport>(opened);
        }

        var errors = new List<FieldError>();
        var rows = roster.Table.Rows.Select(r => Parse(r, roster.Columns, errors)).OfType<Row>().ToList();
        var groups = rows.GroupBy(r => (r.Code, r.Term)).ToList();
        foreach (var group in groups.Where(g => g.Any(r => r.Grade is null) && g.Count() > 1))
        {
            errors.Add(new FieldError("grade", Texts.MixedTotals(group.Key.Code, group.Key.Term), group.First().Number));
        }

        if (errors.Count > 0)
        {
            return new Outcome<ImportReport>.Invalid(errors);
        }

        return await database.InTransactionAsync(s => ApplyAsync(s, countyCode, groups, actor), ct);
    }

    static async Task<Outcome<ImportReport>> ApplyAsync(DbSession s, string countyCode, IReadOnlyList<IGrouping<(string Code, string Term), Row>> groups, string actor)
    {
        var schools = (await s.FindSchoolsByCodeAsync(countyCode, groups.Select(g => g.Key.Code).Distinct().ToList())).ToDictionary(x => x.Code);
        var errors = new List<FieldError>();
        var reported = 0;
        foreach (var group in groups)
        {
            var first = group.First().Number;
            if (!schools.TryGetValue(group.Key.Code, out var school))
            {
                errors.Add(new FieldError("code", Texts.CodeNotRegistered(group.Key.Code), first));
                continue;
            }

            var grades = group.Where(r => r.Grade is not null).Select(r => new GradeCount(r.Grade!.Value, r.Students, r.Classes)).ToList();
            var previous = Term.TryParse(group.Key.Term, out var term) ? await s.FindTermAsync(school.Id, term) : null;
            var outcome = await SchoolService.ReportTermInSessionAsync(s, countyCode, school.Id, group.Key.Term,
                group.Sum(r => r.Students), group.Sum(r => r.Classes), grades, previous?.Version, actor);
            if (outcome is Outcome<TermStatistics>.Invalid invalid)
            {
                errors.AddRange(invalid.Errors.Select(e => e with { Row = first }));
            }
            else
            {
                reported++;
            }
        }

        if (errors.Count > 0)
        {
            s.Rollback();
            return new Outcome<ImportReport>.Invalid(errors);
        }

        return new ImportReport(groups.Sum(g => g.Count()), 0, 0, 0, reported);
    }

    static Row? Parse(SpreadsheetRow row, IReadOnlyDictionary<string, int> columns, List<FieldError> errors)
    {
        var before = errors.Count;
        string Cell(string key) => row[columns[key]];
        int? grade = null;
        if (Cell("grade") is { Length: > 0 } gradeText)
        {
            if (ImportValues.TryCount(gradeText, out var g)) { grade = g; } else { errors.Add(new FieldError("grade", Texts.NotAGrade(gradeText), row.RowNumber)); }
        }

        if (!ImportValues.TryCount(Cell("students"), out var students)) { errors.Add(new FieldError("students", Texts.NotAWholeNumber(Cell("students")), row.RowNumber)); }
        if (!ImportValues.TryCount(Cell("classes"), out var classes)) { errors.Add(new FieldError("classes", Texts.NotAWholeNumber(Cell("classes")), row.RowNumber)); }
        if (Cell("code").Length == 0) { errors.Add(new FieldError("code", Texts.Required, row.RowNumber)); }
        return errors.Count == before ? new Row(row.RowNumber, Cell("code"), Cell("term"), grade, students, classes) : null;
    }
}
