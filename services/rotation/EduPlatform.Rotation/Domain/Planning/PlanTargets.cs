using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>
/// A plan's targets counted from its moves: the lead schools' teams [001], each sending school's share and backbone
/// share [national 2014], the leagues' sends [001], the rural-bound backbone share [002] and the returns in kind [001].
/// The one place these are counted, for a drawn plan and again after every hand edit.
/// </summary>
public static class PlanTargets
{
    public const string Management = "team.management", Junior = "team.junior.backbone";

    public static string PrimarySubject(Subject subject) => $"team.primary.{WireEnum.Text(subject)}";

    public static string PrimaryBand(GradeBand band) => $"team.primary.band.{WireEnum.Text(band)}";

    public static string PairSubject(Subject subject) => $"pair.{WireEnum.Text(subject)}";

    /// <summary>Whether a lead school's move to a member counts for one of its team's requirements.</summary>
    public static bool CountsFor(string key, PlannedMove move, Person p)
    {
        var backboneTeacher = p.Role == PersonRole.Teacher && p.IsBackbone && move.Mode != MoveMode.Secondment;
        return key switch
        {
            // 管理团队不少于3人(副校长、中层管理人员和骨干教师) [001]: a backbone teacher counts in the team on a management post (seconded).
            Management => p.Role is PersonRole.VicePrincipal or PersonRole.MiddleManager
                || (p.Role == PersonRole.Teacher && p.IsBackbone && move.Mode == MoveMode.Secondment),
            Junior => backboneTeacher && p.Stage == "junior",
            _ when key.StartsWith("pair.", StringComparison.Ordinal) =>
                move.Subject is { } taught && PairSubject(taught) == key && PairRules.Qualifies(p, taught),
            _ when key.StartsWith("team.primary.band.", StringComparison.Ordinal) =>
                backboneTeacher && p.Stage == "primary" && p.GradeBand is { } band && PrimaryBand(band) == key,
            _ => backboneTeacher && p.Stage == "primary" && move.Subject is { } subject && PrimarySubject(subject) == key,
        };
    }

    /// <summary>How many of the lead school's moves to a member count for a team requirement.</summary>
    public static int TeamCount(PlanGroup group, Guid member, string key, IEnumerable<PlannedMove> moves, Func<Guid, Person?> personOf) =>
        moves.Count(m => m.GroupId == group.Id && m.InReturnFor is null && m.FromSchoolId == group.Senders[0] && m.ToSchoolId == member
            && personOf(m.PersonId) is { } p && CountsFor(key, m, p));

    /// <summary>
    /// The targets and figures of <paramref name="moves"/>. A team target still short keeps the reason the draw gave
    /// (<paramref name="earlier"/>: what the lead school had to offer); the others are explained afresh.
    /// </summary>
    public static (IReadOnlyList<TargetResult> Targets, PlanFigures Figures) Recount(PlanRequest request, IReadOnlyList<PlannedMove> moves,
        IReadOnlyList<TargetResult> earlier)
    {
        var policy = request.Policy;
        var people = request.People.ToDictionary(c => c.Person.Id);
        Person? PersonOf(Guid id) => people.TryGetValue(id, out var c) ? c.Person : null;
        bool IsTeacher(PlannedMove m) => PersonOf(m.PersonId)?.Role == PersonRole.Teacher;
        string Name(Guid school) => request.Schools.TryGetValue(school, out var s) ? s.Name : "";

        var senders = request.Groups.SelectMany(g => g.Senders).ToHashSet();
        var outbound = moves.Where(m => m.InReturnFor is null && senders.Contains(m.FromSchoolId) && IsTeacher(m)).ToList();
        var eligible = EligibleBySender(request);
        var targets = new List<TargetResult>();

        foreach (var school in senders.Where(s => eligible[s] > 0 || outbound.Any(m => m.FromSchoolId == s)).OrderBy(Name, StringComparer.Ordinal))
        {
            var sent = outbound.Where(m => m.FromSchoolId == school).ToList();
            var backbone = sent.Count(m => PersonOf(m.PersonId)!.IsBackbone);
            var scope = Words.Same(Name(school));
            targets.Add(new TargetResult("target.share-of-eligible", scope, ShareTarget(request, school, eligible[school]), sent.Count,
                $"[national 2014] 不低于符合交流条件教师总数的{Texts.Percent(policy.MinShareOfEligible)}", Texts.EligibleAtSchool(eligible[school])));
            targets.Add(new TargetResult("target.backbone-share", scope, BackboneTarget(policy, eligible[school], sent.Count), backbone,
                $"[national 2014] 骨干教师不低于交流轮岗教师总数的{Texts.Percent(policy.BackboneMinShare)}",
                policy.BackboneShareBase == BackboneShareBase.Rotating
                    ? Texts.ShareOfRotating(policy.BackboneMinShare, sent.Count) : Texts.ShareOfEligible(policy.BackboneMinShare, eligible[school])));
        }

        foreach (var league in request.Groups.Where(g => g.Sends is not null))
        {
            var sent = moves.Count(m => m.GroupId == league.Id && m.InReturnFor is null && IsTeacher(m));
            targets.Add(new TargetResult("target.league-sends", Words.Same(league.Name), league.Sends!.Min, sent, league.Sends.Source,
                Texts.LeagueRange(league.Sends.Min, league.Sends.Max, ShareTarget(request, league.Senders[0], eligible[league.Senders[0]]))));
        }

        foreach (var league in request.Groups.Where(g => g.Itinerant))
        {
            var (asked, met) = CurriculumNeeds(request, league, moves);
            targets.Add(new TargetResult("target.township-itinerant", Words.Same(league.Name), asked, met,
                "[001] 乡镇中心小学一体化教育联盟，教师“走教”人数由乡镇中心小学根据课程需要自行确定，确保小规模学校开足开齐课程",
                Texts.CurriculumNeeds(asked)));
        }

        if (policy.RuralBoundBackboneMinShare is { } ruralShare)
        {
            var (bound, backbone) = RuralBound(request, moves, PersonOf);
            targets.Add(new TargetResult("target.rural-backbone-share", Texts.Scope("county"), RuralBackboneTarget(policy, bound), backbone,
                $"[002] 每年到乡村交流轮岗的教师中骨干教师不低于{Texts.Percent(ruralShare)}", Texts.ShareOfRuralBound(ruralShare, bound)));
        }

        foreach (var group in request.Groups.Where(g => g.Team is not null || g.Pair is not null))
        {
            foreach (var (key, member, required, source) in TeamRequirements(request, group))
            {
                var planned = TeamCount(group, member, key, moves, PersonOf);
                var scope = Words.Same(Name(member));
                Words? reason = planned >= required ? null
                    : earlier.FirstOrDefault(t => t.Target == key && t.Scope.Zh == scope.Zh)?.Reason ?? Texts.ShortAfterEdit;
                targets.Add(new TargetResult(key, scope, required, planned, source, reason));
            }
        }

        foreach (var group in request.Groups.Where(g => g.Reciprocal))
        {
            var sent = moves.Count(m => m.GroupId == group.Id && m.InReturnFor is null && m.Mode != MoveMode.Itinerant);
            var back = moves.Count(m => m.GroupId == group.Id && m.InReturnFor is not null);
            targets.Add(new TargetResult("reciprocity", Words.Same(group.Name), sent, back, "[001] 成员学校选派相同数量的对应人员到牵头学校跟岗学习"));
        }

        var moved = moves.Select(m => m.PersonId).ToHashSet();
        var figures = new PlanFigures(eligible.Values.Sum(), outbound.Count, outbound.Count(m => PersonOf(m.PersonId)!.IsBackbone),
            moves.Count(m => m.InReturnFor is null && PersonOf(m.PersonId) is { Role: not PersonRole.Teacher }),
            moves.Count(m => m.InReturnFor is not null),
            request.People.Count(c => c.Person.Role == PersonRole.Teacher && senders.Contains(c.Person.CurrentSchoolId)
                && c.Decision.Status == EligibilityStatus.MustRotate && !moved.Contains(c.Person.Id)));
        return (targets, figures);
    }

    /// <summary>
    /// The posts an itinerant group's members asked for, and how many its itinerant teachers fill: a need for a subject
    /// takes a teacher of it, a need for any subject any teacher left.
    /// </summary>
    static (int Asked, int Met) CurriculumNeeds(PlanRequest request, PlanGroup league, IReadOnlyList<PlannedMove> moves)
    {
        var (asked, met) = (0, 0);
        foreach (var member in league.Receivers)
        {
            var arriving = moves.Where(m => m.GroupId == league.Id && m.ToSchoolId == member && m.Mode == MoveMode.Itinerant).ToList();
            foreach (var need in request.Needs.Where(n => n.SchoolId == member && n.Count > 0).OrderBy(n => n.Subject is null))
            {
                var filling = arriving.Where(m => need.Subject is null || m.Subject == need.Subject).Take(need.Count).ToList();
                arriving.RemoveAll(filling.Contains);
                asked += need.Count;
                met += filling.Count;
            }
        }

        return (asked, met);
    }

    /// <summary>
    /// A sending school's share of its eligible teachers [national 2014], raised to its league's floor [001] where it
    /// leads a hand-in-hand league.
    /// </summary>
    public static int ShareTarget(PlanRequest request, Guid school, int eligible)
    {
        var share = (int)Math.Ceiling(request.Policy.MinShareOfEligible * eligible);
        var league = request.Groups.FirstOrDefault(g => g.Sends is not null && g.Senders[0] == school);
        return league is null ? share : Math.Max(share, league.Sends!.Min);
    }

    /// <summary>Each sending school's teachers who must rotate: the base of its share [national 2014].</summary>
    public static Dictionary<Guid, int> EligibleBySender(PlanRequest request) =>
        request.Groups.SelectMany(g => g.Senders).Distinct().ToDictionary(s => s, s => request.People.Count(c => c.Person.Role == PersonRole.Teacher
            && c.Person.CurrentSchoolId == s && c.Decision.Status == EligibilityStatus.MustRotate));

    /// <summary>Teachers the sending schools send to rural campuses, and the backbone among them [002].</summary>
    public static (int Teachers, int Backbone) RuralBound(PlanRequest request, IEnumerable<PlannedMove> moves, Func<Guid, Person?> personOf)
    {
        var senders = request.Groups.SelectMany(g => g.Senders).ToHashSet();
        var bound = moves.Where(m => m.InReturnFor is null && senders.Contains(m.FromSchoolId) && personOf(m.PersonId) is { Role: PersonRole.Teacher }
            && request.Schools.TryGetValue(m.ToSchoolId, out var to) && request.Policy.RuralLocalities.Contains(to.Locality)).ToList();
        return (bound.Count, bound.Count(m => personOf(m.PersonId)!.IsBackbone));
    }

    public static int RuralBackboneTarget(RotationPolicy policy, int ruralBound) => (int)Math.Ceiling((policy.RuralBoundBackboneMinShare ?? 0) * ruralBound);

    public static int BackboneTarget(RotationPolicy policy, int eligible, int rotating) =>
        (int)Math.Ceiling(policy.BackboneMinShare * (policy.BackboneShareBase == BackboneShareBase.Eligible ? eligible : rotating));

    /// <summary>A team group's requirements, member by member, in the order the planner meets them [001].</summary>
    public static IEnumerable<(string Key, Guid Member, int Required, string Source)> TeamRequirements(PlanRequest request, PlanGroup group)
    {
        if (group.Pair is { } pair)
        {
            var highs = group.Receivers.Where(m => PlanGroups.Teaches(request.Schools[m].Stage, "senior-high")).ToList();
            foreach (var requirement in pair.Subjects.SelectMany(s => highs.Select(m => (PairSubject(s), m, pair.PerSubject, PairRules.Source))))
            {
                yield return requirement;
            }
        }

        if (group.Team is not { } rules)
        {
            yield break;
        }

        var coreStage = request.Schools[group.Senders[0]].Stage;
        var members = group.Receivers;
        var primary = PlanGroups.Teaches(coreStage, "primary") ? members.Where(m => PlanGroups.Teaches(request.Schools[m].Stage, "primary")).ToList() : [];
        var junior = PlanGroups.Teaches(coreStage, "junior") ? members.Where(m => PlanGroups.Teaches(request.Schools[m].Stage, "junior")).ToList() : [];
        var requirements = new List<(string, IReadOnlyList<Guid>, int, string)>
        {
            (Management, members, rules.ManagementTeamMin, "[001] 牵头学校派出的管理团队不少于3人(副校长、中层管理人员和骨干教师)"),
        };
        requirements.AddRange(rules.PrimaryRequiredSubjects.Select(s => (PrimarySubject(s), (IReadOnlyList<Guid>)primary, 1, "[001] 小学按低中高学段每学段选派2名以上，且语数外学科必须有")));
        requirements.AddRange(Enum.GetValues<GradeBand>().Select(b => (PrimaryBand(b), (IReadOnlyList<Guid>)primary, rules.PrimaryBackbonePerBandMin, "[001] 小学按低中高学段每学段选派2名以上")));
        requirements.Add((Junior, junior, rules.JuniorBackboneMin, "[001] 初中学校选派骨干学科教师6人以上"));
        foreach (var requirement in requirements.Where(r => r.Item3 > 0).SelectMany(r => r.Item2.Select(member => (r.Item1, member, r.Item3, r.Item4))))
        {
            yield return requirement;
        }
    }
}
