using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Tests.Domain;

/// <summary>The staffing standards of standards.md, table-driven, with the hand calculation beside each row.</summary>
public sealed class QuotaRulesTests
{
    static StaffingStandard Standard(string preset = StaffingStandardPresets.National2014) => StaffingStandardPresets.Find(preset)!;

    static SchoolFigures School(string stage, int students, int classes, string type = "regular", bool boarding = false,
        string? day = null, params GradeFigures[] grades) => new()
    {
        SchoolId = Guid.NewGuid(), Name = $"{stage} school", Stage = stage, SchoolType = type, IsBoarding = boarding,
        KindergartenDay = day, Students = students, Classes = classes, Grades = grades,
    };

    static decimal Counted(StaffingStandard standard, SchoolFigures school, StaffingStage stage) =>
        QuotaRules.Compute(standard, school).Lines.Where(l => l.Counts && l.Stage == stage).Sum(l => l.Posts);

    [Theory]
    // 2014 unified: senior 1:12.5, junior 1:13.5, primary 1:19
    [InlineData(StaffingStandardPresets.National2014, "primary", 380, StaffingStage.Primary, 20)]      // 380 / 19
    [InlineData(StaffingStandardPresets.National2014, "junior", 540, StaffingStage.Junior, 40)]        // 540 / 13.5
    [InlineData(StaffingStandardPresets.National2014, "senior-high", 1000, StaffingStage.SeniorHigh, 80)] // 1000 / 12.5
    // 2001 county town 1:13 / 1:16 / 1:21; countryside 1:13.5 / 1:18 / 1:23; city = the 2014 numbers
    [InlineData(StaffingStandardPresets.CountyTown2001, "primary", 420, StaffingStage.Primary, 20)]    // 420 / 21
    [InlineData(StaffingStandardPresets.CountyTown2001, "junior", 480, StaffingStage.Junior, 30)]      // 480 / 16
    [InlineData(StaffingStandardPresets.CountyTown2001, "senior-high", 650, StaffingStage.SeniorHigh, 50)] // 650 / 13
    [InlineData(StaffingStandardPresets.Rural2001, "primary", 230, StaffingStage.Primary, 10)]         // 230 / 23
    [InlineData(StaffingStandardPresets.Rural2001, "junior", 360, StaffingStage.Junior, 20)]           // 360 / 18
    [InlineData(StaffingStandardPresets.Rural2001, "senior-high", 270, StaffingStage.SeniorHigh, 20)]  // 270 / 13.5
    [InlineData(StaffingStandardPresets.City2001, "primary", 380, StaffingStage.Primary, 20)]          // 380 / 19
    public void Students_per_staff_by_stage_and_preset(string preset, string stage, int students, StaffingStage staffingStage, decimal posts)
    {
        Assert.Equal(posts, Counted(Standard(preset), School(stage, students, students / 45 + 1), staffingStage));
    }

    [Fact]
    public void A_nine_year_school_is_split_by_grade_band()
    {
        // grades 1–6: 228 students / 19 = 12; grades 7–9: 270 students / 13.5 = 20
        var school = School("nine-year", 498, 12, grades:
        [
            new(1, 38, 1), new(2, 38, 1), new(3, 38, 1), new(4, 38, 1), new(5, 38, 1), new(6, 38, 1),
            new(7, 90, 2), new(8, 90, 2), new(9, 90, 2),
        ]);
        Assert.Equal(12m, Counted(Standard(), school, StaffingStage.Primary));
        Assert.Equal(20m, Counted(Standard(), school, StaffingStage.Junior));
        Assert.Contains(QuotaRules.Compute(Standard(), school).Lines, l => l.Basis.Contains("grades 7–9"));
    }

    [Fact]
    public void A_nine_year_school_without_grades_is_flagged_not_guessed()
    {
        var (lines, issues) = QuotaRules.Compute(Standard(), School("nine-year", 498, 12));
        Assert.Empty(lines);
        Assert.Equal(QuotaRules.NineYearGradesMissing, Assert.Single(issues).Rule);
    }

    [Fact]
    public void In_a_village_school_the_class_ratio_wins_when_it_gives_more()
    {
        var standard = Standard() with { VillageStaffPerClass = 1.5m };
        // 60 students / 19 = 3.16; 6 classes × 1.5 = 9 → 9
        var village = School("primary", 60, 6, type: "village-school");
        Assert.Equal(9m, Counted(standard, village, StaffingStage.Primary));
        var lines = QuotaRules.Compute(standard, village).Lines;
        Assert.True(lines.Single(l => l.Rule == QuotaRules.VillageClassRatio).Counts);
        Assert.False(lines.Single(l => l.Rule == QuotaRules.StudentRatio).Counts);

        // 190 students / 19 = 10; 4 classes × 1.5 = 6 → the student ratio wins
        Assert.Equal(10m, Counted(standard, School("primary", 190, 4, type: "village-school"), StaffingStage.Primary));
        // A regular school never uses the class ratio: 60 / 19
        Assert.Equal(60m / 19m, Counted(standard, School("primary", 60, 6), StaffingStage.Primary));
    }

    [Fact]
    public void Without_a_county_class_ratio_a_teaching_point_uses_the_student_ratio_and_says_so()
    {
        var line = Assert.Single(QuotaRules.Compute(Standard(), School("primary", 38, 2, type: "teaching-point")).Lines);
        Assert.Equal(2m, line.Posts); // 38 / 19
        Assert.Contains("no class ratio", line.Basis);
    }

    [Theory]
    // full day 180 children, 6 classes: 180 / 7 = 25.71 vs 6 × (2 + 1) + 2 directors = 20 → the ratio wins
    [InlineData("full-day", false, 180, 6, 180 / 7.0, QuotaRules.KindergartenStaffRatio)]
    // half day 200 children, 5 classes: 200 / 10 = 20 vs 5 × 2 + 1 director = 11
    [InlineData("half-day", false, 200, 5, 20.0, QuotaRules.KindergartenStaffRatio)]
    // full day boarding, 90 children, 3 classes: 90 / 7 = 12.86 vs 3 × (3 + 2) + 1 = 16 → per class wins
    [InlineData("full-day", true, 90, 3, 16.0, QuotaRules.KindergartenPerClass)]
    // full day 150 children, 10 classes: 150 / 7 = 21.43 vs 10 × 3 + 3 directors = 33
    [InlineData("full-day", false, 150, 10, 33.0, QuotaRules.KindergartenPerClass)]
    public void Kindergartens_by_the_2013_standard(string day, bool boarding, int children, int classes, double posts, string winner)
    {
        var school = School("kindergarten", children, classes, boarding: boarding, day: day);
        var lines = QuotaRules.Compute(Standard(), school).Lines;
        Assert.Equal((decimal)posts, lines.Where(l => l.Counts).Sum(l => l.Posts), 6);
        Assert.Equal(winner, Assert.Single(lines, l => l.Counts).Rule);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 3)]
    [InlineData(20, 3)]
    public void Kindergarten_directors_by_class_count(int classes, int directors) =>
        Assert.Equal(directors, KindergartenStandard.Directors(classes));

    [Fact]
    public void Every_counted_line_names_its_source()
    {
        var standard = Standard() with { VillageStaffPerClass = 2m };
        var schools = new[]
        {
            School("primary", 100, 4, type: "village-school"), School("junior", 300, 6),
            School("kindergarten", 100, 4, day: "full-day"), School("senior-high", 500, 10),
        };
        var lines = schools.SelectMany(s => QuotaRules.Compute(standard, s).Lines).ToList();
        Assert.All(lines, l => Assert.Matches(@"\[national", l.Source));
    }

    [Theory]
    [InlineData("special-education")]
    [InlineData("vocational")]
    public void Special_and_vocational_schools_have_their_own_standards_and_are_not_computed(string type)
    {
        var (lines, issues) = QuotaRules.Compute(Standard(), School("primary", 120, 10, type: type));
        Assert.Empty(lines);
        Assert.Equal(QuotaRules.NotStaffed, Assert.Single(issues).Rule);
    }
}
