namespace EduPlatform.Staffing.Domain;

/// <summary>A stage's quota in one pool: the unrounded sum of its schools' counting lines, and the posts after rounding.</summary>
public sealed record StageQuota(StaffingStage Stage, decimal Unrounded, int Posts);

/// <summary>
/// A staffing pool: a fused alliance (one pool for all its campuses, no urban/rural split [000]) or a school on its own
/// (a co-built alliance's schools keep their own). Each stage is rounded once per pool by the county's rounding rule.
/// </summary>
public sealed record QuotaPool(
    string Name, IReadOnlyList<Guid> SchoolIds, IReadOnlyList<StageQuota> Stages, IReadOnlyList<QuotaLine> Lines,
    IReadOnlyList<QuotaIssue> Issues, string Rounding)
{
    public int Posts => Stages.Sum(s => s.Posts);

    public static QuotaPool Compute(StaffingStandard standard, string name, IReadOnlyList<SchoolFigures> schools)
    {
        var lines = new List<QuotaLine>();
        var issues = new List<QuotaIssue>();
        foreach (var school in schools)
        {
            var (schoolLines, schoolIssues) = QuotaRules.Compute(standard, school);
            lines.AddRange(schoolLines);
            issues.AddRange(schoolIssues);
        }

        var stages = lines.Where(l => l.Counts)
            .GroupBy(l => l.Stage)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var unrounded = g.Sum(l => l.Posts);
                return new StageQuota(g.Key, unrounded, (int)standard.Round(unrounded));
            })
            .ToList();
        var rounding = Texts.Rounding(standard.Rounding);
        return new QuotaPool(name, schools.Select(s => s.SchoolId).ToList(), stages, lines, issues, rounding);
    }

}
