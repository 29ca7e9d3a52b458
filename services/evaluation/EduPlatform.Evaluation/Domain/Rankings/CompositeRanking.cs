using EduPlatform.Evaluation.Domain.Balance;

namespace EduPlatform.Evaluation.Domain.Rankings;

/// <summary>
/// The composite of [003] 17: 学生发展, 教师专业化, 家长满意率, 社会认可度, and resource sharing (资源共享, [003] 考核评价阶段).
/// Each dimension is a 0–100 score from the schools' figures, weighted by students:
/// student development = mean of the academic score and the consolidation rate; teacher professionalism = the share of
/// the standard reached by the three teacher indicators (each capped at 100%); parent satisfaction and social
/// recognition = the survey percentages; resource sharing = people exchanged in the year per teacher against the
/// review's 10% yearly rotation floor (standards.md) as full marks.
/// </summary>
public static class CompositeRanking
{
    public const string StudentDevelopment = "student-development";
    public const string TeacherProfessionalism = "teacher-professionalism";
    public const string ParentSatisfaction = "parent-satisfaction";
    public const string SocialRecognition = "social-recognition";
    public const string ResourceSharing = "resource-sharing";

    public static readonly IReadOnlyList<string> Dimensions = [StudentDevelopment, TeacherProfessionalism, ParentSatisfaction, SocialRecognition, ResourceSharing];

    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        [StudentDevelopment] = "学生发展", [TeacherProfessionalism] = "教师专业化", [ParentSatisfaction] = "家长满意率",
        [SocialRecognition] = "社会认可度", [ResourceSharing] = "资源共享",
    };

    /// <summary>Rotation's yearly floor: 10% of eligible teachers of urban and quality schools (standards.md, 2017 review).</summary>
    public const double RotationFloor = 0.10;

    public sealed record Unit(string Id, string Name, IReadOnlyList<SchoolFigures> Schools, int ExchangedPeople);

    public sealed record Ranked(int Rank, string Id, string Name, double? Composite, IReadOnlyDictionary<string, double?> Scores, IReadOnlyList<string> Missing);

    public static IReadOnlyList<Ranked> Rank(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, double> weights)
    {
        var scored = units.Select(u =>
        {
            var scores = Score(u);
            var present = Dimensions.Where(d => scores[d] is not null && weights.GetValueOrDefault(d) > 0).ToList();
            var weight = present.Sum(d => weights[d]);
            double? composite = weight > 0 ? Math.Round(present.Sum(d => weights[d] * scores[d]!.Value) / weight, 2) : null;
            return (Unit: u, Scores: scores, Composite: composite, Missing: Dimensions.Where(d => scores[d] is null).ToList());
        }).OrderByDescending(s => s.Composite ?? double.MinValue).ThenBy(s => s.Unit.Name, StringComparer.Ordinal).ToList();

        var ranked = new List<Ranked>();
        for (var i = 0; i < scored.Count; i++)
        {
            var s = scored[i];
            var rank = i > 0 && scored[i - 1].Composite == s.Composite ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new Ranked(rank, s.Unit.Id, s.Unit.Name, s.Composite, s.Scores, s.Missing));
        }

        return ranked;
    }

    public static IReadOnlyDictionary<string, double?> Score(Unit unit)
    {
        var schools = unit.Schools;
        var teachers = schools.Sum(s => s.Teachers ?? 0);
        return new Dictionary<string, double?>
        {
            [StudentDevelopment] = Weighted(schools, s => Mean(s.AcademicScore, s.ConsolidationRate)),
            [TeacherProfessionalism] = Weighted(schools, s => s.Resources is { } r && s.Students > 0
                ? new[] { ResourceIndicator.QualifiedTeachers, ResourceIndicator.BackboneTeachers, ResourceIndicator.PeArtsTeachers }
                    .Average(i => Math.Min(1, r.Value(i, s.Students) / ResourceStandards.Of(i).For(s.Stage))) * 100
                : null),
            [ParentSatisfaction] = Weighted(schools, s => s.ParentSatisfaction),
            [SocialRecognition] = Weighted(schools, s => s.SocialRecognition),
            [ResourceSharing] = teachers > 0 ? Math.Round(Math.Min(1, unit.ExchangedPeople / (teachers * RotationFloor)) * 100, 2) : null,
        };
    }

    static double? Mean(params double?[] values) => values.Where(v => v is not null).Select(v => v!.Value).ToList() is { Count: > 0 } known ? known.Average() : null;

    static double? Weighted(IReadOnlyList<SchoolFigures> schools, Func<SchoolFigures, double?> value)
    {
        var known = schools.Select(s => (s.Students, Value: value(s))).Where(s => s.Value is not null && s.Students > 0).ToList();
        var students = known.Sum(k => k.Students);
        return students > 0 ? Math.Round(known.Sum(k => k.Students * k.Value!.Value) / students, 2) : null;
    }
}
