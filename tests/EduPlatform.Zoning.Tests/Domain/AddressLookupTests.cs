using EduPlatform.Zoning.Domain.Lookup;

namespace EduPlatform.Zoning.Tests.Domain;

public sealed class AddressLookupTests
{
    [Theory]
    [InlineData("清泉花园３号楼２单元", "清泉花园3栋2单元")] // full-width digits
    [InlineData("清泉花园3#楼2单元", "清泉花园3栋2单元")]
    [InlineData("清泉花园3#", "清泉花园3栋")]
    [InlineData("清泉花园 3 幢 2 门", "清泉花园3栋2单元")]
    [InlineData("清泉花园三栋二单元", "清泉花园3栋2单元")]
    [InlineData("清泉花园十二号楼", "清泉花园12栋")]
    [InlineData("清泉花园二十三座", "清泉花园23栋")]
    [InlineData("清泉花园一百零五号楼", "清泉花园105栋")]
    [InlineData("（清泉花园）、ＡＢＣ栋", "清泉花园abc栋")]
    [InlineData("解放路12号", "解放路12号")] // a street number is not a building
    [InlineData("  ", "")]
    public void Addresses_are_normalised(string typed, string expected) => Assert.Equal(expected, AddressText.Normalise(typed));

    [Fact]
    public void Name_forms_cover_community_suffixes_and_village_committees()
    {
        Assert.Equal(["清泉花园小区", "清泉花园"], AddressText.NameForms("清泉花园小区"));
        Assert.Equal(["河东村委会", "河东村"], AddressText.NameForms("河东村委会"));
        Assert.Equal(["河东村民委员会", "河东村"], AddressText.NameForms("河东村民委员会"));
        Assert.Equal(["新城社区"], AddressText.NameForms("新城社区").Take(1)); // "新城" alone is kept too, being two characters
    }

    static readonly DirectorySchool SchoolA = new(Guid.NewGuid(), "X01", "清泉镇第一小学", "清泉镇");
    static readonly DirectorySchool SchoolB = new(Guid.NewGuid(), "X02", "关口镇中心小学", "关口镇");
    static readonly DirectorySchool Junior = new(Guid.NewGuid(), "X03", "清泉镇初级中学", "清泉镇");
    static readonly DirectoryUnit Garden = new(Guid.NewGuid(), "清泉花园小区", "清泉镇", 30.421, 115.231, ["清泉园"]);
    static readonly DirectoryUnit GardenTwo = new(Guid.NewGuid(), "清泉花园二期", "清泉镇", 30.425, 115.235, []);
    static readonly DirectoryUnit EastA = new(Guid.NewGuid(), "河东村", "清泉镇", 30.43, 115.24, []);
    static readonly DirectoryUnit EastB = new(Guid.NewGuid(), "河东村", "关口镇", 30.60, 115.40, []);

    static ZoneDirectory Directory()
    {
        var units = new[] { Garden, GardenTwo, EastA, EastB };
        var primary = new DirectoryPlan(Guid.NewGuid(), 2025, "primary", "single", 2, DateTimeOffset.UtcNow,
            new Dictionary<Guid, int> { [Garden.Id] = 1, [GardenTwo.Id] = 1, [EastA.Id] = 1, [EastB.Id] = 2 },
            new Dictionary<int, IReadOnlyList<DirectorySchool>> { [1] = [SchoolA], [2] = [SchoolB] });
        var junior = new DirectoryPlan(Guid.NewGuid(), 2025, "junior", "single", 1, DateTimeOffset.UtcNow,
            units.ToDictionary(u => u.Id, _ => 1), new Dictionary<int, IReadOnlyList<DirectorySchool>> { [1] = [Junior] });
        return new ZoneDirectory(units, [junior, primary]);
    }

    [Theory]
    [InlineData("清泉花园小区", MatchKind.Name)]
    [InlineData("清泉花园", MatchKind.Name)]
    [InlineData("清泉园", MatchKind.Alias)]
    [InlineData("湖北省黄冈市浠水县清泉镇清泉花园３号楼２单元５０１", MatchKind.Address)] // county and township prefixes, a flat number
    [InlineData("浠水县清泉花园小区三栋", MatchKind.Address)]
    public void A_communitys_address_in_any_spelling_finds_its_schools(string typed, MatchKind how)
    {
        var answer = Directory().Find(typed);

        Assert.Equal(Garden, answer.Unit);
        Assert.Equal(how, answer.MatchedBy);
        Assert.Equal(["primary", "junior"], answer.Stages.Select(s => s.Stage));
        Assert.Equal([SchoolA.Id, Junior.Id], answer.Stages.Select(s => s.Schools.Single().Id));
    }

    [Fact]
    public void The_longest_name_inside_an_address_wins() =>
        Assert.Equal(GardenTwo, Directory().Find("清泉镇清泉花园二期8栋").Unit);

    [Fact]
    public void A_name_shared_by_two_townships_needs_the_township()
    {
        var directory = Directory();
        var both = directory.Find("河东村");
        Assert.False(both.Found);
        Assert.True(both.Ambiguous);
        Assert.Equal(["清泉镇", "关口镇"], both.Candidates.Select(c => c.Township).Order().Reverse());

        var guankou = directory.Find("浠水县关口镇河东村委会", stage: "primary");
        Assert.Equal(EastB, guankou.Unit);
        Assert.Equal(SchoolB.Id, guankou.Stages.Single().Schools.Single().Id);
    }

    [Fact]
    public void An_unknown_address_is_not_found_and_names_the_nearest_candidates()
    {
        var answer = Directory().Find("清泉花苑5栋");

        Assert.False(answer.Found);
        Assert.False(answer.Ambiguous);
        Assert.InRange(answer.Candidates.Count, 1, 3);
        Assert.StartsWith("清泉花园", answer.Candidates[0].Unit);
        Assert.DoesNotContain(Directory().Find("完全无关的地址").Candidates, c => c.Unit.StartsWith("河东"));
    }

    [Fact]
    public void A_coordinate_belongs_to_the_nearest_unit_within_the_radius()
    {
        var near = Directory().Find(30.4212, 115.2312);
        Assert.Equal(Garden, near.Unit);
        Assert.Equal(MatchKind.Coordinate, near.MatchedBy);
        Assert.InRange(near.Metres!.Value, 0, 50);

        var far = Directory().Find(31.5, 116.5);
        Assert.False(far.Found);
        Assert.Equal(3, far.Candidates.Count);
        Assert.All(far.Candidates, c => Assert.True(c.Metres > 1500));
    }

    [Fact]
    public void A_year_without_a_published_plan_answers_with_no_schools()
    {
        var answer = Directory().Find("清泉花园", schoolYear: 2026);
        Assert.True(answer.Found);
        Assert.Empty(answer.Stages);
    }
}
