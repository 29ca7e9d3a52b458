using EduPlatform.Kernel;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Organization.Application;

/// <summary>
/// An alliance roster (.xlsx or .csv): one row per alliance naming its core and member schools by school code. Each row
/// goes through the same composition rules as a form submitted by hand; a row whose alliance already exists (same
/// name and core, not dissolved) is left as it is. Nothing is imported if any row is bad.
/// </summary>
public sealed class AllianceRosterImport(OrganizationDatabase database)
{
    public static ImportSheet Sheet => Texts.AlliancesSheet;

    static readonly char[] CodeSeparators = [';', '；', ',', '，', '、', '|', ' '];

    sealed record Parsed(int Row, string Name, AllianceKind Kind, string Core, IReadOnlyList<string> Members, DateOnly FormedOn,
        DateOnly? AgreementFiledOn, PartyOrganization? Party);

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
        if (errors.Count > 0)
        {
            return new Outcome<ImportReport>.Invalid(errors);
        }

        return await database.InTransactionAsync(s => ApplyAsync(s, countyCode, parsed, actor), ct);
    }

    static async Task<Outcome<ImportReport>> ApplyAsync(DbSession s, string countyCode, List<Parsed> rows, string actor)
    {
        var codes = rows.SelectMany(r => r.Members.Prepend(r.Core)).Distinct().ToList();
        var schools = (await s.FindSchoolsByCodeAsync(countyCode, codes)).ToDictionary(x => x.Code);
        var current = (await s.ListAlliancesAsync(countyCode, new AllianceQuery(null, null, null, IncludeDissolved: false)))
            .Select(a => (a.Name, a.CoreSchoolId)).ToHashSet();
        var errors = new List<FieldError>();
        int created = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var unknown = row.Members.Prepend(row.Core).Where(c => !schools.ContainsKey(c)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add(new FieldError("schoolCodes", Texts.CodesNotRegistered(unknown), row.Row));
                continue;
            }

            if (current.Contains((row.Name, schools[row.Core].Id)))
            {
                unchanged++;
                continue;
            }

            var outcome = await AllianceService.FormInSessionAsync(s, countyCode, new FormAlliance(
                row.Name, row.Kind, schools[row.Core].Id, row.Members.Select(m => schools[m].Id).ToList(), row.FormedOn,
                AgreementFiledOn: row.AgreementFiledOn, PartyOrganization: row.Party), actor);
            switch (outcome)
            {
                case Outcome<Alliance>.Ok:
                    created++;
                    break;
                case Outcome<Alliance>.Refused refused:
                    errors.AddRange(refused.Violations.Select(v => new FieldError(v.Rule, Texts.WithSource(v.Message, v.Source), row.Row)));
                    break;
                case Outcome<Alliance>.Invalid invalid:
                    errors.AddRange(invalid.Errors.Select(e => e with { Row = row.Row }));
                    break;
                case Outcome<Alliance>.NotFound nf:
                    errors.Add(new FieldError("row", nf.Detail, row.Row));
                    break;
            }
        }

        if (errors.Count > 0)
        {
            s.Rollback();
            return new Outcome<ImportReport>.Invalid(errors);
        }

        return new ImportReport(rows.Count, created, 0, unchanged, 0);
    }

    static Parsed? ParseRow(SpreadsheetRow row, IReadOnlyDictionary<string, int> columns, List<FieldError> errors)
    {
        var before = errors.Count;
        string Cell(string key) => row[columns[key]];
        void Error(string field, string message) => errors.Add(new FieldError(field, message, row.RowNumber));

        var name = Cell("name");
        if (name.Length is 0 or > 200)
        {
            Error("name", Texts.AllianceNameRequired);
        }

        if (!ImportValues.TryKind(Cell("kind"), out var kind))
        {
            Error("kind", Texts.NotAKind(Cell("kind")));
        }

        if (Cell("core").Length == 0)
        {
            Error("coreSchoolCode", Texts.Required);
        }

        var members = Cell("members").Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (members.Count == 0)
        {
            Error("memberSchoolCodes", Texts.NoSchoolListed);
        }

        if (!XlsxReader.TryParseDate(Cell("formedOn"), out var formedOn))
        {
            Error("formedOn", Texts.NotADateLike(Cell("formedOn")));
        }

        DateOnly? filed = null;
        if (Cell("agreementFiledOn") is { Length: > 0 } filedText)
        {
            if (XlsxReader.TryParseDate(filedText, out var f)) { filed = f; } else { Error("agreementFiledOn", Texts.NotADate(filedText)); }
        }

        PartyOrganization? party = null;
        if (Cell("party") is { Length: > 0 } partyText)
        {
            if (ImportValues.TryParty(partyText, out var p)) { party = p; } else { Error("partyOrganization", Texts.NotAParty(partyText)); }
        }

        return errors.Count == before ? new Parsed(row.RowNumber, name, kind, Cell("core"), members, formedOn, filed, party) : null;
    }
}
