using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>
/// Draws a rotation plan as a sequence of minimum-cost flows (docs/decisions.md, "rotation plans"). The lead schools'
/// mandated teams come first [001], then the county targets [national 2014][002], each flow with its returns:
/// where the alliance's kind is reciprocal a move exists only together with a matching person sent back. Inside the
/// targets, people who are due go before volunteers, backbone before others, wishes and rural campuses are preferred.
/// Anything not reached is a shortfall with its numbers; nothing is dropped silently.
/// </summary>
public static class RotationPlanner
{
    // Lexicographic priorities as costs: one unit of a higher tier outweighs any sum of the lower ones in a county.
    internal const long TeamWeight = 1_000_000_000;
    internal const long TargetWeight = 1_000_000;
    internal const long BeyondTarget = 100_000;
    internal const long DueWeight = 1_000;
    internal const long DueReturnWeight = 500;
    /// <summary>A post a campus asked for (a vacancy, a subject it lacks: 确保小规模学校开足开齐课程 [001]) before a due person's return.</summary>
    internal const long NeedWeight = 600;
    internal const long WishWeight = 100;
    internal const long RuralWeight = 10;
    internal const long AcrossWeight = 2 * RuralWeight;

    public const string Objective =
        "1) every lead school's mandated team, with its returns; 2) at least each sending school's share of its eligible teachers; " +
        "3) each school's backbone share (and, where set, the backbone share of those going to rural schools); 4) people who are due " +
        "before volunteers, backbone before others; 5) posts campuses asked for; 6) wishes; 7) rural campuses first; no move beyond these.";

    public static PlanOutcome Plan(PlanRequest request) => new PlanRun(request).Execute();
}

/// <summary>One planning run: the candidates still free, the moves fixed so far and the team tallies.</summary>
sealed class PlanRun
{
    readonly PlanRequest _r;
    readonly RotationPolicy _policy;
    readonly HashSet<Guid> _moved = [];
    readonly List<PlannedMove> _moves = [];
    readonly List<TargetResult> _targets = [];
    readonly ILookup<Guid, PlanCandidate> _bySchool;
    readonly ILookup<(Guid School, string Stage), CampusNeed> _needs;

    public PlanRun(PlanRequest request)
    {
        _r = request;
        _policy = request.Policy;
        _bySchool = request.People
            .Where(c => c.Decision.Status != EligibilityStatus.Exempt && request.Schools.ContainsKey(c.Person.CurrentSchoolId))
            .OrderBy(c => c.Person.Name, StringComparer.Ordinal).ThenBy(c => c.Person.Id)
            .ToLookup(c => c.Person.CurrentSchoolId);
        _needs = request.Needs.Where(n => n.Count > 0).ToLookup(n => (n.SchoolId, n.Stage));
    }

    public PlanOutcome Execute()
    {
        foreach (var pinned in _r.Pinned ?? [])
        {
            Fix(pinned with { Pinned = true });
        }

        foreach (var group in _r.Groups.Where(g => g.Team is not null || g.Pair is not null))
        {
            new TeamPlanner(this, group).Run();
        }

        // 城镇学校、优质学校每学年交流轮岗的比例不低于符合交流条件教师总数的10%，其中骨干教师不低于交流轮岗教师总数的20%
        // [national 2014]: every sending school's own share, not one county pool.
        var senders = _r.Groups.SelectMany(g => g.Senders).ToHashSet();
        var eligible = PlanTargets.EligibleBySender(_r);
        var countTargets = eligible.ToDictionary(e => e.Key, e => PlanTargets.ShareTarget(_r, e.Key, e.Value));
        // A league's urban school sends at least its range's floor and no more than its ceiling, unless the national share asks more.
        var caps = _r.Groups.Where(g => g.Sends is not null).ToDictionary(g => g.Senders[0], g => Math.Max(g.Sends!.Max, countTargets[g.Senders[0]]));

        var team = senders.ToDictionary(s => s, s => Tally(s));

        // The backbone share's base may be the teachers rotating (national text), which the plan itself decides: raise each
        // school's backbone target until it matches the plan it produces (targets only grow, so this ends within a few rounds).
        // Where a share of the rural-bound is asked [002], backbone teachers are steered to rural posts, by the weakest preference that meets it.
        var backboneTargets = senders.ToDictionary(s => s, s => BackboneTarget(eligible[s], countTargets[s]));
        IReadOnlyList<PlannedMove> main;
        var steering = 0;
        while (true)
        {
            main = MainFlow(
                senders.ToDictionary(s => s, s => (Math.Max(0, countTargets[s] - team[s].Teachers), Math.Max(0, backboneTargets[s] - team[s].Backbone),
                    caps.TryGetValue(s, out var cap) ? Math.Max(0, cap - team[s].Teachers) : int.MaxValue)),
                RuralBackboneSteps[steering]);
            var raised = false;
            foreach (var school in senders)
            {
                var rotating = team[school].Teachers + main.Count(m => m.FromSchoolId == school && IsOutboundTeacher(m, senders));
                var needed = BackboneTarget(eligible[school], rotating);
                if (needed > backboneTargets[school])
                {
                    backboneTargets[school] = needed;
                    raised = true;
                }
            }

            if (raised)
            {
                continue;
            }

            var (bound, backbone) = PlanTargets.RuralBound(_r, _moves.Concat(main), PersonOf);
            if (backbone >= PlanTargets.RuralBackboneTarget(_policy, bound) || steering == RuralBackboneSteps.Length - 1)
            {
                break;
            }

            steering++;
        }

        foreach (var move in main)
        {
            Fix(move);
        }

        var (targets, figures) = PlanTargets.Recount(_r, _moves, _targets);
        return new PlanOutcome(_moves.OrderBy(m => m.GroupId).ThenBy(m => m.InReturnFor is not null).ToList(), targets, figures, RotationPlanner.Objective);
    }

    int BackboneTarget(int eligible, int rotating) => PlanTargets.BackboneTarget(_policy, eligible, rotating);

    /// <summary>How strongly a backbone teacher's move to a rural post is preferred, tried in order until the rural-bound share holds.</summary>
    static readonly long[] RuralBackboneSteps = [0, RotationPlanner.DueWeight / 2, 5 * RotationPlanner.DueWeight, 50 * RotationPlanner.DueWeight];

    long _ruralBackboneBonus;

    /// <summary>The teachers a sending school has in the plan so far, and the backbone among them.</summary>
    (int Teachers, int Backbone) Tally(Guid school)
    {
        var outbound = _moves.Where(m => m.FromSchoolId == school && m.InReturnFor is null && Candidate(m.PersonId).Person.Role == PersonRole.Teacher).ToList();
        return (outbound.Count, outbound.Count(m => Candidate(m.PersonId).Person.IsBackbone));
    }

    bool IsOutboundTeacher(PlannedMove m, HashSet<Guid> senders) =>
        m.InReturnFor is null && senders.Contains(m.FromSchoolId) && Candidate(m.PersonId).Person.Role == PersonRole.Teacher;

    Dictionary<Guid, PlanCandidate>? _byId;

    PlanCandidate Candidate(Guid id) => (_byId ??= _r.People.ToDictionary(c => c.Person.Id))[id];

    public Person? PersonOf(Guid id) => (_byId ??= _r.People.ToDictionary(c => c.Person.Id)).TryGetValue(id, out var c) ? c.Person : null;

    /// <summary>The moves fixed so far (the bureau's pinned moves first).</summary>
    public IReadOnlyList<PlannedMove> Moves => _moves;

    public RotationPolicy Policy => _policy;

    public SchoolFacts School(Guid id) => _r.Schools[id];

    /// <summary>Candidates at a school who are not exempt and not yet in the plan.</summary>
    public IEnumerable<PlanCandidate> Free(Guid schoolId) => _bySchool[schoolId].Where(c => !_moved.Contains(c.Person.Id));

    public void Fix(PlannedMove move)
    {
        _moved.Add(move.PersonId);
        _moves.Add(move);
    }

    public void Report(TargetResult result) => _targets.Add(result);

    /// <summary>The posts a sender can take at a receiving campus: cadre posts by role, teaching posts by stage and subject.</summary>
    public IEnumerable<Post> PostsFor(Person p, Guid receiver, PlanGroup? group = null)
    {
        var school = School(receiver);
        if (p.Role == PersonRole.Principal)
        {
            yield return new Post(receiver, Post.Principal, "", null);
            yield break;
        }

        if (p.Role != PersonRole.Teacher)
        {
            yield return new Post(receiver, Post.Management, "", null);
            yield break;
        }

        if (!PlanGroups.Teaches(school.Stage, p.Stage))
        {
            yield break;
        }

        var kind = group is { Itinerant: true } || MinimumStay.YearsFor(p, _policy.MinimumStay).MayBeItinerant ? Post.Itinerant : Post.Teaching;
        if (p.Subjects.Count == 0)
        {
            yield return new Post(receiver, kind, p.Stage, null);
        }

        foreach (var subject in p.Subjects.Distinct())
        {
            yield return new Post(receiver, kind, p.Stage, subject);
        }
    }

    /// <summary>Whether a person at the receiving campus can take the sender's post at the sending campus.</summary>
    public static bool Matches(Person back, Post post) => post.Kind switch
    {
        Post.Principal => back.Role == PersonRole.Principal,
        Post.Management => back.Role is PersonRole.VicePrincipal or PersonRole.MiddleManager,
        Post.Teaching => back.Role == PersonRole.Teacher && back.Stage == post.Stage && (post.Subject is null || back.Subjects.Contains(post.Subject.Value))
            && (post.Band is null || back.GradeBand is null || back.GradeBand == post.Band),
        _ => false,
    };

    /// <summary>The cost of sending a person to a post: due people and wishes lower it, rural campuses a little.</summary>
    public long SendCost(PlanCandidate c, Guid receiver)
    {
        var cost = c.Decision.Status == EligibilityStatus.MustRotate ? -RotationPlanner.DueWeight : 0;
        cost -= WishBonus(c.Person, receiver);
        if (_policy.RuralLocalities.Contains(School(receiver).Locality))
        {
            cost -= RotationPlanner.RuralWeight + (c.Person.IsBackbone && c.Person.Role == PersonRole.Teacher ? _ruralBackboneBonus : 0);
        }

        return cost;
    }

    public long ReturnCost(PlanCandidate c, Guid sender) =>
        -(c.Decision.Status == EligibilityStatus.MustRotate ? RotationPlanner.DueReturnWeight : 0) - WishBonus(c.Person, sender);

    static long WishBonus(Person p, Guid school)
    {
        var rank = p.Wishes.ToList().IndexOf(school);
        return rank is >= 0 and < 3 ? (3 - rank) * RotationPlanner.WishWeight : 0;
    }

    /// <summary>The main flow: each sending school's share and backbone targets as capped bonuses, every school at once.</summary>
    IReadOnlyList<PlannedMove> MainFlow(IReadOnlyDictionary<Guid, (int Count, int Backbone, int Cap)> targets, long ruralBackboneBonus)
    {
        _ruralBackboneBonus = ruralBackboneBonus;
        var net = new PlanNetwork();
        var entries = new Dictionary<Guid, (int Count, int Backbone)>();
        foreach (var (school, target) in targets)
        {
            var count = net.Node(("count", school));
            net.Arc(PlanNetwork.Source, count, Math.Min(target.Count, target.Cap), -RotationPlanner.TargetWeight);
            net.Arc(PlanNetwork.Source, count, target.Cap == int.MaxValue ? int.MaxValue : Math.Max(0, target.Cap - target.Count), RotationPlanner.BeyondTarget);
            var backbone = net.Node(("backbone", school));
            net.Arc(count, backbone, target.Backbone, -RotationPlanner.TargetWeight);
            net.Arc(count, backbone, int.MaxValue, 0);
            entries[school] = (count, backbone);
        }

        var returners = new Dictionary<Guid, int>();
        foreach (var group in _r.Groups)
        {
            // A move across alliances (where the county allows them) comes after one inside the core school's own.
            var across = group.Id == PlanGroup.CrossAllianceGroupId ? RotationPlanner.AcrossWeight : 0;
            foreach (var sender in group.Senders)
            {
                foreach (var c in Free(sender))
                {
                    // A person whose school sends in several groups enters the flow once.
                    var node = SenderNode(net, c, entries[sender]);
                    foreach (var receiver in group.Receivers.Where(r => r != sender))
                    {
                        foreach (var post in PostsFor(c.Person, receiver, group))
                        {
                            if (!net.Has(post))
                            {
                                Receive(net, group, post, returners);
                            }

                            net.Send(node, c, post, SendCost(c, receiver) + across);
                        }
                    }
                }
            }
        }

        net.Solve();
        return Decode(net.Moves(), _r.Groups, TargetReason);
    }

    static int SenderNode(PlanNetwork net, PlanCandidate c, (int Count, int Backbone) entries)
    {
        if (net.Has(("send", c.Person.Id)))
        {
            return net.Node(("send", c.Person.Id));
        }

        var entry = c.Person.Role != PersonRole.Teacher ? PlanNetwork.Source : c.Person.IsBackbone ? entries.Backbone : entries.Count;
        // Cadres are outside the teacher targets: they move when due and a matching post is there.
        var entryCost = c.Person.Role != PersonRole.Teacher && c.Decision.Status != EligibilityStatus.MustRotate ? RotationPlanner.BeyondTarget : 0;
        var node = net.Node(("send", c.Person.Id));
        net.Arc(entry, node, 1, entryCost);
        return node;
    }

    /// <summary>What a receiving post leads to: matching people sent back (their node shared across posts), campus needs.</summary>
    void Receive(PlanNetwork net, PlanGroup group, Post post, Dictionary<Guid, int> returners)
    {
        net.Node(post);
        if (post.Kind == Post.Itinerant || !group.Reciprocal)
        {
            foreach (var need in _needs[(post.SchoolId, post.Stage)].Where(n => n.Subject is null || n.Subject == post.Subject))
            {
                // One node per need, so a need for "any subject" is shared by every subject's post at that campus.
                if (!net.Has(need))
                {
                    net.Arc(net.Node(need), PlanNetwork.Sink, need.Count, 0);
                }

                // In an itinerant group the members' curriculum needs are the target itself [001], above the share.
                net.Need(post, net.Node(need), need.Count, group.Itinerant ? -RotationPlanner.TargetWeight : -RotationPlanner.NeedWeight);
            }
        }

        if (post.Kind == Post.Itinerant)
        {
            return;
        }

        foreach (var back in Free(post.SchoolId).Where(b => Matches(b.Person, post)))
        {
            if (!returners.TryGetValue(back.Person.Id, out var node))
            {
                node = net.Node(("back", back.Person.Id));
                returners[back.Person.Id] = node;
                net.Arc(node, PlanNetwork.Sink, 1, ReturnCost(back, group.Senders[0]));
            }

            net.Return(post, back, node);
        }
    }

    Words TargetReason(Person p) => p.Role != PersonRole.Teacher
        ? Texts.CadreDue
        : Texts.TowardShares(_policy.MinShareOfEligible, p.IsBackbone ? _policy.BackboneMinShare : null);

    /// <summary>A lead school's mandated team: its management posts are secondments [001].</summary>
    public IReadOnlyList<PlannedMove> DecodeTeam(IEnumerable<(PlanCandidate Sender, Post Post, PlanCandidate? Returner)> chosen, PlanGroup group, Words why) =>
        Decode(chosen, [group], _ => why, team: true);

    public IReadOnlyList<PlannedMove> Decode(IEnumerable<(PlanCandidate Sender, Post Post, PlanCandidate? Returner)> chosen, IReadOnlyList<PlanGroup> groups,
        Func<Person, Words> why, bool team = false)
    {
        var moves = new List<PlannedMove>();
        foreach (var (sender, post, back) in chosen)
        {
            var group = groups.First(g => g.Senders.Contains(sender.Person.CurrentSchoolId) && g.Receivers.Contains(post.SchoolId));
            var reasons = new List<Words> { sender.Decision.Explanation, why(sender.Person) };
            var wish = sender.Person.Wishes.ToList().IndexOf(post.SchoolId);
            if (wish >= 0)
            {
                reasons.Add(Texts.Wish(wish + 1));
            }

            reasons.Add(back is null ? Texts.FillsPost(School(post.SchoolId).Name) : Texts.SendsBack(School(post.SchoolId).Name, back.Person.Name));
            moves.Add(Move(sender, sender.Person.CurrentSchoolId, post.SchoolId, group, OutboundMode(sender.Person, post, team), post, reasons, null));
            if (back is not null)
            {
                var backReasons = new List<Words> { back.Decision.Explanation, Texts.ReturnsFor(sender.Person.Name) };
                moves.Add(Move(back, post.SchoolId, sender.Person.CurrentSchoolId, group, ReturnMode(back.Person, group), post, backReasons, sender.Person.Id));
            }
        }

        return moves;
    }

    /// <summary>A move the bureau adds by hand, made as the planner would make it (mode, term).</summary>
    public PlannedMove HandMove(PlanCandidate c, PlanGroup group, Post post, IReadOnlyList<Words> reasons) =>
        Move(c, c.Person.CurrentSchoolId, post.SchoolId, group, OutboundMode(c.Person, post, team: group.Team is not null), post, reasons, null);

    /// <summary>A person the bureau adds in return for <paramref name="sentId"/>, who fills <paramref name="post"/> at the member.</summary>
    public PlannedMove HandReturn(PlanCandidate back, PlanGroup group, Post post, Guid sentId, IReadOnlyList<Words> reasons) =>
        Move(back, back.Person.CurrentSchoolId, group.Senders[0], group, ReturnMode(back.Person, group), post, reasons, sentId);

    // 成员学校…选派对等人员到牵头学校进行交流轮岗，挂职锻炼 [001]: cadres on secondment, teachers shadowing.
    static MoveMode ReturnMode(Person back, PlanGroup group) =>
        !group.Reciprocal ? MoveMode.Exchange : back.Role == PersonRole.Teacher ? MoveMode.Shadowing : MoveMode.Secondment;

    MoveMode OutboundMode(Person p, Post post, bool team)
    {
        if (post.Kind == Post.Itinerant)
        {
            return MoveMode.Itinerant;
        }

        if (post.Kind == Post.Management && team)
        {
            return MoveMode.Secondment;
        }

        var from = School(p.CurrentSchoolId);
        var to = School(post.SchoolId);
        return p.Role == PersonRole.Teacher && !_policy.RuralLocalities.Contains(from.Locality) && _policy.RuralLocalities.Contains(to.Locality)
            ? MoveMode.Support : MoveMode.Exchange;
    }

    PlannedMove Move(PlanCandidate c, Guid from, Guid to, PlanGroup group, MoveMode mode, Post post, IReadOnlyList<Words> reasons, Guid? inReturnFor)
    {
        var start = Eligibility.ReferenceDate(_r.SchoolYear);
        // An itinerant timetable is set a school year at a time; other moves last the county's term (RotationTerm) [000][001][003].
        var years = mode == MoveMode.Itinerant ? 1 : RotationTerm.For(c.Person, _policy).Years;
        return new PlannedMove(c.Person.Id, from, to, group.Id, mode, c.Person.Stage, post.Subject, start, start.AddYears(years).AddDays(-1),
            reasons.Where(r => r.Zh.Length > 0).ToList(), inReturnFor);
    }
}
