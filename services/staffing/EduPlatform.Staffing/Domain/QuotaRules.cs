using EduPlatform.Kernel;

namespace EduPlatform.Staffing.Domain;

/// <summary>One step of a quota: which students or classes, which ratio, which rule and its source, and the unrounded posts.</summary>
public sealed record QuotaLine(
    Guid SchoolId, StaffingStage Stage, string Rule, string Basis, decimal Posts, bool Counts, string Source);

/// <summary>Something that kept a school's quota from being computed, or that the office should know.</summary>
public sealed record QuotaIssue(Guid SchoolId, string Rule, string Message);

/// <summary>
/// The standard quota (核定编制) of one school by stage, as unrounded posts with every step explained. Rounding happens
/// once per pool (a fused alliance, or a school on its own) in <see cref="QuotaPool"/>.
/// </summary>
public static class QuotaRules
{
    public const string StudentRatio = "staffing.student-ratio";
    public const string VillageClassRatio = "staffing.village.class-ratio";
    public const string NineYearSplit = "staffing.nine-year.split";
    public const string NineYearGradesMissing = "staffing.nine-year.grades-missing";
    public const string KindergartenStaffRatio = "staffing.kindergarten.staff-ratio";
    public const string KindergartenPerClass = "staffing.kindergarten.per-class";
    public const string KindergartenCareRatio = "staffing.kindergarten.care-ratio";
    public const string NotStaffed = "staffing.not-staffed-here";


    public static (IReadOnlyList<QuotaLine> Lines, IReadOnlyList<QuotaIssue> Issues) Compute(StaffingStandard standard, SchoolFigures school)
    {
        var lines = new List<QuotaLine>();
        var issues = new List<QuotaIssue>();
        if (school.SchoolType is "special-education" or "vocational")
        {
            issues.Add(new QuotaIssue(school.SchoolId, NotStaffed,
                Texts.OwnStandard(school.Name, school.SchoolType)));
            return (lines, issues);
        }

        switch (school.Stage)
        {
            case "primary":
                AddGraded(standard, school, StaffingStage.Primary, school.Students, school.Classes, Texts.AllGrades, lines);
                break;
            case "junior":
                AddGraded(standard, school, StaffingStage.Junior, school.Students, school.Classes, Texts.AllGrades, lines);
                break;
            case "senior-high":
                AddGraded(standard, school, StaffingStage.SeniorHigh, school.Students, school.Classes, Texts.AllGrades, lines);
                break;
            case "nine-year":
                AddNineYear(standard, school, lines, issues);
                break;
            case "kindergarten":
                AddKindergarten(standard, school, lines);
                break;
            default:
                issues.Add(new QuotaIssue(school.SchoolId, NotStaffed, Texts.NoStandardForStage(school.Name, school.Stage)));
                break;
        }

        return (lines, issues);
    }

    /// <summary>Students at the stage's ratio; for village schools and teaching points the class ratio wins when larger.</summary>
    static void AddGraded(StaffingStandard standard, SchoolFigures school, StaffingStage stage, int students, int classes, Words band, List<QuotaLine> lines)
    {
        var ratio = standard.RatioFor(stage);
        var byStudents = students / ratio;
        var village = school.SchoolType is "village-school" or "teaching-point";
        if (village && standard.VillageStaffPerClass is { } perClass)
        {
            var byClasses = classes * perClass;
            var classesWin = byClasses > byStudents;
            lines.Add(new QuotaLine(school.SchoolId, stage, StudentRatio,
                Texts.ByStudents(students, band, ratio), byStudents, !classesWin, standard.Source));
            lines.Add(new QuotaLine(school.SchoolId, stage, VillageClassRatio,
                Texts.ByClasses(classes, band, perClass), byClasses, classesWin, Texts.VillageSource));
            return;
        }

        lines.Add(new QuotaLine(school.SchoolId, stage, StudentRatio,
            village ? Texts.ByStudentsNoClassRatio(students, band, ratio) : Texts.ByStudents(students, band, ratio), byStudents, true, standard.Source));
    }

    /// <summary>九年一贯制: primary grades at the primary ratio, junior grades at the junior ratio [national].</summary>
    static void AddNineYear(StaffingStandard standard, SchoolFigures school, List<QuotaLine> lines, List<QuotaIssue> issues)
    {
        if (school.Grades.Count == 0 || school.Grades.Sum(g => g.Students) != school.Students)
        {
            issues.Add(new QuotaIssue(school.SchoolId, NineYearGradesMissing,
                Texts.NineYearNeedsGrades(school.Name)));
            return;
        }

        var primary = school.Grades.Where(g => g.Grade <= 6).ToList();
        var junior = school.Grades.Where(g => g.Grade >= 7).ToList();
        AddGraded(standard, school, StaffingStage.Primary, primary.Sum(g => g.Students), primary.Sum(g => g.Classes), Texts.Grades1To6, lines);
        AddGraded(standard, school, StaffingStage.Junior, junior.Sum(g => g.Students), junior.Sum(g => g.Classes), Texts.Grades7To9, lines);
    }

    /// <summary>
    /// The largest of three [national 2013]: all staff by the staff:children ratio; the teaching and care staff by their
    /// own ratio, plus the directors; the per-class teaching and care staff, plus the directors (1, 2 or 3 by classes).
    /// </summary>
    static void AddKindergarten(StaffingStandard standard, SchoolFigures school, List<QuotaLine> lines)
    {
        var k = standard.Kindergarten;
        var halfDay = school.KindergartenDay == "half-day";
        var childrenPerStaff = halfDay ? k.HalfDayChildrenPerStaff : k.FullDayChildrenPerStaff;
        var byChildren = school.Students / childrenPerStaff;

        var directors = KindergartenStandard.Directors(school.Classes);
        var childrenPerCareStaff = halfDay ? k.HalfDayChildrenPerCareStaff : k.FullDayChildrenPerCareStaff;
        var byCareRatio = school.Students / childrenPerCareStaff + directors;

        var teachers = (halfDay ? k.HalfDayTeachersPerClass : k.FullDayTeachersPerClass) + (school.IsBoarding ? k.BoardingExtraTeachersPerClass : 0);
        var caregivers = (halfDay ? 0 : k.FullDayCaregiversPerClass) + (school.IsBoarding ? k.BoardingExtraCaregiversPerClass : 0);
        var byClasses = (decimal)(school.Classes * (teachers + caregivers) + directors);
        var largest = Math.Max(byChildren, Math.Max(byCareRatio, byClasses));
        var winner = largest == byClasses ? KindergartenPerClass : largest == byCareRatio ? KindergartenCareRatio : KindergartenStaffRatio;

        lines.Add(new QuotaLine(school.SchoolId, StaffingStage.Kindergarten, KindergartenStaffRatio,
            Texts.ByChildren(school.Students, halfDay, childrenPerStaff),
            byChildren, winner == KindergartenStaffRatio, Texts.KindergartenSource));
        lines.Add(new QuotaLine(school.SchoolId, StaffingStage.Kindergarten, KindergartenCareRatio,
            Texts.ByCareRatio(school.Students, halfDay, childrenPerCareStaff, directors, school.Classes),
            byCareRatio, winner == KindergartenCareRatio, Texts.KindergartenSource));
        lines.Add(new QuotaLine(school.SchoolId, StaffingStage.Kindergarten, KindergartenPerClass,
            Texts.ByKindergartenClasses(school.Classes, teachers, caregivers, school.IsBoarding, directors),
            byClasses, winner == KindergartenPerClass, Texts.KindergartenSource));
    }
}
