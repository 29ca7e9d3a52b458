using EduPlatform.Kernel;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Tests.Domain;

public sealed class SchoolAndTermRulesTests
{
    static SchoolDetails Valid(Stage stage = Stage.Primary) => new("4211250001", "东山镇中心小学", stage, Locality.Town, SchoolType.Regular, "东山镇",
        30.5, 115.2, true, false, stage == Stage.Kindergarten ? KindergartenDay.FullDay : null);

    [Fact]
    public void A_complete_school_is_valid() => Assert.Empty(SchoolRules.Validate(Valid()));

    [Theory]
    [InlineData("code")]
    [InlineData("name")]
    [InlineData("township")]
    [InlineData("latitude")]
    [InlineData("kindergartenDay")]
    [InlineData("type")]
    public void Each_field_rule_names_its_field(string field)
    {
        var details = field switch
        {
            "code" => Valid() with { Code = "42-11" },
            "name" => Valid() with { Name = " " },
            "township" => Valid() with { Township = "" },
            "latitude" => Valid() with { Latitude = 95 },
            "kindergartenDay" => Valid(Stage.Kindergarten) with { KindergartenDay = null },
            "type" => Valid(Stage.Junior) with { Type = SchoolType.TeachingPoint },
            _ => throw new ArgumentException(field),
        };
        Assert.Equal([field], SchoolRules.Validate(details).Select(e => e.Field).Distinct());
    }

    [Theory]
    [InlineData("TF-JU-01", "“-”", "not '-'")]
    [InlineData("", "必填", "is required")]
    [InlineData("123456789012345678901", "最多 20 位，此处 21 位", "this one has 21")]
    public void A_bad_school_code_is_told_the_rule_it_breaks(string code, string chinese, string english)
    {
        var message = Assert.Single(SchoolRules.Validate(Valid() with { Code = code })).Message;
        Assert.Contains(english, message);
        var inChinese = Language.In("zh-CN", () => Assert.Single(SchoolRules.Validate(Valid() with { Code = code })).Message);
        Assert.Contains(chinese, inChinese);
        Assert.DoesNotContain("required", code.Length > 0 ? message : "");
    }

    [Theory]
    [InlineData("2024-autumn", 2024, Season.Autumn, 2024)]
    [InlineData("2025-spring", 2025, Season.Spring, 2024)]
    [InlineData(" 2023-AUTUMN ", 2023, Season.Autumn, 2023)]
    public void Terms_parse_and_know_their_school_year(string text, int year, Season season, int schoolYear)
    {
        Assert.True(Term.TryParse(text, out var term));
        Assert.Equal(new Term(year, season), term);
        Assert.Equal(schoolYear, term.SchoolYear);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-summer")]
    [InlineData("1999-autumn")]
    [InlineData(null)]
    public void Bad_terms_are_refused(string? text) => Assert.False(Term.TryParse(text, out _));

    [Fact]
    public void Grades_must_add_up_and_fit_the_stage()
    {
        var ok = TermStatisticsRules.Validate(Stage.Primary, 90, 3, [new(1, 45, 1), new(2, 45, 2)]);
        Assert.Empty(ok);

        var errors = TermStatisticsRules.Validate(Stage.Primary, 100, 3, [new(1, 45, 1), new(7, 45, 2)]).Select(e => e.Message).ToList();
        Assert.Contains(errors, m => m.Contains("grade 7 is outside 1–6"));
        Assert.Contains(errors, m => m.Contains("add up to 90, not the school's 100"));
    }

    [Theory]
    [InlineData(-1, 0, "students")]
    [InlineData(30, 0, "classes")]
    [InlineData(3, 5, "classes")]
    public void Counts_are_plausible(int students, int classes, string field) =>
        Assert.Contains(field, TermStatisticsRules.Validate(Stage.Junior, students, classes, []).Select(e => e.Field));
}
