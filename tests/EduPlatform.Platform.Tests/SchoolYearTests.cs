using EduPlatform.Kernel;

namespace EduPlatform.Platform.Tests;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData("2026-08-31", 2025)]
    [InlineData("2026-09-01", 2026)]
    [InlineData("2026-12-31", 2026)]
    [InlineData("2027-01-01", 2026)]
    public void A_day_belongs_to_the_school_year_that_began_on_the_last_1_September(string day, int year)
    {
        Assert.Equal(year, SchoolYear.Of(DateOnly.Parse(day)));
        Assert.True(SchoolYear.StartsOn(year) <= DateOnly.Parse(day));
        Assert.True(DateOnly.Parse(day) < SchoolYear.StartsOn(year + 1));
    }

    [Theory]
    [InlineData("2025-03-01", "2025-09-01", false)] // ends as 2025 begins
    [InlineData("2025-03-01", "2025-09-02", true)]
    [InlineData("2026-09-01", null, false)] // begins as 2025 ends
    [InlineData("2026-08-31", null, true)]
    public void A_span_overlaps_a_school_year_when_it_holds_one_of_its_days(string start, string? end, bool overlaps) =>
        Assert.Equal(overlaps, SchoolYear.Overlaps(2025, DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end)));
}
