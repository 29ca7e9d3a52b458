using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Tests.Domain;

public sealed class PostStructureRulesTests
{
    static readonly DateOnly Today = new(2025, 9, 1);

    static OutsidePostPerson Rural(int years, DateOnly retirement) =>
        new(Guid.NewGuid(), "alliance:x", "王老师", PostLevel.Senior, OutsidePostReason.LongRuralServiceNearRetirement, null, years, retirement);

    // [000] 在乡村学校任教满30年且距退休不足3年
    [Theory]
    [InlineData(30, "2028-08-31", true)]
    [InlineData(29, "2026-08-31", false)]
    [InlineData(35, "2028-09-02", false)]
    [InlineData(31, "2025-08-31", false)]
    public void Long_rural_service_near_retirement(int years, string retirement, bool qualifies) =>
        Assert.Equal(qualifies, PostStructureRules.Validate(Rural(years, DateOnly.Parse(retirement)), Today).Count == 0);

    [Fact]
    public void An_honour_must_be_named()
    {
        var person = new OutsidePostPerson(Guid.NewGuid(), "alliance:x", "李老师", PostLevel.Middle, OutsidePostReason.Honour, null, null, null);
        Assert.Equal(["honour"], PostStructureRules.Validate(person, Today).Select(e => e.Field));
        Assert.Empty(PostStructureRules.Validate(person with { Honour = "全国模范教师" }, Today));
    }

    [Fact]
    public void Listed_people_hold_their_level_without_occupying_a_post()
    {
        var posts = new Dictionary<PostLevel, int> { [PostLevel.Senior] = 10, [PostLevel.Middle] = 30, [PostLevel.Junior] = 40 };
        var holders = new Dictionary<PostLevel, int> { [PostLevel.Senior] = 12, [PostLevel.Middle] = 25, [PostLevel.Junior] = 41 };
        var outside = new[] { Rural(32, Today.AddYears(2)), Rural(33, Today.AddYears(1)) };

        var occupancy = PostStructureRules.Occupancy(posts, holders, outside).ToDictionary(o => o.Level);

        Assert.Equal(new PostOccupancy(PostLevel.Senior, 10, 12, 2, 10, 0), occupancy[PostLevel.Senior]);
        Assert.Equal(5, occupancy[PostLevel.Middle].Free);
        Assert.Equal(-1, occupancy[PostLevel.Junior].Free); // over the structure
    }
}
