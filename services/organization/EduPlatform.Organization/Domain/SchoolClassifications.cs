namespace EduPlatform.Organization.Domain;

/// <summary>学段. Wire form is kebab-case ("nine-year").</summary>
public enum Stage { Kindergarten, Primary, Junior, NineYear, SeniorHigh }

/// <summary>城区 / 镇区 / 乡村: the statistical locality class of the school's site.</summary>
public enum Locality { Urban, Town, Rural }

/// <summary>
/// What kind of establishment: village schools and teaching points are staffed differently [national]; special-education
/// and vocational schools, and teaching points under 50 students, are left out of the balance indicators [national 2017].
/// </summary>
public enum SchoolType { Regular, VillageSchool, TeachingPoint, SpecialEducation, Vocational }

/// <summary>Kindergarten schedule: staff ratios differ between full-day and half-day [national 2013 kindergarten standard].</summary>
public enum KindergartenDay { FullDay, HalfDay }

public static class StageGrades
{
    /// <summary>Grade numbers a school of the stage may report: kindergarten 1–3 (小班、中班、大班), primary 1–6, junior 7–9, senior 10–12.</summary>
    public static (int First, int Last) For(Stage stage) => stage switch
    {
        Stage.Kindergarten => (1, 3),
        Stage.Primary => (1, 6),
        Stage.Junior => (7, 9),
        Stage.NineYear => (1, 9),
        Stage.SeniorHigh => (10, 12),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
