using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Rotation.Application;

public sealed record PeopleImportReport(int Rows, int New, int Updated);

/// <summary>
/// The bureau's personnel roster (教师信息表) as .xlsx or .csv: existing staff, registered or corrected by identity
/// number. All or nothing; every bad row is reported. Importing people already in service publishes no hire events.
/// </summary>
public sealed class PeopleImport(RotationDatabase database)
{
    public static ImportSheet Sheet => Texts.PeopleSheet;

    static readonly char[] ListSeparators = ['、', ',', '，', ';', '；', '/'];

    public Task<Outcome<PeopleImportReport>> ImportAsync(string countyCode, string fileName, byte[] content, string actor, CancellationToken ct) =>
        ImportAsync(countyCode, RosterFile.Open(fileName, content, Sheet), actor, ct);

    /// <summary>The rows, from a file or from JSON (<see cref="ImportSheet.TableOf"/>): the same checks, all or none.</summary>
    public async Task<Outcome<PeopleImportReport>> ImportAsync(string countyCode, Outcome<RosterFile> opened, string actor, CancellationToken ct)
    {
        if (opened is not Outcome<RosterFile>.Ok { Result: var roster })
        {
            return RosterFile.Failure<PeopleImportReport>(opened);
        }

        return await database.InTransactionAsync(async s =>
        {
            var schools = await s.KnownSchoolsAsync(countyCode);
            var errors = new List<FieldError>();
            var seen = new Dictionary<string, int>();
            var rows = new List<(PersonInput Input, int Row)>();
            foreach (var row in roster.Table.Rows.Where(r => !r.IsBlank))
            {
                string Cell(string column) => row[roster.Columns[column]];
                var input = ReadRow(Cell, schools, errors, row.RowNumber);
                var idNumber = Domain.IdNumber.Normalize(input.IdNumber ?? "");
                if (idNumber.Length > 0 && seen.TryGetValue(idNumber, out var earlier))
                {
                    errors.Add(new FieldError("idNumber", Texts.SameIdInRow(earlier), row.RowNumber));
                    continue;
                }

                seen[idNumber] = row.RowNumber;
                rows.Add((input, row.RowNumber));
            }

            var registered = await s.RegisteredByIdNumberAsync(countyCode);
            var people = new List<(Domain.Person Person, int? Existing)>();
            foreach (var (input, rowNumber) in rows)
            {
                int? existingVersion = registered.TryGetValue(Domain.IdNumber.Normalize(input.IdNumber ?? ""), out var known) ? known.Version : null;
                var id = existingVersion is null ? Guid.CreateVersion7() : known.Id;
                var person = PersonInputs.ToPerson(input, countyCode, id, (existingVersion ?? 0) + 1, schools, errors, rowNumber);
                if (person is not null)
                {
                    people.Add((person, existingVersion));
                }
            }

            if (errors.Count > 0)
            {
                s.Rollback();
                return new Outcome<PeopleImportReport>.Invalid(errors.OrderBy(e => e.Row).ToList());
            }

            foreach (var (person, existingVersion) in people)
            {
                if (existingVersion is { } version) { await s.UpdatePersonAsync(person, version); }
                else { await s.InsertPersonAsync(person); }
            }

            await s.WriteAuditAsync(actor, "rotation.people.import", "person", countyCode, countyCode, null,
                new { rows = people.Count, people = people.Select(p => new { p.Person.Id, p.Person.Name, idNumber = Domain.IdNumber.Mask(p.Person.IdNumber) }) });
            return (Outcome<PeopleImportReport>)new PeopleImportReport(people.Count, people.Count(p => p.Existing is null), people.Count(p => p.Existing is not null));
        }, ct);
    }

    static PersonInput ReadRow(Func<string, string> cell, IReadOnlyCollection<KnownSchool> schools, List<FieldError> errors, int row)
    {
        DateOnly? Date(string column)
        {
            var text = cell(column);
            if (text.Length == 0) { return null; }
            if (XlsxReader.TryParseDate(text, out var date)) { return date; }
            errors.Add(new FieldError(column, Texts.NotADate(text), row));
            return null;
        }

        var history = new List<StintInput>();
        foreach (var part in cell("history").Split(ListSeparators.Where(c => c is ';' or '；').ToArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "学校标识码:2010-09-01~2016-08-31" and "…(交流)" for a stint that was a rotation.
            var byRotation = part.EndsWith("(交流)", StringComparison.Ordinal);
            var text = byRotation ? part[..^4] : part;
            var pieces = text.Split([':', '：'], 2);
            var dates = pieces.Length == 2 ? pieces[1].Split(['~', '～'], 2) : [];
            if (dates.Length != 2 || !XlsxReader.TryParseDate(dates[0].Trim(), out var from) || !XlsxReader.TryParseDate(dates[1].Trim(), out var to))
            {
                errors.Add(new FieldError("history", Texts.NotAStint(part), row));
                continue;
            }

            history.Add(new StintInput(from, to, SchoolCode: pieces[0].Trim(), ByRotation: byRotation));
        }

        var wishes = new List<Guid>();
        foreach (var code in Split(cell("wishes")))
        {
            if (schools.FirstOrDefault(s => s.Code == code) is { } school) { wishes.Add(school.Id); }
            else { errors.Add(new FieldError("wishes", Texts.UnknownSchoolCode(code), row)); }
        }

        return new PersonInput
        {
            Name = cell("name"), IdNumber = cell("idNumber"), Gender = cell("gender"), Role = cell("role"), Stage = cell("stage"),
            Subjects = Split(cell("subjects")), Title = cell("title"), PostLevel = cell("postLevel"), Backbone = cell("backbone"),
            GradeBand = cell("gradeBand"), HiredOn = Date("hiredOn"), InPostSince = Date("inPostSince"), SchoolCode = cell("schoolCode"),
            AtSchoolSince = Date("atSchoolSince"), History = history, Statuses = Split(cell("statuses")), Wishes = wishes,
        };
    }

    static List<string> Split(string text) => text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
