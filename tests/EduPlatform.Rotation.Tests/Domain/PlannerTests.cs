using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Tests.Domain;

public sealed class PlannerTests
{
    static readonly RotationPolicy Wolong = RotationPolicyPresets.Find("wolong")!;
    static readonly RotationPolicy National = RotationPolicyPresets.Find("national")!;

    static TargetResult Target(PlanOutcome plan, string target, string scope = "county") => plan.Targets.Single(t => t.Target == target && t.Scope == scope);

    /// <summary>The lead school of a Wolong close-knit group with enough backbone teachers for every member's team.</summary>
    internal static (PlanCounty County, Guid Core, Guid[] Members) WolongGroup(int members, int managers = 8)
    {
        var county = new PlanCounty(Wolong);
        var core = county.School("卧龙区第一小学", locality: "urban");
        var ms = Enumerable.Range(1, members).Select(i => county.School($"谢庄镇第{i}小学")).ToArray();
        county.Alliance("close-knit-group", core, ms);
        for (var i = 0; i < managers; i++)
        {
            county.Add(core, i % 2 == 0 ? PersonRole.VicePrincipal : PersonRole.MiddleManager, since: 2022);
        }

        foreach (var band in Enum.GetValues<GradeBand>())
        {
            foreach (var subject in new[] { Subject.Chinese, Subject.Maths, Subject.English })
            {
                for (var i = 0; i < members; i++)
                {
                    county.Add(core, subject: subject, backbone: true, band: band, since: 2018);
                }
            }
        }

        foreach (var member in ms)
        {
            for (var i = 0; i < 4; i++)
            {
                county.Add(member, PersonRole.MiddleManager, since: 2016);
            }

            foreach (var band in Enum.GetValues<GradeBand>())
            {
                county.Add(member, subject: Subject.Chinese, band: band, since: 2016);
                county.Add(member, subject: Subject.Maths, band: band, since: 2016);
                county.Add(member, subject: Subject.English, band: band, since: 2016);
            }
        }

        return (county, core, ms);
    }

    // 紧密型教育集团: 牵头学校选派管理团队(3人以上)和骨干学科教师(小学按低中高学段每学段选派2名以上，且语数外学科必须有),
    // 成员学校选派相同数量的对应人员到牵头学校跟岗学习 [001].
    [Fact]
    public void A_Wolong_close_knit_group_gets_the_mandated_team_and_sends_the_same_people_back()
    {
        var (county, core, members) = WolongGroup(members: 2);

        var plan = county.Plan();

        foreach (var member in members)
        {
            var name = county.Schools[member].Name;
            var arriving = plan.Moves.Where(m => m.ToSchoolId == member && m.InReturnFor is null).ToList();
            var people = arriving.Select(m => county.Person(m.PersonId)).ToList();
            Assert.True(people.Count(p => p.Role != PersonRole.Teacher) >= 3, $"{name}: management team");
            foreach (var band in Enum.GetValues<GradeBand>())
            {
                Assert.True(people.Count(p => p.IsBackbone && p.GradeBand == band) >= 2, $"{name}: band {band}");
            }

            foreach (var subject in new[] { Subject.Chinese, Subject.Maths, Subject.English })
            {
                Assert.Contains(people, p => p.IsBackbone && p.Subjects.Contains(subject));
            }

            Assert.All(arriving, m => Assert.Equal(core, m.FromSchoolId));
            Assert.Contains(arriving, m => m.Mode == MoveMode.Secondment);
            var returning = plan.Moves.Where(m => m.FromSchoolId == member && m.InReturnFor is not null).ToList();
            Assert.Equal(arriving.Count, returning.Count);
            foreach (var back in returning)
            {
                var sender = county.Person(back.InReturnFor!.Value);
                var returner = county.Person(back.PersonId);
                Assert.Equal(sender.Role == PersonRole.Teacher ? MoveMode.Shadowing : MoveMode.Secondment, back.Mode);
                Assert.Equal(core, back.ToSchoolId);
                Assert.Equal(sender.Role == PersonRole.Teacher, returner.Role == PersonRole.Teacher);
                if (sender.Role == PersonRole.Teacher)
                {
                    Assert.Equal(sender.Subjects[0], returner.Subjects[0]);
                    Assert.Equal(sender.GradeBand, returner.GradeBand);
                }
            }
        }

        Assert.All(plan.Targets.Where(t => t.Target.StartsWith("team.", StringComparison.Ordinal) || t.Target == "reciprocity"),
            t => Assert.True(t.Met, $"{t.Target} {t.Scope}"));
        Assert.Equal(2 * 3, plan.Targets.Count(t => t.Target.StartsWith("team.primary.band.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_team_that_cannot_be_formed_is_reported_with_the_numbers_and_what_was_available()
    {
        var county = new PlanCounty(Wolong);
        var core = county.School("卧龙区第一小学", locality: "urban");
        var members = new[] { county.School("谢庄镇第1小学"), county.School("谢庄镇第2小学") };
        county.Alliance("close-knit-group", core, members);
        for (var i = 0; i < 4; i++)
        {
            county.Add(core, i % 2 == 0 ? PersonRole.VicePrincipal : PersonRole.MiddleManager, since: 2022);
        }

        foreach (var member in members)
        {
            for (var i = 0; i < 4; i++)
            {
                county.Add(member, PersonRole.MiddleManager, since: 2016);
            }
        }

        var plan = county.Plan();

        // Four managers and no backbone teachers for two members that each need three: two short in all, however shared.
        var shortfalls = plan.Shortfalls.Where(t => t.Target == "team.management").ToList();
        Assert.NotEmpty(shortfalls);
        Assert.Equal(2, shortfalls.Sum(s => s.Short));
        Assert.All(shortfalls, s =>
        {
            Assert.Equal(3, s.Required);
            Assert.Equal("[001] 牵头学校派出的管理团队不少于3人(副校长、中层管理人员和骨干教师)", s.Source);
            Assert.StartsWith("4 candidates at 卧龙区第一小学 for 2 members needing 3 each; 4 matching people at", s.Reason);
            Assert.Contains(s.Scope, members.Select(m => county.Schools[m].Name));
        });
        Assert.Equal(4, plan.Moves.Count(m => m.Mode == MoveMode.Secondment && m.InReturnFor is null));
    }

    // 管理团队不少于3人(副校长、中层管理人员和骨干教师) [001]: backbone teachers complete a team the cadres cannot fill.
    [Fact]
    public void A_management_team_short_of_cadres_is_completed_by_backbone_teachers()
    {
        var (county, core, members) = WolongGroup(members: 2, managers: 4);

        var plan = county.Plan();

        Assert.DoesNotContain(plan.Shortfalls, t => t.Target == "team.management");
        foreach (var member in members)
        {
            var team = plan.Moves.Where(m => m.ToSchoolId == member && m.InReturnFor is null && m.Mode == MoveMode.Secondment)
                .Select(m => county.Person(m.PersonId)).ToList();
            Assert.True(team.Count >= 3, county.Schools[member].Name);
        }

        // The cadres go first: all four are in, and two backbone teachers complete the teams.
        Assert.Equal(4, plan.Moves.Count(m => m.InReturnFor is null && county.Person(m.PersonId).Role != PersonRole.Teacher));
        Assert.Equal(2, plan.Moves.Count(m => m.InReturnFor is null && m.Mode == MoveMode.Secondment && county.Person(m.PersonId).Role == PersonRole.Teacher));
    }

    // 成员学校选派相同数量的对应人员: no matching person at the member, no move (a one-way team would break the rule).
    [Fact]
    public void Reciprocity_holds_even_when_it_costs_the_team()
    {
        var county = new PlanCounty(Wolong);
        var core = county.School("卧龙区第一小学", locality: "urban");
        var member = county.School("谢庄镇中心小学");
        county.Alliance("close-knit-group", core, member);
        for (var i = 0; i < 3; i++)
        {
            county.Add(core, PersonRole.VicePrincipal, since: 2022);
        }

        county.Add(member, PersonRole.MiddleManager, since: 2016);

        var plan = county.Plan();

        Assert.Equal(2, plan.Moves.Count);
        var management = Target(plan, "team.management", "谢庄镇中心小学");
        Assert.Equal((3, 1), (management.Required, management.Planned));
        Assert.EndsWith("; 1 matching people at 谢庄镇中心小学 to send back", management.Reason);
        Assert.True(Target(plan, "reciprocity", county.Alliances[0].Name).Met);
    }

    // 每学年教师交流轮岗的比例不低于符合交流条件教师总数的10%，其中骨干教师不低于交流轮岗教师总数的20% [national 2014].
    [Fact]
    public void The_county_share_and_the_backbone_share_are_met_with_due_people_first()
    {
        var county = new PlanCounty(National);
        var core = county.School("城关一小", locality: "urban");
        var member = county.School("东山小学");
        county.Alliance("fused", core, member);
        county.AddMany(80, core, since: 2010);                 // due: 6+ years
        county.AddMany(20, core, backbone: true, since: 2012); // due, backbone
        county.AddMany(30, core, since: 2022);                 // not due
        county.AddMany(40, member, since: 2020);               // partners for exchanges

        var plan = county.Plan();

        var share = Target(plan, "target.share-of-eligible", "城关一小");
        Assert.Equal((10, 10), (share.Required, share.Planned)); // 10% of 100 eligible, and no more
        var backbone = Target(plan, "target.backbone-share", "城关一小");
        Assert.Equal(2, backbone.Required); // 20% of 10 rotating
        Assert.True(backbone.Met);
        Assert.Equal(90, plan.Figures.DueNotMoved);
        var outbound = plan.Moves.Where(m => m.InReturnFor is null).Select(m => county.Person(m.PersonId)).ToList();
        Assert.All(outbound, p => Assert.True(p.History[0].From.Year <= 2012, "due people go before volunteers"));
        Assert.Equal(10, plan.Moves.Count(m => m.InReturnFor is not null && m.Mode == MoveMode.Exchange));
        Assert.Empty(plan.Shortfalls);
    }

    // 湖北: 每年到乡村交流轮岗的教师中骨干教师不低于30% [002] — a share of those going to rural schools, beside the
    // national 20% of all rotating: ten go, four to the rural campus and six to the town one, so at least 2 of the 4 are backbone.
    [Fact]
    public void Hubei_asks_thirty_percent_backbone_of_those_going_to_rural_schools()
    {
        var county = new PlanCounty(RotationPolicyPresets.Find("hubei")!);
        var core = county.School("城关一小", locality: "urban");
        var village = county.School("东山村小");
        var town = county.School("河口镇小学", locality: "town");
        county.Alliance("fused", core, village, town);
        county.AddMany(90, core, since: 2010);
        county.AddMany(10, core, backbone: true, since: 2010);
        county.Needs.Add(new CampusNeed(village, "primary", null, 4));
        county.Needs.Add(new CampusNeed(town, "primary", null, 6));

        var plan = county.Plan();

        var rural = Target(plan, "target.rural-backbone-share");
        Assert.Equal("[002] 每年到乡村交流轮岗的教师中骨干教师不低于30%", rural.Source);
        var toVillage = plan.Moves.Where(m => m.ToSchoolId == village).Select(m => county.Person(m.PersonId)).ToList();
        Assert.Equal((2, toVillage.Count(p => p.IsBackbone)), (rural.Required, rural.Planned));
        Assert.Equal(4, toVillage.Count);
        Assert.True(rural.Met);
        Assert.Equal(2, Target(plan, "target.backbone-share", "城关一小").Required); // the national 20% of the ten rotating
        Assert.Equal(10, plan.Figures.RotatingTeachers); // the steering moves backbone teachers to the village, it adds no one
    }

    // 城镇学校、优质学校每学年交流轮岗的比例不低于符合交流条件教师总数的10% [national 2014]: each sending school's own
    // share — a large school cannot cover a small one's.
    [Fact]
    public void Each_sending_school_rotates_its_own_share_of_its_eligible_teachers()
    {
        var county = new PlanCounty(National);
        var big = county.School("城关一小", locality: "urban");
        var small = county.School("城关二小", locality: "urban");
        var east = county.School("东山小学");
        var west = county.School("西河小学");
        county.Alliance("fused", big, east);
        county.Alliance("fused", small, west);
        county.AddMany(60, big, since: 2010);
        county.AddMany(12, small, since: 2010);
        county.AddMany(20, east, since: 2020);
        county.AddMany(20, west, since: 2020);

        var plan = county.Plan();

        Assert.Equal((6, 6), (Target(plan, "target.share-of-eligible", "城关一小").Required, Target(plan, "target.share-of-eligible", "城关一小").Planned));
        Assert.Equal((2, 2), (Target(plan, "target.share-of-eligible", "城关二小").Required, Target(plan, "target.share-of-eligible", "城关二小").Planned));
        Assert.Equal(2, plan.Moves.Count(m => m.FromSchoolId == small && m.InReturnFor is null));
        Assert.Contains("12 eligible teachers at this school", Target(plan, "target.share-of-eligible", "城关二小").Reason!.Value.En);
    }

    // 初中物理、化学、地理、生物流动教师在同一校区至少工作2年 [003]: in Tuanfeng the stay is the term.
    [Fact]
    public void A_Tuanfeng_junior_physics_teacher_is_placed_for_two_years()
    {
        var county = new PlanCounty(RotationPolicyPresets.Find("tuanfeng")!);
        var core = county.School("团风县实验中学", stage: "junior", locality: "urban");
        var member = county.School("上巴河镇中学", stage: "junior");
        county.Alliance("fused", core, member);
        var physics = county.Add(core, subject: Subject.Physics, stage: "junior", since: 2010);
        county.Needs.Add(new CampusNeed(member, "junior", Subject.Physics, 1));

        var move = Assert.Single(county.Plan().Moves);

        Assert.Equal((physics.Id, new DateOnly(2027, 8, 31)), (move.PersonId, move.EndOn));
    }

    [Fact]
    public void The_backbone_share_of_eligible_is_a_setting_and_can_force_more_moves_than_the_share()
    {
        var county = new PlanCounty(National with { BackboneShareBase = BackboneShareBase.Eligible });
        var core = county.School("城关一小", locality: "urban");
        var member = county.School("东山小学");
        county.Alliance("fused", core, member);
        county.AddMany(70, core, since: 2010);
        county.AddMany(30, core, backbone: true, since: 2010);
        county.AddMany(40, member, since: 2020);

        var plan = county.Plan();

        Assert.Equal(20, Target(plan, "target.backbone-share", "城关一小").Required); // 20% of 100 eligible
        Assert.Equal(20, plan.Figures.RotatingBackbone);
        Assert.Equal(20, plan.Figures.RotatingTeachers); // more than the 10 the share asks, all of them backbone
    }

    [Fact]
    public void With_no_posts_to_receive_anyone_the_share_is_a_shortfall_not_a_silent_partial_plan()
    {
        var county = new PlanCounty(National);
        var core = county.School("城关一小", locality: "urban");
        var member = county.School("东山小学");
        county.Alliance("fused", core, member);
        county.AddMany(50, core, since: 2010);
        county.AddMany(3, member, Subject.Maths, since: 2020); // no Chinese teachers to exchange with
        county.Needs.Add(new CampusNeed(member, "primary", Subject.Chinese, 2));

        var plan = county.Plan();

        var share = Assert.Single(plan.Shortfalls, s => s.Target == "target.share-of-eligible");
        Assert.Equal((5, 2, 3), (share.Required, share.Planned, share.Short));
        Assert.Equal(2, plan.Moves.Count);
        Assert.All(plan.Moves, m => Assert.Null(m.InReturnFor));
        Assert.All(plan.Moves, m => Assert.Contains("fills a post 东山小学 asked for", m.Reasons.Select(r => r.En)));
    }

    [Fact]
    public void Wishes_decide_between_equal_members_and_moves_run_the_exchange_term_from_1_September()
    {
        var county = new PlanCounty(National);
        var core = county.School("城关一小", locality: "urban");
        var east = county.School("东山小学");
        var west = county.School("西河小学");
        county.Alliance("fused", core, east, west);
        var teacher = county.Add(core, since: 2010, wishes: [west]);
        county.AddMany(9, core, since: 2022);
        county.Needs.Add(new CampusNeed(east, "primary", null, 1));
        county.Needs.Add(new CampusNeed(west, "primary", null, 1));

        var plan = county.Plan();

        var move = Assert.Single(plan.Moves);
        Assert.Equal((teacher.Id, west, MoveMode.Support), (move.PersonId, move.ToSchoolId, move.Mode));
        Assert.Equal(new DateOnly(2025, 9, 1), move.StartOn);
        Assert.Equal(new DateOnly(2028, 8, 31), move.EndOn); // a 3-year exchange term [000][003]
        Assert.Contains("wish #1", move.Reasons.Select(r => r.En));
        Assert.Contains("第 1 志愿", move.Reasons.Select(r => r.Zh));
        Assert.StartsWith("must rotate: 15 consecutive years", move.Reasons[0].En);
        Assert.StartsWith("须交流：在本校连续任教 15 年", move.Reasons[0].Zh);
    }

    // 团风: 紧缺学科教师可以实行走教制度 [003] — a music teacher serves a campus that asked for music, a school year at a time.
    [Fact]
    public void Tuanfeng_scarce_subject_teachers_go_itinerant_to_campuses_that_need_them()
    {
        var county = new PlanCounty(RotationPolicyPresets.Find("tuanfeng")!);
        var core = county.School("团风县实验小学", locality: "urban");
        var member = county.School("上巴河镇小学");
        county.Alliance("fused", core, member);
        var music = county.Add(core, subject: Subject.Music, since: 2010);
        county.AddMany(9, core, since: 2018);
        county.Add(member, subject: Subject.Music, since: 2016);
        county.Needs.Add(new CampusNeed(member, "primary", Subject.Music, 1));

        var plan = county.Plan();

        var move = Assert.Single(plan.Moves);
        Assert.Equal((music.Id, MoveMode.Itinerant), (move.PersonId, move.Mode));
        Assert.Equal(new DateOnly(2026, 8, 31), move.EndOn);
    }

    [Fact]
    public void Exempt_people_never_move()
    {
        var county = new PlanCounty(Wolong);
        var core = county.School("城关一小", locality: "urban");
        var member = county.School("东山小学");
        county.Alliance("fused", core, member);
        county.Add(core, since: 2000, gender: Gender.Male, born: new DateOnly(1960, 1, 1));
        county.AddMany(10, member, since: 2020);

        var plan = county.Plan();

        Assert.Empty(plan.Moves);
        Assert.Equal(0, plan.Figures.EligibleTeachers);
    }

    [Fact]
    public void Schools_outside_alliances_form_one_county_group_from_urban_to_rural()
    {
        var county = new PlanCounty(National);
        var town = county.School("城关二小", locality: "urban");
        var village = county.School("北山村小", locality: "rural");
        var junior = county.School("北山初中", stage: "junior", locality: "rural");
        county.AddMany(10, town, since: 2010);
        county.Needs.Add(new CampusNeed(village, "primary", null, 1));
        county.Needs.Add(new CampusNeed(junior, "junior", null, 5));

        var plan = county.Plan();

        var move = Assert.Single(plan.Moves);
        Assert.Equal((town, village, PlanGroup.CountyGroupId), (move.FromSchoolId, move.ToSchoolId, move.GroupId));
    }

    // 城乡“手拉手”对口帮扶教育联盟，城区学校到乡镇学校交流人数每学期为3-5人 [001]: 20 due teachers make a 10% share of 2,
    // the league asks 3; 80 make 8, and the school's own share is sent rather than the league's ceiling of 5.
    [Theory]
    [InlineData(20, 3)]
    [InlineData(40, 4)]
    [InlineData(80, 8)]
    public void A_Wolong_hand_in_hand_league_sends_three_to_five_urban_teachers(int due, int sent)
    {
        var county = new PlanCounty(Wolong);
        var core = county.School("卧龙区第五小学", locality: "urban");
        var member = county.School("潦河镇中心小学");
        county.Alliance("hand-in-hand-league", core, member);
        county.AddMany(due, core, since: 2010);
        county.AddMany(20, member, since: 2020);

        var plan = county.Plan();

        var league = Target(plan, "target.league-sends", county.Alliances[0].Name);
        Assert.Equal((3, sent), (league.Required, league.Planned));
        Assert.StartsWith("[001] 城乡“手拉手”对口帮扶教育联盟", league.Source);
        Assert.Equal(sent, plan.Moves.Count(m => m.FromSchoolId == core && m.InReturnFor is null));
    }
}
