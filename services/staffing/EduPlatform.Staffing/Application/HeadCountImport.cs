using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

public sealed record HeadCountReport(int Rows, int Schools, int Staff);

/// <summary>
/// Actual staff (实有在编教职工) per school and stage from the office's spreadsheet: the snapshot that rotation's later
/// hires, departures, placements and returns adjust (Messaging/HeadCountConsumers). A nine-year school's rows name the stage (小学 or 初中). Optional
/// columns give how many hold senior, middle and junior posts, for the post structure's occupancy. Vacancies
/// are recomputed after the import and crossings of zero are published. All or nothing.
/// </summary>
public sealed class HeadCountImport(StaffingDatabase database)
{
    public static ImportSheet Sheet => Texts.HeadCountsSheet;

    static readonly (string Column, PostLevel Level)[] LevelColumns = [("senior", PostLevel.Senior), ("middle", PostLevel.Middle), ("junior", PostLevel.Junior)];

    public Task<Outcome<HeadCountReport>> ImportAsync(string countyCode, string fileName, byte[] content, string actor, CancellationToken ct) =>
        ImportAsync(countyCode, RosterFile.Open(fileName, content, Sheet), actor, ct);

    /// <summary>The rows, from a file or from JSON (<see cref="ImportSheet.TableOf"/>): the same checks, all or none.</summary>
    public async Task<Outcome<HeadCountReport>> ImportAsync(string countyCode, Outcome<RosterFile> opened, string actor, CancellationToken ct)
    {
        if (opened is not Outcome<RosterFile>.Ok { Result: var roster })
        {
            return RosterFile.Failure<HeadCountReport>(opened);
        }

        return await database.InTransactionAsync(async s =>
        {
            var schools = (await s.KnownSchoolsAsync(countyCode)).Where(x => x.Code.Length > 0).ToDictionary(x => x.Code);
            var errors = new List<FieldError>();
            var counts = new Dictionary<(Guid, StaffingStage), (int Row, int Staff)>();
            var levels = new Dictionary<(Guid, PostLevel), int>();
            foreach (var row in roster.Table.Rows)
            {
                var code = row[roster.Columns["code"]];
                if (!schools.TryGetValue(code, out var school))
                {
                    errors.Add(new FieldError("code", Texts.UnknownSchool(code), row.RowNumber));
                    continue;
                }

                if (!CellText.TryWholeNumber(row[roster.Columns["staff"]], out var staff) || staff < 0)
                {
                    errors.Add(new FieldError("staff", Texts.NotAStaffCount(row[roster.Columns["staff"]]), row.RowNumber));
                    continue;
                }

                var stage = StaffingStages.Of(school.Stage, row[roster.Columns["stage"]], row.RowNumber, errors);
                if (stage is null)
                {
                    continue;
                }

                if (counts.TryGetValue((school.Id, stage.Value), out var earlier))
                {
                    errors.Add(new FieldError("code", Texts.AppearsInRow($"{code} {Texts.Stage(stage.Value)}", earlier.Row), row.RowNumber));
                    continue;
                }

                counts[(school.Id, stage.Value)] = (row.RowNumber, staff);
                foreach (var (column, level) in LevelColumns)
                {
                    var text = row[roster.Columns[column]];
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    if (!CellText.TryWholeNumber(text, out var holders) || holders < 0)
                    {
                        errors.Add(new FieldError(column, Texts.NotAStaffCount(text), row.RowNumber));
                        continue;
                    }

                    levels[(school.Id, level)] = levels.GetValueOrDefault((school.Id, level)) + holders;
                }
            }

            if (errors.Count > 0)
            {
                return new Outcome<HeadCountReport>.Invalid(errors);
            }

            foreach (var ((schoolId, stage), (_, staff)) in counts)
            {
                await s.SetHeadCountAsync(countyCode, schoolId, stage, staff);
            }

            foreach (var ((schoolId, level), holders) in levels)
            {
                await s.SetLevelHoldersAsync(countyCode, schoolId, level, holders);
            }

            await s.WriteAuditAsync(actor, "staffing.head-count.import", "head-count", countyCode, countyCode, null,
                counts.Select(c => new { schoolId = c.Key.Item1, stage = c.Key.Item2.ToString(), staff = c.Value.Staff }));
            await VacancyService.RefreshInSessionAsync(s, countyCode);
            return (Outcome<HeadCountReport>)new HeadCountReport(roster.Table.Rows.Count, counts.Keys.Select(k => k.Item1).Distinct().Count(), counts.Values.Sum(v => v.Staff));
        }, ct);
    }
}
