using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

public sealed record SubjectStaffReport(int Rows, int Specialists, int NonSpecialists);

/// <summary>Teachers per school, stage and subject (专任 / 兼任) from the office's spreadsheet; all or nothing.</summary>
public sealed class SubjectStaffImport(StaffingDatabase database)
{
    public static ImportSheet Sheet => Texts.SubjectStaffSheet;

    static readonly Dictionary<string, Subject> Subjects = BuildSubjects();

    public Task<Outcome<SubjectStaffReport>> ImportAsync(string countyCode, string fileName, byte[] content, string actor, CancellationToken ct) =>
        ImportAsync(countyCode, RosterFile.Open(fileName, content, Sheet), actor, ct);

    /// <summary>The rows, from a file or from JSON (<see cref="ImportSheet.TableOf"/>): the same checks, all or none.</summary>
    public async Task<Outcome<SubjectStaffReport>> ImportAsync(string countyCode, Outcome<RosterFile> opened, string actor, CancellationToken ct)
    {
        if (opened is not Outcome<RosterFile>.Ok { Result: var roster })
        {
            return RosterFile.Failure<SubjectStaffReport>(opened);
        }

        return await database.InTransactionAsync(async s =>
        {
            var schools = (await s.KnownSchoolsAsync(countyCode)).Where(x => x.Code.Length > 0).ToDictionary(x => x.Code);
            var errors = new List<FieldError>();
            var rows = new Dictionary<(Guid, StaffingStage, Subject), (int Row, SubjectStaff Staff)>();
            foreach (var row in roster.Table.Rows)
            {
                string Cell(string key) => row[roster.Columns[key]];
                var before = errors.Count;
                if (!schools.TryGetValue(Cell("code"), out var school))
                {
                    errors.Add(new FieldError("code", Texts.UnknownSchool(Cell("code")), row.RowNumber));
                    continue;
                }

                var stage = StaffingStages.Of(school.Stage, Cell("stage"), row.RowNumber, errors);
                if (!Subjects.TryGetValue(Cell("subject"), out var subject))
                {
                    errors.Add(new FieldError("subject", Texts.NotASubject(Cell("subject")), row.RowNumber));
                }

                if (!CellText.TryWholeNumber(Cell("specialists"), out var specialists) || specialists < 0)
                {
                    errors.Add(new FieldError("specialists", Texts.NotAWholeNumber(Cell("specialists")), row.RowNumber));
                }

                if (!CellText.TryWholeNumber(Cell("nonSpecialists"), out var nonSpecialists) || nonSpecialists < 0)
                {
                    errors.Add(new FieldError("nonSpecialists", Texts.NotAWholeNumber(Cell("nonSpecialists")), row.RowNumber));
                }

                if (errors.Count > before || stage is null)
                {
                    continue;
                }

                if (rows.TryGetValue((school.Id, stage.Value, subject), out var earlier))
                {
                    errors.Add(new FieldError("subject", Texts.AppearsInRow($"{Cell("code")} {Texts.Subject(subject)}", earlier.Row), row.RowNumber));
                    continue;
                }

                rows[(school.Id, stage.Value, subject)] = (row.RowNumber, new SubjectStaff(school.Id, stage.Value, subject, specialists, nonSpecialists));
            }

            if (errors.Count > 0)
            {
                return new Outcome<SubjectStaffReport>.Invalid(errors);
            }

            foreach (var (_, staff) in rows.Values)
            {
                await s.SetSubjectStaffAsync(countyCode, staff);
            }

            await s.WriteAuditAsync(actor, "staffing.subject-staff.import", "subject-staff", countyCode, countyCode, null, rows.Values.Select(v => v.Staff));
            return (Outcome<SubjectStaffReport>)new SubjectStaffReport(rows.Count, rows.Values.Sum(v => v.Staff.Specialists), rows.Values.Sum(v => v.Staff.NonSpecialists));
        }, ct);
    }

    static Dictionary<string, Subject> BuildSubjects()
    {
        var map = new Dictionary<string, Subject>(StringComparer.OrdinalIgnoreCase)
        {
            ["语文"] = Subject.Chinese, ["数学"] = Subject.Maths, ["英语"] = Subject.English, ["道德与法治"] = Subject.Ideology, ["思政"] = Subject.Ideology,
            ["历史"] = Subject.History, ["地理"] = Subject.Geography, ["物理"] = Subject.Physics, ["化学"] = Subject.Chemistry, ["生物"] = Subject.Biology,
            ["科学"] = Subject.Science, ["体育"] = Subject.PE, ["体育与健康"] = Subject.PE, ["音乐"] = Subject.Music, ["美术"] = Subject.Art,
            ["信息技术"] = Subject.IT, ["信息科技"] = Subject.IT, ["心理健康"] = Subject.MentalHealth, ["其他"] = Subject.Other,
        };
        foreach (var subject in Enum.GetValues<Subject>())
        {
            map[WireEnum.Text(subject)] = subject;
        }

        return map;
    }
}
