using EduPlatform.Kernel;
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
        // A senior-high pair helps weak or new high schools [001]; the members here are designated weak.
        var helped = Members(members, stage).Select(m => kind == AllianceKind.SeniorHighPairing ? m with { IsWeak = true } : m).ToList();
        var rules = Rules(AlliancePolicyPresets.Wolong, kind, School(stage, Locality.Urban), helped);
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

    // [002] 以1所优质学校为核心学校…与农村学校、薄弱学校或新建学校联合办学; [000] 城联乡、强联弱
    [Theory]
    [InlineData(Locality.Rural, false, false, true)]
    [InlineData(Locality.Town, false, false, true)]
    [InlineData(Locality.Urban, false, false, false)]
    [InlineData(Locality.Urban, true, false, true)]
    [InlineData(Locality.Urban, false, true, true)]
    public void Members_are_rural_weak_or_new_schools(Locality locality, bool weak, bool isNew, bool allowed)
    {
        var member = School(Stage.Primary, locality, "城关第三小学") with { IsWeak = weak, IsNew = isNew };
        var rules = Rules(AlliancePolicyPresets.Xishui, AllianceKind.Fused, School(Stage.Primary, Locality.Urban), [.. Members(2), member]);
        Assert.Equal(allowed, !rules.Contains(AllianceCompositionRules.MemberStanding));
    }

    [Fact]
    public void A_county_that_does_not_count_town_schools_as_rural_refuses_them_unless_designated()
    {
        var policy = new AlliancePolicyOverrides { MemberLocalities = [Locality.Rural] }.ApplyTo(AlliancePolicyPresets.Find(AlliancePolicyPresets.Xishui)!);
        var town = School(Stage.Primary, Locality.Town, "汪家镇小学");
        var core = School(Stage.Primary, Locality.Urban);
        var violation = Assert.Single(Language.In("zh-CN", () => AllianceCompositionRules.CheckFormation(policy, AllianceKind.Fused, core, [.. Members(2), town], Day, [])));
        Assert.Equal(AllianceCompositionRules.MemberStanding, violation.Rule);
        Assert.Contains("汪家镇小学是镇区学校", violation.Message);
        Assert.Contains("[002]", violation.Source);
        Assert.Empty(AllianceCompositionRules.CheckFormation(policy, AllianceKind.Fused, core, [.. Members(2), town with { IsWeak = true }], Day, []));
    }

    // [003] 融合型教联体实施学段为县域内义务教育和学前教育阶段公办学校…民办学校和民办幼儿园由县民管办直接管理
    [Fact]
    public void A_private_school_is_not_in_a_fused_alliance_but_may_join_a_league()
    {
        var privateSchool = School(Stage.Primary, Locality.Rural, "育才学校（民办）") with { IsPublic = false };
        var core = School(Stage.Primary, Locality.Urban);
        var fused = Language.In("zh-CN", () => AllianceCompositionRules.CheckFormation(AlliancePolicyPresets.Find(AlliancePolicyPresets.National)!,
            AllianceKind.Fused, core, [.. Members(2), privateSchool], Day, []));
        var violation = Assert.Single(fused);
        Assert.Equal(AllianceCompositionRules.FusedPublic, violation.Rule);
        Assert.StartsWith("[003]", violation.Source);
        Assert.Contains("民办", violation.Message);
        Assert.Empty(Rules(AlliancePolicyPresets.National, AllianceKind.League, core, [.. Members(2), privateSchool]));
        Assert.Contains(AllianceCompositionRules.FusedPublic,
            Rules(AlliancePolicyPresets.National, AllianceKind.Fused, core with { IsPublic = false }, Members(3)));
    }

    // The case found on the landed suite: four urban schools, one private, formed a fused alliance.
    [Fact]
    public void Four_urban_schools_one_of_them_private_do_not_form_a_fused_alliance()
    {
        var members = new[] { School(Stage.Primary, Locality.Urban), School(Stage.Primary, Locality.Urban) with { IsPublic = false }, School(Stage.Primary, Locality.Urban) };
        var rules = Rules(AlliancePolicyPresets.National, AllianceKind.Fused, School(Stage.Primary, Locality.Urban), members);
        Assert.Equal(3, rules.Count(r => r == AllianceCompositionRules.MemberStanding));
        Assert.Contains(AllianceCompositionRules.FusedPublic, rules);
    }

    // [002][003] 以1所优质学校为核心校
    [Fact]
    public void A_core_designated_weak_or_new_is_refused()
    {
        var weak = School(Stage.Primary, Locality.Urban, "城关第五小学") with { IsWeak = true };
        Assert.Equal([AllianceCompositionRules.CoreQuality], Rules(AlliancePolicyPresets.Xishui, AllianceKind.Fused, weak, Members(3)));
        Assert.Equal([AllianceCompositionRules.CoreQuality],
            Rules(AlliancePolicyPresets.Xishui, AllianceKind.Fused, weak with { IsWeak = false, IsNew = true }, Members(3)));
    }

    // [001] 原则上1所优质示范性高中帮扶1-2所薄弱和新建高中
    [Fact]
    public void A_senior_high_pair_helps_a_weak_or_new_high_school_only()
    {
        var core = School(Stage.SeniorHigh, Locality.Urban);
        var ordinary = School(Stage.SeniorHigh, Locality.Rural);
        Assert.Equal([AllianceCompositionRules.MemberStanding], Rules(AlliancePolicyPresets.Wolong, AllianceKind.SeniorHighPairing, core, [ordinary]));
        Assert.Empty(Rules(AlliancePolicyPresets.Wolong, AllianceKind.SeniorHighPairing, core, [ordinary with { IsNew = true }]));
    }

    // [001] 各乡镇根据"相对就近，共同发展"为原则，建立1-3个一体化发展教育联盟
    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Each_township_leads_at_most_three_township_leagues(int existing, bool allowed)
    {
        var core = School(Stage.Primary, Locality.Town, "关帝镇中心小学") with { Township = "关帝镇" };
        var violations = Language.In("zh-CN", () => AllianceCompositionRules.CheckFormation(AlliancePolicyPresets.Find(AlliancePolicyPresets.Wolong)!,
            AllianceKind.TownshipLeague, core, Members(2).Select(m => m with { Township = "关帝镇" }).ToList(), Day, [], existing));
        Assert.Equal(allowed, violations.Count == 0);
        if (!allowed)
        {
            var violation = Assert.Single(violations);
            Assert.Equal(AllianceCompositionRules.PerTownship, violation.Rule);
            Assert.Contains("关帝镇将有 4 个", violation.Message);
            Assert.Contains("1-3", violation.Source);
        }
    }

    [Fact]
    public void Joining_checks_the_member_and_public_rules_too()
    {
        var policy = AlliancePolicyPresets.Find(AlliancePolicyPresets.Xishui)!;
        var alliance = new Alliance
        {
            Id = Guid.NewGuid(), CountyCode = "421125", Name = "第一实验小学教联体", Kind = AllianceKind.Fused, Stage = Stage.Primary,
            CoreSchoolId = Guid.NewGuid(), FormedOn = new(2023, 5, 15), Version = 1,
        };
        var rules = AllianceCompositionRules.CheckJoin(policy, alliance, School(Stage.Primary, Locality.Urban) with { IsPublic = false }, Day, [])
            .Select(v => v.Rule);
        Assert.Equal([AllianceCompositionRules.FusedPublic, AllianceCompositionRules.MemberStanding], rules);
    }

    // [001] 乡镇中心小学与小规模学校一体化办学…各乡镇…建立1-3个一体化发展教育联盟: the league is the township's own schools.
    [Fact]
    public void A_township_league_takes_the_schools_of_its_own_township()
    {
        var core = School(Stage.Primary, Locality.Town, "关帝镇中心小学") with { Township = "关帝镇" };
        var own = School(Stage.Primary, Locality.Rural, "关帝镇小河村小学") with { Township = "关帝镇" };
        var other = School(Stage.Primary, Locality.Rural, "白石镇小学") with { Township = "白石镇" };
        var violation = Assert.Single(Language.In("zh-CN", () => AllianceCompositionRules.CheckFormation(AlliancePolicyPresets.Find(AlliancePolicyPresets.Wolong)!,
            AllianceKind.TownshipLeague, core, [own, other], Day, [])));
        Assert.Equal(AllianceCompositionRules.SameTownship, violation.Rule);
        Assert.Contains("白石镇小学在白石镇", violation.Message);
    }
}
