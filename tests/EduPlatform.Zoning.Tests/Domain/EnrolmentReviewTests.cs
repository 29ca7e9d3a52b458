using EduPlatform.Zoning.Domain.Review;

namespace EduPlatform.Zoning.Tests.Domain;

public sealed class EnrolmentReviewTests
{
    [Theory]
    [InlineData(225, 5, 45, 0)] // 45 each: within the standard
    [InlineData(226, 5, 45, 1)] // one class must take 46
    [InlineData(240, 5, 45, 5)] // 48 each
    [InlineData(279, 5, 55, 4)] // 55, 56, 56, 56, 56: four large classes
    [InlineData(280, 5, 55, 5)] // 56 each: all large
    [InlineData(0, 3, 45, 0)]
    public void The_least_number_of_classes_above_a_size_follows_from_an_even_spread(int students, int classes, int size, int expected) =>
        Assert.Equal(expected, EnrolmentReview.LeastClassesAbove(students, classes, size));

    [Fact]
    public void Class_sizes_are_judged_by_stage_and_large_classes_start_at_56()
    {
        var school = Guid.NewGuid();
        GradeCount[] grades =
        [
            new(school, "城关一小", "nine-year", 1, 270, 6), // 45: fine
            new(school, "城关一小", "nine-year", 2, 300, 6), // 50: over primary's 45
            new(school, "城关一小", "nine-year", 7, 300, 6), // 50: fine for junior
            new(school, "城关一小", "nine-year", 8, 336, 6), // 56: over 50 and large
        ];

        var findings = EnrolmentReview.ClassSizes(grades);

        Assert.Equal([2, 8], findings.Select(f => f.Grade));
        Assert.Equal((45, 6, 0), (findings[0].Limit, findings[0].ClassesOverLimit, findings[0].LargeClasses));
        Assert.Equal((50, 6, 6), (findings[1].Limit, findings[1].ClassesOverLimit, findings[1].LargeClasses));
    }

    [Fact]
    public void Schools_over_2000_or_nine_year_schools_over_2500_are_reported()
    {
        var sizes = EnrolmentReview.SchoolSizes(
        [
            (Guid.NewGuid(), "A", "primary", 2000), (Guid.NewGuid(), "B", "primary", 2001),
            (Guid.NewGuid(), "C", "nine-year", 2500), (Guid.NewGuid(), "D", "nine-year", 2501), (Guid.NewGuid(), "E", "senior-high", 4000),
        ]);

        Assert.Equal([("B", 1), ("D", 1)], sizes.Select(s => (s.School, s.Over)).OrderBy(x => x.School));
    }

    [Theory]
    [InlineData("junior", 950, true)]
    [InlineData("junior", 949, false)]
    [InlineData("primary", 1000, true)]
    [InlineData("primary", 999, false)]
    public void Nearby_admission_meets_100_percent_primary_and_95_percent_junior(string stage, int inZone, bool meets) =>
        Assert.Equal(meets, new NearbyAdmission(stage, ReviewStandards.NearbyAdmission(stage), 1000, inZone).Meets);
}
