using EduPlatform.Persistence;
using EduPlatform.Spreadsheets;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

public sealed record RecruitmentDraft(string CountyCode, int? BasedOnSchoolYear, int? ForSchoolYear, IReadOnlyList<RecruitmentLine> Lines, int Posts,
    IReadOnlyList<Coverage> Coverage);

/// <summary>
/// The draft recruitment plan (招聘用编计划) for the year after the latest approved plan: its vacancies, subject by subject,
/// scarce subjects first [000][003]; and the specialist coverage of PE, music and art per stage [000].
/// </summary>
public sealed class RecruitmentService(StaffingDatabase database)
{
    public Task<RecruitmentDraft> DraftAsync(string countyCode, CancellationToken ct) => database.ReadAsync(async s =>
    {
        var (year, approved) = await s.LatestApprovedAsync(countyCode);
        var heads = await s.HeadCountsAsync(countyCode);
        var subjects = await s.SubjectStaffAsync(countyCode);
        var lines = new List<RecruitmentLine>();
        foreach (var quota in approved)
        {
            var vacancies = quota.ApprovedPosts - quota.SchoolIds.Sum(id => heads.GetValueOrDefault((id, quota.Stage)));
            if (vacancies <= 0)
            {
                continue;
            }

            var gaps = subjects.Where(x => x.Stage == quota.Stage && quota.SchoolIds.Contains(x.SchoolId))
                .GroupBy(x => x.Subject).ToDictionary(g => g.Key, g => g.Sum(x => x.NonSpecialists));
            lines.AddRange(SubjectRules.Draft(quota.PoolKey, quota.PoolName, quota.Stage, vacancies, gaps));
        }

        return new RecruitmentDraft(countyCode, year, year + 1, lines, lines.Sum(l => l.Posts), SubjectRules.CoverageRates(subjects));
    }, ct);

    /// <summary>招聘用编计划(草案), titled with the county's name.</summary>
    public static byte[] Export(RecruitmentDraft draft, string title)
    {
        var rows = draft.Lines.Select(l => (IReadOnlyList<object?>)[l.PoolName, (string)Texts.Stage(l.Stage),
                (string)(l.Subject is { } s ? Texts.Subject(s) : Texts.SubjectOpen), l.Posts, l.Reason])
            .Append([])
            .Append([(string)Texts.Total, null, null, draft.Posts, (string)Texts.BasedOnPlan(draft.BasedOnSchoolYear)]);
        return XlsxWriter.Write(Texts.RecruitmentSheet(draft.ForSchoolYear), Texts.RecruitmentHeaders.Items, rows.ToList(), title);
    }
}
