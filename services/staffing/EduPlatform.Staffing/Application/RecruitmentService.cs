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

    /// <summary>招聘用编计划(草案) with Chinese headers.</summary>
    public static byte[] Export(RecruitmentDraft draft)
    {
        string[] headers = ["编制单位", "学段", "学科", "招聘人数", "依据"];
        var rows = draft.Lines.Select(l => (IReadOnlyList<object?>)[l.PoolName, StaffingExports.ChineseStage(l.Stage), l.Subject is { } s ? ChineseSubject(s) : "待定", l.Posts, l.Reason])
            .Append([])
            .Append(["合计", null, null, draft.Posts, $"依据 {draft.BasedOnSchoolYear} 年已批准编制计划的空编"]);
        return XlsxWriter.Write($"{draft.ForSchoolYear}年招聘计划草案", headers, rows.ToList());
    }

    static string ChineseSubject(Subject subject) => subject switch
    {
        Subject.Chinese => "语文", Subject.Maths => "数学", Subject.English => "英语", Subject.Ideology => "道德与法治", Subject.History => "历史",
        Subject.Geography => "地理", Subject.Physics => "物理", Subject.Chemistry => "化学", Subject.Biology => "生物", Subject.Science => "科学",
        Subject.PE => "体育", Subject.Music => "音乐", Subject.Art => "美术", Subject.IT => "信息技术", Subject.MentalHealth => "心理健康",
        _ => "其他",
    };
}
