using System.Text.RegularExpressions;

namespace EduPlatform.Organization.Domain;

public enum Season { Autumn, Spring }

/// <summary>A term: "2024-autumn" (calendar year and season). The school year starts in autumn.</summary>
public readonly partial record struct Term(int Year, Season Season)
{
    /// <summary>The year the school year starts: "2025-spring" belongs to 2024.</summary>
    public int SchoolYear => Season == Season.Autumn ? Year : Year - 1;

    public override string ToString() => $"{Year}-{(Season == Season.Autumn ? "autumn" : "spring")}";

    public static bool TryParse(string? text, out Term term)
    {
        term = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim().ToLowerInvariant());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value);
        if (year is < 2000 or > 2100)
        {
            return false;
        }

        term = new Term(year, match.Groups[2].Value == "autumn" ? Season.Autumn : Season.Spring);
        return true;
    }

    [GeneratedRegex(@"^(\d{4})-(autumn|spring)$")]
    private static partial Regex Pattern();
}

public sealed record GradeCount(int Grade, int Students, int Classes);

/// <summary>Students and classes of one school in one term; per grade where the school reports it.</summary>
public sealed record TermStatistics(Guid SchoolId, Term Term, int Students, int Classes, IReadOnlyList<GradeCount> Grades, int Version);

public static class TermStatisticsRules
{
    public static IReadOnlyList<(string Field, string Message)> Validate(Stage stage, int students, int classes, IReadOnlyList<GradeCount> grades)
    {
        var errors = new List<(string, string)>();
        if (students < 0)
        {
            errors.Add(("students", Texts.NotNegative));
        }

        if (classes < 0)
        {
            errors.Add(("classes", Texts.NotNegative));
        }

        if (students > 0 && classes == 0)
        {
            errors.Add(("classes", Texts.NoClasses));
        }

        if (classes > students)
        {
            errors.Add(("classes", Texts.ClassesExceedStudents(classes, students)));
        }

        if (grades.Count == 0)
        {
            return errors;
        }

        var (first, last) = StageGrades.For(stage);
        foreach (var g in grades.Where(g => g.Grade < first || g.Grade > last))
        {
            errors.Add(("grades", Texts.GradeOutside(g.Grade, first, last, stage)));
        }

        foreach (var dup in grades.GroupBy(g => g.Grade).Where(g => g.Count() > 1))
        {
            errors.Add(("grades", Texts.GradeTwice(dup.Key)));
        }

        if (grades.Any(g => g.Students < 0 || g.Classes < 0))
        {
            errors.Add(("grades", Texts.GradeNegative));
        }

        if (grades.Sum(g => g.Students) != students)
        {
            errors.Add(("grades", Texts.GradeStudentsSum(grades.Sum(g => g.Students), students)));
        }

        if (grades.Sum(g => g.Classes) != classes)
        {
            errors.Add(("grades", Texts.GradeClassesSum(grades.Sum(g => g.Classes), classes)));
        }

        return errors;
    }
}
