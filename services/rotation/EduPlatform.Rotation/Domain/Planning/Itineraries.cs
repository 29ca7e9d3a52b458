using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>What an itinerary needs of a school: its name, where it is and its classes this autumn (null when not reported).</summary>
public sealed record ItinerarySchool(Guid Id, string Name, double? Latitude, double? Longitude, int? Classes);

/// <summary>One campus of a teacher's week: its classes, the days there, and the one-way road distance and time from home.</summary>
public sealed record ItineraryCampus(Guid SchoolId, string Name, bool Home, int Classes, int Days, double? DistanceKm, int? Minutes);

public sealed record ItineraryDay(DayOfWeek Day, Guid SchoolId, string School);

/// <summary>
/// An itinerant (走教) teacher's week: the campuses, the day at each, the week's travel (there and back each day away
/// from home) and the transport allowance where the county pays one, with notes on anything estimated.
/// </summary>
public sealed record TeacherItinerary(Guid PersonId, string Name, Subject? Subject, Guid HomeSchoolId, string Home, IReadOnlyList<ItineraryCampus> Campuses,
    IReadOnlyList<ItineraryDay> Week, double WeeklyKm, int WeeklyMinutes, decimal? WeeklyAllowance, IReadOnlyList<Words> Notes);

public sealed record CampusVisit(DayOfWeek Day, Guid PersonId, string Teacher, Subject? Subject, string From);

/// <summary>A campus's week: which itinerant teacher comes on which day, to teach what.</summary>
public sealed record CampusTimetable(Guid SchoolId, string Name, IReadOnlyList<CampusVisit> Visits);

/// <summary>A campus that asked for a subject no itinerant teacher of its group can reach this week (each serves at most four).</summary>
public sealed record UnservedNeed(Guid SchoolId, string Name, Subject Subject);

public sealed record ItineraryPlan(IReadOnlyList<TeacherItinerary> Teachers, IReadOnlyList<CampusTimetable> Campuses, IReadOnlyList<UnservedNeed> Unserved,
    ItineraryRules Rules);

/// <summary>
/// Weekly itineraries of a plan's itinerant teachers ([001] 乡镇中心小学调配教师向小规模学校"走教"，人数由乡镇中心小学根据课程
/// 需要自行确定，确保小规模学校开足开齐课程; [003] 紧缺学科教师可以在教联体内走教). A teacher serves the campus the plan sends
/// them to and the other campuses of the same alliance that asked for the subject and get no teacher of it, at most four
/// besides home; the five school days are shared by the campuses' classes (each served campus at least a day, the home
/// school by its classes per teacher of the subject), and each day away is a trip there and back.
/// </summary>
public static class Itineraries
{
    /// <summary>The school days an itinerary shares out.</summary>
    public static readonly IReadOnlyList<DayOfWeek> SchoolWeek = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    public const int MaxCampuses = 4;

    public static ItineraryPlan Of(IReadOnlyList<PlannedMove> moves, IReadOnlyList<PlanGroup> groups, IReadOnlyList<CampusNeed> needs,
        IReadOnlyDictionary<Guid, ItinerarySchool> schools, IReadOnlyList<Person> people, ItineraryRules rules)
    {
        var byId = people.ToDictionary(p => p.Id);
        var itinerant = moves.Where(m => m.Mode == MoveMode.Itinerant && byId.ContainsKey(m.PersonId)).OrderBy(m => byId[m.PersonId].Name, StringComparer.Ordinal).ToList();
        var served = itinerant.ToDictionary(m => m.PersonId, m => new List<Guid> { m.ToSchoolId });
        var unserved = new List<UnservedNeed>();

        foreach (var team in itinerant.Where(m => m.Subject is not null).GroupBy(m => (m.GroupId, Subject: m.Subject!.Value)))
        {
            var group = groups.FirstOrDefault(g => g.Id == team.Key.GroupId);
            // Campuses of the group that asked for the subject, where neither an itinerant teacher nor a posted one arrives.
            var asking = needs.Where(n => n.Subject == team.Key.Subject && n.Count > 0 && group?.Receivers.Contains(n.SchoolId) == true)
                .Select(n => n.SchoolId).Distinct()
                .Where(s => team.All(m => m.ToSchoolId != s) && !moves.Any(m => m.Mode != MoveMode.Itinerant && m.ToSchoolId == s && m.Subject == team.Key.Subject))
                .OrderBy(s => Name(schools, s), StringComparer.Ordinal);
            foreach (var campus in asking)
            {
                var taker = team.Where(m => served[m.PersonId].Count < MaxCampuses)
                    .OrderBy(m => served[m.PersonId].Count).ThenBy(m => Km(schools, m.FromSchoolId, campus, rules) ?? double.MaxValue).FirstOrDefault();
                if (taker is null)
                {
                    unserved.Add(new UnservedNeed(campus, Name(schools, campus), team.Key.Subject));
                    continue;
                }

                served[taker.PersonId].Add(campus);
            }
        }

        var teachers = itinerant.Select(m => Week(m, byId[m.PersonId], served[m.PersonId], schools, people, rules)).ToList();
        var campuses = teachers.SelectMany(t => t.Week.Where(d => d.SchoolId != t.HomeSchoolId)
                .Select(d => (d.SchoolId, Visit: new CampusVisit(d.Day, t.PersonId, t.Name, t.Subject, t.Home))))
            .GroupBy(v => v.SchoolId)
            .Select(g => new CampusTimetable(g.Key, Name(schools, g.Key), g.Select(v => v.Visit).OrderBy(v => v.Day).ThenBy(v => v.Teacher, StringComparer.Ordinal).ToList()))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new ItineraryPlan(teachers, campuses, unserved, rules);
    }

    static TeacherItinerary Week(PlannedMove move, Person teacher, IReadOnlyList<Guid> campuses, IReadOnlyDictionary<Guid, ItinerarySchool> schools,
        IReadOnlyList<Person> people, ItineraryRules rules)
    {
        var home = move.FromSchoolId;
        var notes = new List<Words>();
        int Classes(Guid school)
        {
            if (schools.TryGetValue(school, out var s) && s.Classes is { } known)
            {
                return known;
            }

            notes.Add(Texts.ClassesUnknown(Name(schools, school)));
            return 1;
        }

        // The home school shares its classes of the subject among the teachers of it who stay, and this one.
        var colleagues = people.Count(p => p.CurrentSchoolId == home && p.Role == PersonRole.Teacher && move.Subject is { } s && p.Subjects.Contains(s));
        var homeWeight = (double)Classes(home) / Math.Max(1, colleagues);
        var weights = new List<(Guid School, bool Home, int Classes, double Weight)> { (home, true, Classes(home), homeWeight) };
        weights.AddRange(campuses.Distinct().Select(c => (c, false, Classes(c), (double)Classes(c))));
        var days = ShareDays(weights.Select(w => (w.Weight, Minimum: w.Home ? 0 : 1)).ToList());

        var order = weights.Select((w, i) => (w, Days: days[i], Km: w.Home ? 0 : Km(schools, home, w.School, rules)))
            .OrderBy(x => !x.w.Home).ThenBy(x => x.Km ?? double.MaxValue).ToList();
        var result = order.Select(x => new ItineraryCampus(x.w.School, Name(schools, x.w.School), x.w.Home, x.w.Classes, x.Days,
            x.Km is { } km ? Math.Round(km, 1) : null, x.Km is { } k ? Minutes(k, rules) : null)).ToList();
        foreach (var unknown in result.Where(c => c.DistanceKm is null))
        {
            notes.Add(Texts.LocationUnknown(unknown.Name));
        }

        var week = new List<ItineraryDay>();
        foreach (var campus in result)
        {
            for (var d = 0; d < campus.Days; d++)
            {
                week.Add(new ItineraryDay(SchoolWeek[week.Count], campus.SchoolId, campus.Name));
            }
        }

        var weeklyKm = result.Where(c => !c.Home).Sum(c => 2 * c.Days * (c.DistanceKm ?? 0));
        var weeklyMinutes = result.Where(c => !c.Home).Sum(c => 2 * c.Days * (c.Minutes ?? 0));
        var allowance = rules.AllowancePerKm is { } perKm ? Math.Round((decimal)weeklyKm * perKm, 2) : (decimal?)null;
        return new TeacherItinerary(teacher.Id, teacher.Name, move.Subject, home, Name(schools, home), result, week, Math.Round(weeklyKm, 1), weeklyMinutes,
            allowance, notes.Distinct().ToList());
    }

    /// <summary>
    /// The five days shared by weight, each campus at least its minimum: every day goes to the campus furthest below its
    /// share (Sainte-Laguë-like, in campus order on ties), so the days follow the classes as closely as whole days can.
    /// </summary>
    public static int[] ShareDays(IReadOnlyList<(double Weight, int Minimum)> campuses)
    {
        var days = campuses.Select(c => c.Minimum).ToArray();
        var total = campuses.Sum(c => c.Weight);
        for (var left = SchoolWeek.Count - days.Sum(); left > 0; left--)
        {
            var best = Enumerable.Range(0, days.Length).MaxBy(i => total <= 0 ? -days[i] : SchoolWeek.Count * campuses[i].Weight / total - days[i]);
            days[best]++;
        }

        return days;
    }

    static double? Km(IReadOnlyDictionary<Guid, ItinerarySchool> schools, Guid from, Guid to, ItineraryRules rules) =>
        schools.TryGetValue(from, out var a) && schools.TryGetValue(to, out var b) && a.Latitude is { } lat1 && a.Longitude is { } lon1
            && b.Latitude is { } lat2 && b.Longitude is { } lon2
            ? GreatCircle.Km(lat1, lon1, lat2, lon2) * (double)rules.DetourFactor
            : null;

    static int Minutes(double km, ItineraryRules rules) => (int)Math.Round(km / rules.SpeedKmh * 60);

    static string Name(IReadOnlyDictionary<Guid, ItinerarySchool> schools, Guid id) => schools.TryGetValue(id, out var s) ? s.Name : "";
}
