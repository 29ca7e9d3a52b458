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
    // The county defaults are the middle of each 2013 range: staff 1:6 full day, 1:9 half day; teaching and care 1:8, 1:12.
    // full day 180 children, 6 classes: 180 / 6 = 30 vs 180 / 8 + 2 directors = 24.5 vs 6 × (2 + 1) + 2 = 20 → the staff ratio
    [InlineData("full-day", false, 180, 6, 30.0, QuotaRules.KindergartenStaffRatio)]
    // half day 200 children, 5 classes: 200 / 9 = 22.22 vs 200 / 12 + 1 = 17.67 vs 5 × 2 + 1 = 11
    [InlineData("half-day", false, 200, 5, 200 / 9.0, QuotaRules.KindergartenStaffRatio)]
    // full day boarding, 90 children, 3 classes: 90 / 6 = 15 vs 90 / 8 + 1 = 12.25 vs 3 × (3 + 2) + 1 = 16 → per class wins
    [InlineData("full-day", true, 90, 3, 16.0, QuotaRules.KindergartenPerClass)]
    // full day 150 children, 10 classes: 150 / 6 = 25 vs 150 / 8 + 3 = 21.75 vs 10 × 3 + 3 directors = 33
    [InlineData("full-day", false, 150, 10, 33.0, QuotaRules.KindergartenPerClass)]
    public void Kindergartens_by_the_2013_standard(string day, bool boarding, int children, int classes, double posts, string winner)
    {
        var school = School("kindergarten", children, classes, boarding: boarding, day: day);
        var lines = QuotaRules.Compute(Standard(), school).Lines;
        Assert.Equal((decimal)posts, lines.Where(l => l.Counts).Sum(l => l.Posts), 6);
        Assert.Equal(winner, Assert.Single(lines, l => l.Counts).Rule);
        Assert.Equal(3, lines.Count); // staff ratio, teaching-and-care ratio, per class: each shown with its basis
    }

    // 保教人员与幼儿比 全日制 1:7–1:9 [national 2013]: a county at the thin end of the staff ratio (1:7) and the thick end
    // of the care ratio (1:7) is held by the care ratio — 150 / 7 + 2 directors = 23.43 over 150 / 7 = 21.43 and 6 × 3 + 2 = 20.
    [Fact]
    public void The_teaching_and_care_ratio_applies_beside_the_staff_ratio()
    {
        var standard = Standard() with { Kindergarten = Standard().Kindergarten with { FullDayChildrenPerStaff = 7m, FullDayChildrenPerCareStaff = 7m } };

        var lines = QuotaRules.Compute(standard, School("kindergarten", 150, 6, day: "full-day")).Lines;

        var counted = Assert.Single(lines, l => l.Counts);
        Assert.Equal(QuotaRules.KindergartenCareRatio, counted.Rule);
        Assert.Equal(150m / 7m + 2, counted.Posts, 6);
        Assert.Contains("7 children per teaching and care staff", counted.Basis);
    }

    [Fact]
    public void The_default_kindergarten_ratios_are_the_middle_of_the_2013_ranges_and_a_county_stays_inside_them()
    {
        var defaults = StaffingSettings.DefaultFor("421125");
        Assert.Equal((6m, 9m, 8m, 12m), (defaults.KindergartenFullDayRatio, defaults.KindergartenHalfDayRatio, defaults.KindergartenFullDayCareRatio, defaults.KindergartenHalfDayCareRatio));

        var errors = (defaults with { KindergartenFullDayCareRatio = 10m, KindergartenHalfDayCareRatio = 10m }).Validate();
        Assert.Equal(["kindergartenFullDayCareRatio", "kindergartenHalfDayCareRatio"], errors.Select(e => e.Field));
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
