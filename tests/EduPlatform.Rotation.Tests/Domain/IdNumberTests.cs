using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Tests.Domain;

public sealed class IdNumberTests
{
    [Fact]
    public void The_published_gb11643_example_is_valid()
    {
        // The standard's worked example: 11010519491231002X (a woman born 1949-12-31).
        Assert.Null(IdNumber.Problem("11010519491231002X"));
        Assert.Equal(new DateOnly(1949, 12, 31), IdNumber.BirthDate("11010519491231002X"));
        Assert.Equal(Gender.Female, IdNumber.GenderOf("11010519491231002X"));
    }

    [Theory]
    [InlineData("110105194912310021", "check character")]
    [InlineData("11010519491231002", "17 characters")]
    [InlineData("1101051949123100AX", "character 17 is not a digit")]
    [InlineData("11010519491331002X", "not a birth date")]
    public void Invalid_numbers_say_why(string text, string reason) => Assert.Contains(reason, IdNumber.Problem(text));

    [Fact]
    public void Masking_hides_the_birth_date_and_sequence_but_keeps_area_and_last_four()
    {
        Assert.Equal("110105********002X", IdNumber.Mask("11010519491231002X"));
        Assert.DoesNotContain("19491231", IdNumber.Mask("11010519491231002X"));
    }

    [Fact]
    public void Test_numbers_are_built_with_a_valid_check_character()
    {
        var id = People.IdFor(new DateOnly(1980, 2, 29), Gender.Male);
        Assert.Null(IdNumber.Problem(id));
        Assert.Equal(Gender.Male, IdNumber.GenderOf(id));
    }
}

public sealed class DatesTests
{
    [Theory]
    [InlineData(2191, 6)]
    [InlineData(2190, 5)]
    [InlineData(1096, 3)]
    [InlineData(1095, 3)]
    [InlineData(1094, 2)]
    [InlineData(364, 0)]
    public void Days_served_count_as_whole_years_with_leap_days(int days, int years) => Assert.Equal(years, Dates.YearsInDays(days));
}
