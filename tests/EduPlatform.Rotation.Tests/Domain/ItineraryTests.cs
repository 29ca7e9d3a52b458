using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Tests.Domain;

/// <summary>
/// Issue 24 item 10: 走教 timetables. [001] 乡镇中心小学调配教师向小规模学校"走教"，人数由乡镇中心小学根据课程需要自行确定，
/// 确保小规模学校开足开齐课程; [003] 紧缺学科教师可以在教联体内走教.
/// </summary>
public sealed class ItineraryTests
{
    static readonly RotationPolicy Tuanfeng = RotationPolicyPresets.Find("tuanfeng")!;

    /// <summary>A township centre school (12 classes) leading small schools at known places, with a music teacher going itinerant to A.</summary>
    static (PlanCounty County, PlanGroup Group, PlannedMove Move, Dictionary<Guid, ItinerarySchool> Schools) League(int smallSchools, int centreMusicTeachers = 2)
    {
        var county = new PlanCounty(Tuanfeng);
        var centre = county.School("清泉镇中心小学", locality: "town");
        var small = Enumerable.Range(0, smallSchools).Select(i => county.School($"清泉镇第{i + 1}教学点")).ToArray();
        county.Alliance("township-league", centre, small);
        var teacher = county.Add(centre, subject: Subject.Music, since: 2010);
        for (var i = 1; i < centreMusicTeachers; i++)
        {
            county.Add(centre, subject: Subject.Music, since: 2020);
        }

        // Straight lines of 0.1° east (9.64 km at 30°N) and 0.1° north (11.12 km).
        var schools = new Dictionary<Guid, ItinerarySchool> { [centre] = new(centre, "清泉镇中心小学", 30.0, 115.0, 12) };
        for (var i = 0; i < small.Length; i++)
        {
            schools[small[i]] = new ItinerarySchool(small[i], $"清泉镇第{i + 1}教学点", 30.0 + (i == 0 ? 0 : 0.1 * i), i == 0 ? 115.1 : 115.0, i == 0 ? 6 : 3);
        }

        var group = PlanGroups.From(county.Alliances, county.Schools, Tuanfeng).Single();
        var move = new PlannedMove(teacher.Id, centre, small[0], group.Id, MoveMode.Itinerant, "primary", Subject.Music, new DateOnly(2025, 9, 1),
            new DateOnly(2026, 8, 31), []);
        return (county, group, move, schools);
    }

    [Fact]
    public void An_itinerant_teachers_week_follows_the_campuses_classes_with_the_travel_and_the_countys_allowance()
    {
        var (county, group, move, schools) = League(smallSchools: 2);
        var asking = new CampusNeed(group.Receivers[1], "primary", Subject.Music, 1);
        var rules = new ItineraryRules { AllowancePerKm = 0.5m };

        var plan = Itineraries.Of([move], [group], [asking], schools, county.People, rules);

        var week = Assert.Single(plan.Teachers);
        // Home: 12 classes shared by 2 music teachers = 6; the host 6 classes; the school that asked 3: days 2, 2, 1.
        Assert.Equal([("清泉镇中心小学", 2), ("清泉镇第1教学点", 2), ("清泉镇第2教学点", 1)], week.Campuses.Select(c => (c.Name, c.Days)).ToArray());
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], week.Week.Select(d => d.Day).ToArray());
        // 9.64 km × 1.3 = 12.5 km, 25 minutes at 30 km/h; 11.12 km × 1.3 = 14.5 km, 29 minutes; there and back each day away.
        Assert.Equal((12.5, 25), (week.Campuses[1].DistanceKm!.Value, week.Campuses[1].Minutes!.Value));
        Assert.Equal((14.5, 29), (week.Campuses[2].DistanceKm!.Value, week.Campuses[2].Minutes!.Value));
        Assert.Equal(2 * 2 * 12.5 + 2 * 1 * 14.5, week.WeeklyKm);
        Assert.Equal(2 * 2 * 25 + 2 * 1 * 29, week.WeeklyMinutes);
        Assert.Equal(39.50m, week.WeeklyAllowance);
        Assert.Equal([DayOfWeek.Friday], plan.Campuses.Single(c => c.Name == "清泉镇第2教学点").Visits.Select(v => v.Day).ToArray());

        // Without the county's allowance there is none; a school with no class count is estimated and says so.
        var unpaid = Itineraries.Of([move], [group], [asking], schools, county.People, new ItineraryRules()).Teachers[0];
        Assert.Null(unpaid.WeeklyAllowance);
        schools[group.Receivers[1]] = schools[group.Receivers[1]] with { Classes = null };
        Assert.Contains(Itineraries.Of([move], [group], [asking], schools, county.People, rules).Teachers[0].Notes, n => n.Zh.Contains("班级数未上报"));
    }

    [Fact]
    public void A_teacher_serves_at_most_four_campuses_and_a_campus_that_gets_a_posted_teacher_is_not_visited()
    {
        var (county, group, move, schools) = League(smallSchools: 6);
        var needs = group.Receivers.Skip(1).Select(r => new CampusNeed(r, "primary", Subject.Music, 1)).ToList();
        var posted = new PlannedMove(Guid.NewGuid(), group.Senders[0], group.Receivers[5], group.Id, MoveMode.Exchange, "primary", Subject.Music,
            new DateOnly(2025, 9, 1), new DateOnly(2028, 8, 31), []);

        var plan = Itineraries.Of([move, posted], [group], needs, schools, county.People, new ItineraryRules());

        var week = Assert.Single(plan.Teachers);
        Assert.Equal(Itineraries.MaxCampuses, week.Campuses.Count(c => !c.Home));
        Assert.Equal(5, week.Campuses.Sum(c => c.Days));
        Assert.DoesNotContain(week.Campuses, c => c.SchoolId == group.Receivers[5]);
        Assert.Equal([group.Receivers[4]], plan.Unserved.Select(u => u.SchoolId).ToArray());
    }

    // No seed gives the allowance: it exists where the county sets it; speed and detour are the county's estimates.
    [Fact]
    public void The_transport_allowance_speed_and_detour_are_county_settings_within_bounds()
    {
        var county = new RotationSettings { CountyCode = "421125", Preset = "xishui", ItinerantAllowancePerKm = 0.8m, ItinerantSpeedKmh = 40 };
        var policy = county.ToPolicy();
        Assert.Equal((0.8m, 40, 1.3m), (policy.Itinerary.AllowancePerKm!.Value, policy.Itinerary.SpeedKmh, policy.Itinerary.DetourFactor));
        Assert.True(policy.MinimumStay.ScarceSubjectsItinerant); // 浠水 [000] 走教送教
        Assert.Null(RotationSettings.DefaultFor("421125").ToPolicy().Itinerary.AllowancePerKm);

        var wrong = new RotationSettings { CountyCode = "421125", Preset = "national", ItinerantAllowancePerKm = 12, ItinerantSpeedKmh = 5, ItinerantDetourFactor = 0.9m };
        Assert.Equal(["itinerantAllowancePerKm", "itinerantSpeedKmh", "itinerantDetourFactor"], wrong.Validate().Select(e => e.Field).ToArray());
        Assert.False(new RotationSettings { CountyCode = "421125", Preset = "xishui", ScarceSubjectsItinerant = false }.ToPolicy().MinimumStay.ScarceSubjectsItinerant);
    }

    // 乡镇中心小学一体化教育联盟，教师“走教”人数由乡镇中心小学根据课程需要自行确定，确保小规模学校开足开齐课程 [001]: the
    // small schools' curriculum needs decide how many go, beyond the centre school's 10% share.
    [Fact]
    public void A_township_leagues_centre_school_sends_itinerant_teachers_for_every_curriculum_need_of_its_small_schools()
    {
        var county = new PlanCounty(RotationPolicyPresets.Find("wolong")!);
        var centre = county.School("谢庄镇中心小学", locality: "town");
        var (first, second) = (county.School("谢庄镇王庄小学"), county.School("谢庄镇李湾教学点"));
        county.Alliance("township-league", centre, first, second);
        county.AddMany(8, centre, Subject.Chinese, since: 2010); // 8 due: a share of 1
        county.AddMany(2, centre, Subject.Maths, since: 2022);
        county.Add(centre, subject: Subject.Music, since: 2022);
        county.Needs.AddRange([new CampusNeed(first, "primary", Subject.Music, 1), new CampusNeed(first, "primary", Subject.Chinese, 1),
            new CampusNeed(second, "primary", Subject.Maths, 1), new CampusNeed(second, "primary", null, 1)]);

        var plan = county.Plan();

        var itinerant = plan.Moves.Where(m => m.Mode == MoveMode.Itinerant).ToList();
        Assert.Equal(4, itinerant.Count);
        Assert.All(itinerant, m => Assert.Equal(centre, m.FromSchoolId));
        Assert.Contains(itinerant, m => m.ToSchoolId == first && m.Subject == Subject.Music);
        var target = plan.Targets.Single(t => t.Target == "target.township-itinerant");
        Assert.Equal((4, 4), (target.Required, target.Planned));
        Assert.Contains("[001] 乡镇中心小学一体化教育联盟", target.Source);
        Assert.Equal(1, plan.Targets.Single(t => t.Target == "target.share-of-eligible").Required);
    }
}
