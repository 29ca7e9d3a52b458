using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Tests.Data;

/// <summary>The organization repositories against a real SQLite file, migrated by the service's own scripts.</summary>
public sealed class RepositoryTests
{
    const string County = "421125";
    static readonly CancellationToken None = CancellationToken.None;

    static async Task<OrganizationDatabase> DatabaseAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eduplatform-org-repo-{Guid.NewGuid():N}.db");
        var db = new OrganizationDatabase(new ServiceDatabaseSettings("organization", DatabaseEngine.Sqlite, $"Data Source={file}"));
        await Migrator.MigrateAsync(db, None);
        await db.InTransactionAsync(s => s.InsertCountyAsync(new County(County, "浠水县", AlliancePolicyPresets.Xishui, null, 1)), None);
        return db;
    }

    static School NewSchool(string code, Stage stage, Locality locality, string township, SchoolType type = SchoolType.Regular) => new()
    {
        Id = Guid.CreateVersion7(), CountyCode = County, Code = code, Name = $"{township}{code}", Stage = stage, Locality = locality,
        Type = type, Township = township, Latitude = 30.4, Longitude = 115.2, IsPublic = true, IsLegalPerson = true, IsBoarding = false,
        KindergartenDay = stage == Stage.Kindergarten ? KindergartenDay.HalfDay : null, Version = 1,
    };

    [Fact]
    public async Task A_school_round_trips_with_every_field()
    {
        var db = await DatabaseAsync();
        var school = NewSchool("K1", Stage.Kindergarten, Locality.Rural, "东山镇") with { IsBoarding = true, Latitude = null, Longitude = null };
        await db.InTransactionAsync(s => s.InsertSchoolAsync(school), None);

        Assert.Equal(school, await db.ReadAsync(s => s.FindSchoolAsync(County, school.Id), None));
        Assert.Null(await db.ReadAsync(s => s.FindSchoolAsync("420000", school.Id), None));
    }

    [Fact]
    public async Task An_update_with_a_stale_version_writes_nothing()
    {
        var db = await DatabaseAsync();
        var school = NewSchool("P1", Stage.Primary, Locality.Town, "东山镇");
        await db.InTransactionAsync(s => s.InsertSchoolAsync(school), None);

        Assert.True(await db.InTransactionAsync(s => s.UpdateSchoolAsync(school with { Name = "一", Version = 2 }, 1), None));
        Assert.False(await db.InTransactionAsync(s => s.UpdateSchoolAsync(school with { Name = "二", Version = 2 }, 1), None));
        Assert.Equal("一", (await db.ReadAsync(s => s.FindSchoolAsync(County, school.Id), None))!.Name);
    }

    [Fact]
    public async Task Search_filters_combine_and_page()
    {
        var db = await DatabaseAsync();
        var schools = new[]
        {
            NewSchool("A", Stage.Primary, Locality.Urban, "清泉镇"), NewSchool("B", Stage.Primary, Locality.Rural, "东山镇", SchoolType.TeachingPoint),
            NewSchool("C", Stage.Junior, Locality.Rural, "东山镇"), NewSchool("D", Stage.Primary, Locality.Rural, "北河镇"),
        };
        await db.InTransactionAsync(async s => { foreach (var x in schools) { await s.InsertSchoolAsync(x); } }, None);
        async Task<string[]> Codes(SchoolQuery q) => (await db.ReadAsync(s => s.SearchSchoolsAsync(County, q), None)).Items.Select(x => x.Code).ToArray();

        Assert.Equal(["B", "D"], await Codes(new SchoolQuery(Stage.Primary, Locality.Rural, null, null, null, 0, 10)));
        Assert.Equal(["B"], await Codes(new SchoolQuery(null, null, "东山镇", SchoolType.TeachingPoint, null, 0, 10)));
        Assert.Equal(["C"], await Codes(new SchoolQuery(null, null, null, null, "东山镇C", 0, 10)));
        var page = await db.ReadAsync(s => s.SearchSchoolsAsync(County, new SchoolQuery(null, null, null, null, null, 1, 2)), None);
        Assert.Equal(4, page.Total);
        Assert.Equal(2, page.Items.Count);
    }

    [Fact]
    public async Task Memberships_of_other_alliances_and_active_on_a_date()
    {
        var db = await DatabaseAsync();
        var core = NewSchool("X0", Stage.Primary, Locality.Urban, "清泉镇");
        var member = NewSchool("X1", Stage.Primary, Locality.Rural, "东山镇");
        var allianceId = Guid.CreateVersion7();
        var alliance = new Alliance
        {
            Id = allianceId, CountyCode = County, Name = "甲", Kind = AllianceKind.Fused, Stage = Stage.Primary, CoreSchoolId = core.Id,
            FormedOn = new(2023, 5, 15), DissolvedOn = new(2025, 8, 31), Version = 1, PartyOrganization = PartyOrganization.Branch,
        };
        await db.InTransactionAsync(async s =>
        {
            await s.InsertSchoolAsync(core);
            await s.InsertSchoolAsync(member);
            await s.InsertAllianceAsync(alliance);
            await s.InsertMembershipAsync(County, new Membership { Id = Guid.CreateVersion7(), AllianceId = allianceId, SchoolId = core.Id, Role = MembershipRole.Core, JoinedOn = new(2023, 5, 15), LeftOn = new(2025, 8, 31) });
            await s.InsertMembershipAsync(County, new Membership { Id = Guid.CreateVersion7(), AllianceId = allianceId, SchoolId = member.Id, Role = MembershipRole.Member, JoinedOn = new(2023, 5, 15), LeftOn = new(2024, 8, 31) });
        }, None);

        var others = await db.ReadAsync(s => s.OtherMembershipsAsync([member.Id, core.Id], null), None);
        Assert.Equal(2, others.Count);
        Assert.Empty(await db.ReadAsync(s => s.OtherMembershipsAsync([member.Id], allianceId), None));
        Assert.Equal(new DateOnly(2024, 8, 31), others.Single(o => o.SchoolId == member.Id).LeftOn);

        Assert.Single(await db.ReadAsync(s => s.ListAlliancesAsync(County, new AllianceQuery(null, null, new(2024, 9, 1), false)), None));
        Assert.Empty(await db.ReadAsync(s => s.ListAlliancesAsync(County, new AllianceQuery(null, null, new(2025, 9, 1), false)), None));
        Assert.Empty(await db.ReadAsync(s => s.ListAlliancesAsync(County, new AllianceQuery(null, null, null, false)), None));
        var loaded = Assert.Single(await db.ReadAsync(s => s.ListAlliancesAsync(County, new AllianceQuery(AllianceKind.Fused, Stage.Primary, null, true)), None));
        Assert.Equal(PartyOrganization.Branch, loaded.PartyOrganization);
        Assert.Single(loaded.CampusesOn(new(2024, 9, 1)));
        Assert.Equal(2, loaded.CampusesOn(new(2024, 8, 30)).Count);
    }

    [Fact]
    public async Task Term_statistics_keep_their_grades()
    {
        var db = await DatabaseAsync();
        var school = NewSchool("T1", Stage.Junior, Locality.Rural, "东山镇");
        var stats = new TermStatistics(school.Id, new Term(2024, Season.Autumn), 135, 3, [new(7, 45, 1), new(8, 45, 1), new(9, 45, 1)], 1);
        await db.InTransactionAsync(async s => { await s.InsertSchoolAsync(school); await s.InsertTermAsync(County, stats); }, None);

        var loaded = await db.ReadAsync(s => s.FindTermAsync(school.Id, new Term(2024, Season.Autumn)), None);
        Assert.NotNull(loaded);
        Assert.Equal(stats.Grades, loaded.Grades);
        Assert.Equal(135, loaded.Students);
    }
}
