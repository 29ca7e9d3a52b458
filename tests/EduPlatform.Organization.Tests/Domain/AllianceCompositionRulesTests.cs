using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Tests.Domain;

/// <summary>Composition rules, table-driven from the seeds' numbers.</summary>
public sealed class AllianceCompositionRulesTests
{
    static readonly DateOnly Day = new(2024, 9, 1);

    static SchoolFacts School(Stage stage, Locality locality = Locality.Rural, string? name = null) =>
        new(Guid.NewGuid(), name ?? $"{stage} school", stage, locality);

    static IReadOnlyList<SchoolFacts> Members(int count, Stage stage = Stage.Primary) =>
        Enumerable.Range(0, count).Select(_ => School(stage)).ToList();

    static IReadOnlyList<string> Rules(string preset, AllianceKind kind, SchoolFacts core, IReadOnlyList<SchoolFacts> members,
        IReadOnlyList<OtherMembership>? others = null) =>
        AllianceCompositionRules.CheckFormation(AlliancePolicyPresets.Find(preset)!, kind, core, members, Day, others ?? [])
            .Select(v => v.Rule).ToList();

    // [000] 教联体是由1所优质城区学校和3至5所薄弱乡村学校组成
    [Theory]
    [InlineData(2, "alliance.members.min")]
    [InlineData(3, null)]
    [InlineData(4, null)]
    [InlineData(5, null)]
    [InlineData(6, "alliance.members.max")]
    public void Xishui_one_core_and_three_to_five_members(int members, string? rule)
    {
        var rules = Rules(AlliancePolicyPresets.Xishui, AllianceKind.Fused, School(Stage.Primary, Locality.Urban), Members(members));
        Assert.Equal(rule is null ? [] : [rule], rules);
    }

    // [003] 成员学校数量原则上不超过5所…1所核心校…其他3至4所
    [Theory]
    [InlineData(2, new[] { "alliance.members.min" })]
    [InlineData(3, new string[0])]
    [InlineData(4, new string[0])]
    [InlineData(5, new[] { "alliance.members.max", "alliance.schools.max" })]
    public void Tuanfeng_at_most_five_schools(int members, string[] expected)
    {
        var rules = Rules(AlliancePolicyPresets.Tuanfeng, AllianceKind.Fused, School(Stage.Junior, Locality.Urban), Members(members, Stage.Junior));
        Assert.Equal(expected, rules);
    }

    [Theory]
    [InlineData(Stage.Primary, Stage.Primary, true)]
    [InlineData(Stage.Junior, Stage.Junior, true)]
    [InlineData(Stage.Kindergarten, Stage.Kindergarten, true)]
    [InlineData(Stage.Junior, Stage.NineYear, true)]   // 九年一贯制尽量与九年一贯制组合 — where possible [003]
    [InlineData(Stage.Primary, Stage.NineYear, true)]
    [InlineData(Stage.NineYear, Stage.Junior, true)]
    [InlineData(Stage.Primary, Stage.Junior, false)]
    [InlineData(Stage.Kindergarten, Stage.Primary, false)]
    [InlineData(Stage.Junior, Stage.SeniorHigh, false)]
    public void Same_stage_only(Stage coreStage, Stage memberStage, bool allowed)
    {
        var members = Members(2, coreStage).Append(School(memberStage)).ToList();
        var rules = Rules(AlliancePolicyPresets.Xishui, AllianceKind.Fused, School(coreStage, Locality.Urban), members);
        Assert.Equal(allowed, !rules.Contains(AllianceCompositionRules.SameStage));
    }

    [Fact]
    public void A_county_can_refuse_nine_year_schools_in_junior_alliances()
    {
        var policy = new AlliancePolicyOverrides { AllowNineYearInPrimaryOrJunior = false }.ApplyTo(AlliancePolicyPresets.Find(AlliancePolicyPresets.Xishui)!);
        Assert.False(AllianceCompositionRules.StagesCompatible(policy, Stage.Junior, Stage.NineYear));
        Assert.True(AllianceCompositionRules.StagesCompatible(policy, Stage.Junior, Stage.Junior));
    }

    [Theory]
    [InlineData(Locality.Urban, true)]
    [InlineData(Locality.Town, false)]
    [InlineData(Locality.Rural, false)]
    public void The_core_is_an_urban_school(Locality coreLocality, bool allowed)
    {
        var rules = Rules(AlliancePolicyPresets.Xishui, AllianceKind.Fused, School(Stage.Primary, coreLocality), Members(3));
        Assert.Equal(allowed, !rules.Contains(AllianceCompositionRules.UrbanCore));
    }

    // [001] 每所领航幼儿园承担3-5所共建幼儿园; 1所优质示范性高中帮扶1-2所
    [Theory]
    [InlineData(AllianceKind.KindergartenPilot, Stage.Kindergarten, 2, "alliance.members.min")]
    [InlineData(AllianceKind.KindergartenPilot, Stage.Kindergarten, 3, null)]
    [InlineData(AllianceKind.KindergartenPilot, Stage.Kindergarten, 5, null)]
    [InlineData(AllianceKind.KindergartenPilot, Stage.Kindergarten, 6, "alliance.members.max")]
    [InlineData(AllianceKind.SeniorHighPairing, Stage.SeniorHigh, 1, null)]
    [InlineData(AllianceKind.SeniorHighPairing, Stage.SeniorHigh, 2, null)]
    [InlineData(AllianceKind.SeniorHighPairing, Stage.SeniorHigh, 3, "alliance.members.max")]
    [InlineData(AllianceKind.SeniorHighPairing, Stage.Junior, 1, "alliance.kind.stage")]
    public void Wolong_forms_have_their_own_numbers(AllianceKind kind, Stage stage, int members, string? rule)
    {
        var rules = Rules(AlliancePolicyPresets.Wolong, kind, School(stage, Locality.Urban), Members(members, stage));
        if (rule is null)
        {
            Assert.Empty(rules);
        }
        else
        {
            Assert.Contains(rule, rules);
        }
    }

    [Fact]
    public void A_township_league_core_need_not_be_urban()
    {
        var rules = Rules(AlliancePolicyPresets.Wolong, AllianceKind.TownshipLeague, School(Stage.Primary, Locality.Town), Members(3));
        Assert.Empty(rules);
    }

    [Fact]
    public void A_preset_refuses_kinds_the_county_does_not_use()
    {
        var rules = Rules(AlliancePolicyPresets.Xishui, AllianceKind.EntrustedManagement, School(Stage.Primary, Locality.Urban), Members(3));
        Assert.Equal([AllianceCompositionRules.KindAllowed], rules);
    }

    [Fact]
    public void A_school_is_in_one_alliance_of_a_kind_at_a_time()
    {
        var member = School(Stage.Primary, name: "东山镇中心小学");
        var members = Members(2).Append(member).ToList();
        var core = School(Stage.Primary, Locality.Urban);
        OtherMembership In(AllianceKind kind, DateOnly from, DateOnly? to) => new(member.Id, Guid.NewGuid(), "另一个教联体", kind, from, to);

        Assert.Contains(AllianceCompositionRules.OnePerKind,
            Rules(AlliancePolicyPresets.National, AllianceKind.Fused, core, members, [In(AllianceKind.Fused, new(2023, 5, 1), null)]));
        Assert.Contains(AllianceCompositionRules.OnePerKind,
            Rules(AlliancePolicyPresets.National, AllianceKind.Fused, core, members, [In(AllianceKind.Fused, new(2023, 5, 1), new(2024, 9, 2))]));
        // Left the day the new alliance starts: no overlap.
        Assert.DoesNotContain(AllianceCompositionRules.OnePerKind,
            Rules(AlliancePolicyPresets.National, AllianceKind.Fused, core, members, [In(AllianceKind.Fused, new(2023, 5, 1), Day)]));
        // Another kind at the same time is allowed.
        Assert.DoesNotContain(AllianceCompositionRules.OnePerKind,
            Rules(AlliancePolicyPresets.National, AllianceKind.Fused, core, members, [In(AllianceKind.League, new(2023, 5, 1), null)]));
    }

    [Fact]
    public void Every_violation_names_its_policy_source()
    {
        var violations = AllianceCompositionRules.CheckFormation(AlliancePolicyPresets.Find(AlliancePolicyPresets.Xishui)!, AllianceKind.Fused,
            School(Stage.Primary, Locality.Rural), Members(1, Stage.Junior), Day, []);
        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.Matches(@"\[\d{3}\]", v.Source));
    }

    [Fact]
    public void County_overrides_adjust_the_preset()
    {
        var policy = new AlliancePolicyOverrides { MaxMembers = 8 }.ApplyTo(AlliancePolicyPresets.Find(AlliancePolicyPresets.Xishui)!);
        var rules = AllianceCompositionRules.CheckFormation(policy, AllianceKind.Fused, School(Stage.Primary, Locality.Urban), Members(7), Day, []);
        Assert.Empty(rules);
        Assert.Equal(3, policy.DefaultRule.MinMembers);
        Assert.Contains("（县级调整）", policy.DefaultRule.Source);
    }

    [Fact]
    public void Joining_and_leaving_respect_the_counts()
    {
        var policy = AlliancePolicyPresets.Find(AlliancePolicyPresets.Xishui)!;
        var alliance = new Alliance
        {
            Id = Guid.NewGuid(), CountyCode = "421125", Name = "第一实验小学教联体", Kind = AllianceKind.Fused, Stage = Stage.Primary,
            CoreSchoolId = Guid.NewGuid(), FormedOn = new(2023, 5, 15), Version = 1,
            Memberships = Enumerable.Range(0, 5).Select(_ => new Membership
            {
                Id = Guid.NewGuid(), AllianceId = Guid.Empty, SchoolId = Guid.NewGuid(), Role = MembershipRole.Member, JoinedOn = new(2023, 5, 15),
            }).ToList(),
        };

        Assert.Equal([AllianceCompositionRules.MembersMax],
            AllianceCompositionRules.CheckJoin(policy, alliance, School(Stage.Primary), Day, []).Select(v => v.Rule));
        Assert.Empty(AllianceCompositionRules.CheckLeave(policy, alliance, Day));

        var three = alliance with { Memberships = alliance.Memberships.Take(3).ToList() };
        Assert.Equal([AllianceCompositionRules.MembersMin], AllianceCompositionRules.CheckLeave(policy, three, Day).Select(v => v.Rule));
    }
}
