namespace EduPlatform.Zoning.Domain.Review;

/// <summary>The numbers of the 2017 balanced-quality review that zoning can show (standards.md, "Other items of the same review").</summary>
public static class ReviewStandards
{
    /// <summary>Zoned nearby admission in urban and town areas: primary 100% (standards.md).</summary>
    public const double PrimaryNearbyAdmission = 1.00;
    /// <summary>Zoned nearby admission in urban and town areas: junior at least 95% (standards.md).</summary>
    public const double JuniorNearbyAdmission = 0.95;
    /// <summary>School size at most 2,000 students (standards.md).</summary>
    public const int MaxSchoolSize = 2000;
    /// <summary>Nine-year (and twelve-year) schools at most 2,500 (standards.md).</summary>
    public const int MaxThroughSchoolSize = 2500;
    /// <summary>A large class (大班额) has 56 or more students: the national statistics' definition, the threshold issue 5 asks for.</summary>
    public const int LargeClass = 56;

    public static double NearbyAdmission(string stage) => stage == "junior" ? JuniorNearbyAdmission : PrimaryNearbyAdmission;

    public static int MaxStudents(string schoolStage) => schoolStage == "nine-year" ? MaxThroughSchoolSize : MaxSchoolSize;
}

/// <summary>One grade of a school in a term: students and classes.</summary>
public sealed record GradeCount(Guid SchoolId, string School, string SchoolStage, int Grade, int Students, int Classes)
{
    public string Stage => Grade <= 6 ? "primary" : Grade <= 9 ? "junior" : "senior";
}

/// <summary>
/// A grade whose classes cannot all keep within the standard: with the students spread as evenly as the classes allow,
/// this many classes are still over the stage's limit, and this many are large (56 or more). Grade averages are all the
/// term report gives, so these are the least numbers of such classes.
/// </summary>
public sealed record ClassSizeFinding(Guid SchoolId, string School, string Stage, int Grade, int Students, int Classes, double Average, int Limit,
    int ClassesOverLimit, int LargeClasses);

public sealed record SchoolSizeFinding(Guid SchoolId, string School, string SchoolStage, int Students, int Limit)
{
    public int Over => Students - Limit;
}

/// <summary>Zoned nearby admission for a stage: the share of entrants admitted in their own zone, against the review's requirement.</summary>
public sealed record NearbyAdmission(string Stage, double Required, int Entrants, int InZone)
{
    public double? Rate => Entrants == 0 ? null : Math.Round((double)InZone / Entrants, 4);
    public bool? Meets => Rate is null ? null : Rate >= Required;
}

public static class EnrolmentReview
{
    /// <summary>Grades of compulsory stages with classes over 45 (primary) / 50 (junior) or large, at the least.</summary>
    public static IReadOnlyList<ClassSizeFinding> ClassSizes(IEnumerable<GradeCount> grades) =>
        grades.Where(g => g.Classes > 0 && g.Stage != "senior").Select(g =>
        {
            var limit = g.Stage == "junior" ? ZoningSettings.StandardJuniorClassSize : ZoningSettings.StandardPrimaryClassSize;
            return new ClassSizeFinding(g.SchoolId, g.School, g.Stage, g.Grade, g.Students, g.Classes, Math.Round((double)g.Students / g.Classes, 1), limit,
                LeastClassesAbove(g.Students, g.Classes, limit), LeastClassesAbove(g.Students, g.Classes, ReviewStandards.LargeClass - 1));
        }).Where(f => f.ClassesOverLimit > 0).OrderBy(f => f.School, StringComparer.Ordinal).ThenBy(f => f.Grade).ToList();

    /// <summary>With students spread evenly (sizes ⌊n/c⌋ and ⌈n/c⌉), how many classes have more than <paramref name="size"/>.</summary>
    public static int LeastClassesAbove(int students, int classes, int size)
    {
        var small = students / classes;
        var bigger = students % classes; // classes with one more student
        return small > size ? classes : small + 1 > size ? bigger : 0;
    }

    public static IReadOnlyList<SchoolSizeFinding> SchoolSizes(IEnumerable<(Guid SchoolId, string School, string SchoolStage, int Students)> schools) =>
        schools.Where(s => s.SchoolStage is "primary" or "junior" or "nine-year")
            .Select(s => new SchoolSizeFinding(s.SchoolId, s.School, s.SchoolStage, s.Students, ReviewStandards.MaxStudents(s.SchoolStage)))
            .Where(f => f.Over > 0).OrderByDescending(f => f.Over).ToList();
}
