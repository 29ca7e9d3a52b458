using EduPlatform.Zoning.Domain;

namespace EduPlatform.Zoning.Tests.Domain;

public sealed class SeatSupplyTests
{
    static readonly ZoningSchool Primary = new(Guid.NewGuid(), "城关一小", "primary", "regular", true, 30.4, 115.2);
    static readonly ZoningSchool NineYear = new(Guid.NewGuid(), "北河镇九年一贯制学校", "nine-year", "regular", true, 30.1, 115.3);
    static readonly ZoningSchool Private = new(Guid.NewGuid(), "民办学校", "primary", "regular", false, null, null);
    static readonly ZoningSchool Special = new(Guid.NewGuid(), "特殊教育学校", "primary", "special-education", true, null, null);

    static IReadOnlyList<SchoolSeats> Seats(Dictionary<Guid, AutumnClasses> autumn, Dictionary<(Guid, string), int>? planned = null, ZoningSettings? settings = null) =>
        SeatSupply.For([Primary, NineYear, Private, Special], autumn, planned ?? [], settings ?? ZoningSettings.DefaultFor("421125"));

    // seats = planned classes × class size; 45 primary, 50 junior (standards.md).
    [Fact]
    public void Entry_seats_are_last_autumns_entry_grade_times_the_class_size()
    {
        var seats = Seats(new()
        {
            [Primary.Id] = new AutumnClasses(36, new Dictionary<int, int> { [1] = 7, [2] = 6 }),
            [NineYear.Id] = new AutumnClasses(9, new Dictionary<int, int> { [1] = 1, [7] = 2 }),
        });

        Assert.Equal(3, seats.Count); // the private and the special-education school do not admit by zone
        Assert.Equal((7, 315, "last autumn's grade 1"), Tuple(seats.Single(s => s.SchoolId == Primary.Id)));
        Assert.Equal((1, 45, "last autumn's grade 1"), Tuple(seats.Single(s => s.SchoolId == NineYear.Id && s.Stage == "primary")));
        Assert.Equal((2, 100, "last autumn's grade 7"), Tuple(seats.Single(s => s.SchoolId == NineYear.Id && s.Stage == "junior")));
    }

    [Fact]
    public void The_bureaus_plan_wins_and_without_grades_the_classes_are_spread_over_the_stages_grades()
    {
        var seats = Seats(new() { [Primary.Id] = new AutumnClasses(40, new Dictionary<int, int>()), [NineYear.Id] = new AutumnClasses(20, new Dictionary<int, int>()) },
            new() { [(NineYear.Id, "junior")] = 3 }, ZoningSettings.DefaultFor("421125") with { PrimaryClassSize = 40 });

        Assert.Equal((7, 280, "last autumn's 40 classes over 6 grades"), Tuple(seats.Single(s => s.SchoolId == Primary.Id))); // 40 / 6 = 6.7 → 7, × 40
        Assert.Equal((2, 80, "last autumn's 20 classes over 9 grades"), Tuple(seats.Single(s => s.SchoolId == NineYear.Id && s.Stage == "primary")));
        Assert.Equal((3, 150, "planned by the bureau"), Tuple(seats.Single(s => s.SchoolId == NineYear.Id && s.Stage == "junior")));
    }

    [Theory]
    [InlineData(45, 50, true)]
    [InlineData(46, 50, false)]
    [InlineData(45, 51, false)]
    [InlineData(40, 45, true)]
    public void A_county_may_plan_smaller_classes_not_larger_ones(int primary, int junior, bool valid) =>
        Assert.Equal(valid, (ZoningSettings.DefaultFor("421125") with { PrimaryClassSize = primary, JuniorClassSize = junior }).Validate().Count == 0);

    static (int, int, string) Tuple(SchoolSeats s) => (s.EntryClasses, s.Seats, s.Basis);
}
