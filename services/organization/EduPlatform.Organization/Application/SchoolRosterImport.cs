using EduPlatform.Kernel;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Organization.Application;

public sealed record ImportReport(int Rows, int Created, int Updated, int Unchanged, int TermStatisticsReported);

/// <summary>
/// A school roster (.xlsx or .csv) with Chinese or English headers. Rows are matched to the register by school code:
/// a new code registers a school, a known one updates it. Optional term columns report that term's statistics.
/// Every bad row is reported with its number and reason, and nothing is imported if any row is bad.
/// </summary>
public sealed class SchoolRosterImport(OrganizationDatabase database)
{
    public static ImportSheet Sheet => Texts.SchoolsSheet;


    sealed record Parsed(int Row, SchoolDetails Details, string? Term, int Students, int Classes);

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
        var parsed = roster.Table.Rows.Select(r => ParseRow(r, roster.Columns, errors)).Where(p => p is not null).Select(p => p!).ToList();
        foreach (var dup in parsed.GroupBy(p => p.Details.Code).Where(g => g.Count() > 1))
        {
            errors.AddRange(dup.Skip(1).Select(p => new FieldError("code", Texts.DuplicateCode(dup.Key, dup.First().Row), p.Row)));
        }

        if (errors.Count > 0)
        {
            return new Outcome<ImportReport>.Invalid(errors.OrderBy(e => e.Row).ToList());
        }

        return await database.InTransactionAsync(s => ApplyAsync(s, countyCode, parsed, actor), ct);
    }

    static async Task<Outcome<ImportReport>> ApplyAsync(DbSession s, string countyCode, List<Parsed> rows, string actor)
    {
        var existing = (await s.FindSchoolsByCodeAsync(countyCode, rows.Select(r => r.Details.Code).ToList())).ToDictionary(x => x.Code);
        int created = 0, updated = 0, unchanged = 0, terms = 0;
        var errors = new List<FieldError>();
        foreach (var row in rows)
        {
            Outcome<School> outcome;
            if (existing.TryGetValue(row.Details.Code, out var school))
            {
                outcome = await SchoolService.UpdateInSessionAsync(s, countyCode, school.Id, row.Details, school.Version, actor);
                if (outcome is Outcome<School>.Ok ok)
                {
                    if (ok.Result.Version == school.Version) { unchanged++; } else { updated++; }
                }
            }
            else
            {
                outcome = await SchoolService.RegisterInSessionAsync(s, countyCode, row.Details, actor);
                if (outcome is Outcome<School>.Ok)
                {
                    created++;
                }
            }

            if (outcome is Outcome<School>.Ok saved && row.Term is not null)
            {
                var previous = Term.TryParse(row.Term, out var t) ? await s.FindTermAsync(saved.Result.Id, t) : null;
                var term = await SchoolService.ReportTermInSessionAsync(s, countyCode, saved.Result.Id, row.Term, row.Students, row.Classes, [], previous?.Version, actor);
                errors.AddRange(RowErrors(term, row.Row));
                terms += term is Outcome<TermStatistics>.Ok ? 1 : 0;
            }

            errors.AddRange(RowErrors(outcome, row.Row));
        }

        if (errors.Count > 0)
        {
            s.Rollback();
            return new Outcome<ImportReport>.Invalid(errors);
        }

        return new ImportReport(rows.Count, created, updated, unchanged, terms);
    }

    static IEnumerable<FieldError> RowErrors<T>(Outcome<T> outcome, int row) => outcome switch
    {
        Outcome<T>.Invalid inv => inv.Errors.Select(e => e with { Row = row }),
        Outcome<T>.Refused r => r.Violations.Select(v => new FieldError(v.Rule, v.Message, row)),
        Outcome<T>.NotFound nf => [new FieldError("row", nf.Detail, row)],
        Outcome<T>.Stale st => [new FieldError("row", Texts.ChangedDuringImport(st.Entity), row)],
        _ => [],
    };

    static Parsed? ParseRow(SpreadsheetRow row, IReadOnlyDictionary<string, int> columns, List<FieldError> errors)
    {
        var before = errors.Count;
        string Cell(string key) => row[columns[key]];
        void Error(string field, string message) => errors.Add(new FieldError(field, message, row.RowNumber));

        if (!ImportValues.TryStage(Cell("stage"), out var stage))
        {
            Error("stage", Texts.NotAStage(Cell("stage")));
        }

        if (!ImportValues.TryLocality(Cell("locality"), out var locality))
        {
            Error("locality", Texts.NotALocality(Cell("locality")));
        }

        if (!ImportValues.TryType(Cell("type"), out var type))
        {
            Error("type", Texts.NotASchoolType(Cell("type")));
        }

        double? lat = null, lon = null;
        if (Cell("latitude") is { Length: > 0 } latText)
        {
            if (ImportValues.TryNumber(latText, out var v)) { lat = v; } else { Error("latitude", Texts.NotANumber(latText)); }
        }

        if (Cell("longitude") is { Length: > 0 } lonText)
        {
            if (ImportValues.TryNumber(lonText, out var v)) { lon = v; } else { Error("longitude", Texts.NotANumber(lonText)); }
        }

        var isPublic = true;
        if (Cell("public") is { Length: > 0 } pub && !ImportValues.TryYesNo(pub, out isPublic))
        {
            Error("public", Texts.NotPublicOrPrivate(pub));
        }

        var boarding = false;
        if (Cell("boarding") is { Length: > 0 } b && !ImportValues.TryYesNo(b, out boarding))
        {
            Error("boarding", Texts.NotYesNo(b));
        }

        KindergartenDay? day = null;
        if (Cell("kindergartenDay") is { Length: > 0 } dayText)
        {
            if (ImportValues.TryKindergartenDay(dayText, out var d)) { day = d; } else { Error("kindergartenDay", Texts.NotADayKind(dayText)); }
        }
        else if (stage == Stage.Kindergarten)
        {
            day = KindergartenDay.FullDay;
        }

        string? term = Cell("term") is { Length: > 0 } termText ? termText : null;
        int students = 0, classes = 0;
        if (term is not null)
        {
            if (!ImportValues.TryCount(Cell("students"), out students)) { Error("students", Texts.NotAWholeNumber(Cell("students"))); }
            if (!ImportValues.TryCount(Cell("classes"), out classes)) { Error("classes", Texts.NotAWholeNumber(Cell("classes"))); }
        }

        bool? Designation(string key)
        {
            if (Cell(key) is not { Length: > 0 } text)
            {
                return null; // left empty: a known school keeps the bureau's designation
            }

            if (ImportValues.TryYesNo(text, out var yes))
            {
                return yes;
            }

            Error(key, Texts.NotYesNo(text));
            return null;
        }

        var details = new SchoolDetails(Cell("code"), Cell("name"), stage, locality, type, Cell("township"), lat, lon, isPublic, boarding, day,
            Designation("weak"), Designation("new"));
        if (errors.Count == before)
        {
            errors.AddRange(SchoolRules.Validate(details).Select(e => new FieldError(e.Field, e.Message, row.RowNumber)));
        }

        return errors.Count == before ? new Parsed(row.RowNumber, details, term, students, classes) : null;
    }
}
