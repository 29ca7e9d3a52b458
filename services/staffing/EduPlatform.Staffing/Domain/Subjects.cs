namespace EduPlatform.Staffing.Domain;

public enum Subject
{
    Chinese, Maths, English, Ideology, History, Geography, Physics, Chemistry, Biology, Science,
    PE, Music, Art, IT, MentalHealth, Other,
}

/// <summary>Subject teachers of one school and stage: specialists (专任) and teachers covering it beside another subject (兼任).</summary>
public sealed record SubjectStaff(Guid SchoolId, StaffingStage Stage, Subject Subject, int Specialists, int NonSpecialists);

public sealed record Coverage(StaffingStage Stage, Subject Subject, int Specialists, int NonSpecialists)
{
    /// <summary>专任化率: specialists among all who teach the subject; null when nobody teaches it.</summary>
    public decimal? Rate => Specialists + NonSpecialists == 0 ? null : Math.Round((decimal)Specialists / (Specialists + NonSpecialists), 3);
}

/// <summary>One line of the draft recruitment plan: posts to fill in a pool, stage and subject, and why.</summary>
public sealed record RecruitmentLine(string PoolKey, string PoolName, StaffingStage Stage, Subject? Subject, int Posts, string Reason);

public static class SubjectRules
{
    /// <summary>Scarce subjects, managed across the alliance and recruited first: PE, music, art, IT, mental health [000][003], ideology [002][003].</summary>
    public static readonly IReadOnlyList<Subject> Scarce = [Subject.PE, Subject.Music, Subject.Art, Subject.IT, Subject.MentalHealth, Subject.Ideology];

    /// <summary>Specialist coverage is tracked for PE, music and art per stage [000].</summary>
    public static readonly IReadOnlyList<Subject> CoverageTracked = [Subject.PE, Subject.Music, Subject.Art];

    public static IReadOnlyList<Coverage> CoverageRates(IEnumerable<SubjectStaff> staff) =>
        staff.Where(s => CoverageTracked.Contains(s.Subject))
            .GroupBy(s => (s.Stage, s.Subject))
            .OrderBy(g => g.Key.Stage).ThenBy(g => g.Key.Subject)
            .Select(g => new Coverage(g.Key.Stage, g.Key.Subject, g.Sum(s => s.Specialists), g.Sum(s => s.NonSpecialists)))
            .ToList();

    /// <summary>
    /// Fills a pool-stage's vacancies subject by subject: first the scarce subjects, largest gap (teachers covering it
    /// without being specialists) first; then the other subjects' gaps; what is left is recruited without a subject
    /// yet, for the school to name. Nothing is drafted where there is no vacancy.
    /// </summary>
    public static IReadOnlyList<RecruitmentLine> Draft(string poolKey, string poolName, StaffingStage stage, int vacancies,
        IReadOnlyDictionary<Subject, int> gaps)
    {
        var lines = new List<RecruitmentLine>();
        var left = vacancies;
        var ordered = gaps.Where(g => g.Value > 0)
            .OrderBy(g => Scarce.Contains(g.Key) ? 0 : 1)
            .ThenByDescending(g => g.Value)
            .ThenBy(g => g.Key);
        foreach (var (subject, gap) in ordered)
        {
            if (left <= 0)
            {
                break;
            }

            var posts = Math.Min(gap, left);
            lines.Add(new RecruitmentLine(poolKey, poolName, stage, subject, posts,
                Texts.SubjectGap(gap, subject, Scarce.Contains(subject))));
            left -= posts;
        }

        if (left > 0)
        {
            lines.Add(new RecruitmentLine(poolKey, poolName, stage, null, left, Texts.BeyondGaps));
        }

        return lines;
    }
}
