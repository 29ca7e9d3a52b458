using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>
/// The close-knit group's mandated team [001]: the lead school sends each member a management team of 3 or more and
/// backbone subject teachers (junior 6 or more; primary 2 or more per grade band, Chinese, maths and English among
/// them), and where the kind is reciprocal each member sends the same number of matching people back. One flow per
/// requirement (the required subjects before the bands, so a Chinese teacher of the lower grades counts for both),
/// each member's shortfall reported with what was available.
/// </summary>
sealed class TeamPlanner(PlanRun run, PlanGroup group)
{
    Guid Core => group.Senders[0];

    public void Run()
    {
        if (group.Pair is { } pair)
        {
            RunPair(pair);
        }

        if (group.Team is { } rules)
        {
            RunTeam(rules);
        }
    }

    /// <summary>A senior-high pair: every academic subject's teacher with senior-three experience, each way [001].</summary>
    void RunPair(PairRules pair)
    {
        var members = group.Receivers.Where(m => PlanGroups.Teaches(run.School(m).Stage, "senior-high")).ToList();
        foreach (var subject in pair.Subjects)
        {
            // 互派的教师要有高三年级教学经验: those sent back too.
            Require(PlanTargets.PairSubject(subject), Texts.Pair(Texts.PairTeacherOf(subject), group.Name), members, pair.PerSubject,
                p => PairRules.Qualifies(p, subject),
                (p, member) => [new Post(member, Post.Teaching, "senior-high", subject)],
                returns: p => PairRules.Qualifies(p, subject));
        }
    }

    void RunTeam(TeamRules rules)
    {
        var members = group.Receivers;
        var coreStage = run.School(Core).Stage;
        // 管理团队不少于3人(副校长、中层管理人员和骨干教师) [001]: backbone teachers may complete it (and take a middle
        // manager's post, 骨干教师原则上聘任为成员学校中层干部), after the cadres, so the subject teams keep theirs where they can.
        Require(PlanTargets.Management, Team(Texts.ManagementTeam), members, rules.ManagementTeamMin,
            p => p.Role is PersonRole.VicePrincipal or PersonRole.MiddleManager || (p.Role == PersonRole.Teacher && p.IsBackbone),
            (p, member) => [new Post(member, Post.Management, "", null)],
            p => p.Role == PersonRole.Teacher ? 2 * RotationPlanner.DueWeight : 0);

        var primaryMembers = PlanGroups.Teaches(coreStage, "primary") ? members.Where(m => PlanGroups.Teaches(run.School(m).Stage, "primary")).ToList() : [];
        foreach (var subject in rules.PrimaryRequiredSubjects)
        {
            Require(PlanTargets.PrimarySubject(subject), Team(Texts.PrimaryBackboneOf(subject)), primaryMembers, 1,
                p => IsBackboneTeacher(p, "primary") && p.Subjects.Contains(subject),
                (p, member) => [new Post(member, Post.Teaching, "primary", subject, p.GradeBand)]);
        }

        // The required-subject teachers already sent count for their own band (the count reads every move so far).
        foreach (var band in Enum.GetValues<GradeBand>())
        {
            Require(PlanTargets.PrimaryBand(band), Team(Texts.PrimaryBackboneBand(band)), primaryMembers, rules.PrimaryBackbonePerBandMin,
                p => IsBackboneTeacher(p, "primary") && p.GradeBand == band,
                (p, member) => p.Subjects.Distinct().Select(s => new Post(member, Post.Teaching, "primary", s, band)));
        }

        var juniorMembers = PlanGroups.Teaches(coreStage, "junior") ? members.Where(m => PlanGroups.Teaches(run.School(m).Stage, "junior")).ToList() : [];
        Require(PlanTargets.Junior, Team(Texts.JuniorBackbone), juniorMembers, rules.JuniorBackboneMin,
            p => IsBackboneTeacher(p, "junior"),
            (p, member) => p.Subjects.Distinct().Select(s => new Post(member, Post.Teaching, "junior", s)));
    }

    static bool IsBackboneTeacher(Person p, string stage) => p.Role == PersonRole.Teacher && p.IsBackbone && p.Stage == stage;

    /// <summary>What the plan already sends a member for a requirement: the team's moves so far and any the bureau pinned.</summary>
    int Planned(Guid member, string key) => PlanTargets.TeamCount(group, member, key, run.Moves, run.PersonOf);

    /// <summary>The reason a move of the lead school's team gives.</summary>
    Words Team(Words what) => Texts.Team(what, group.Name);

    /// <summary>
    /// One requirement for every member: a flow whose team arcs (cap = what is still missing) outweigh everything else.
    /// Reports why a member stays short (the final figures are <see cref="PlanTargets.Recount"/>'s).
    /// </summary>
    /// <param name="why">The reason each of the requirement's moves gives.</param>
    /// <param name="returns">Who may be sent back in return, besides matching the post (anyone who matches when left out).</param>
    void Require(string key, Words why, IReadOnlyList<Guid> members, int perMember, Func<Person, bool> sends,
        Func<Person, Guid, IEnumerable<Post>> posts, Func<Person, long>? extraCost = null, Func<Person, bool>? returns = null)
    {
        if (members.Count == 0 || perMember <= 0)
        {
            return;
        }

        var senders = run.Free(Core).Where(c => sends(c.Person)).ToList();
        var available = senders.Count;
        var returnable = new Dictionary<Guid, int>();
        var net = new PlanNetwork();
        var returners = new Dictionary<Guid, int>();
        foreach (var member in members)
        {
            var team = net.Node(("team", member));
            net.Arc(team, PlanNetwork.Sink, Math.Max(0, perMember - Planned(member, key)), -RotationPlanner.TeamWeight);
        }

        foreach (var c in senders)
        {
            var node = net.Node(("send", c.Person.Id));
            net.Arc(PlanNetwork.Source, node, 1, 0);
            foreach (var member in members)
            {
                foreach (var post in posts(c.Person, member))
                {
                    if (!net.Has(post))
                    {
                        Receive(net, post, member, returners, returnable, returns ?? (_ => true));
                    }

                    net.Send(node, c, post, run.SendCost(c, member) + (extraCost?.Invoke(c.Person) ?? 0));
                }
            }
        }

        net.Solve();
        foreach (var move in run.DecodeTeam(net.Moves(), group, why))
        {
            run.Fix(move);
        }

        foreach (var member in members)
        {
            var planned = Planned(member, key);
            var offer = Texts.TeamOffer(available, run.School(Core).Name, members.Count, perMember);
            Words? reason = planned >= perMember ? null
                : group.Reciprocal ? Texts.TeamOfferWithReturns(offer, returnable.GetValueOrDefault(member), run.School(member).Name) : offer;
            run.Report(new TargetResult(key, Words.Same(run.School(member).Name), perMember, planned, "", reason));
        }
    }

    void Receive(PlanNetwork net, Post post, Guid member, Dictionary<Guid, int> returners, Dictionary<Guid, int> returnable, Func<Person, bool> returns)
    {
        var team = net.Node(("team", member));
        net.Node(post);
        if (!group.Reciprocal)
        {
            net.Need(post, team, int.MaxValue);
            return;
        }

        foreach (var back in run.Free(member).Where(b => PlanRun.Matches(b.Person, post) && returns(b.Person)))
        {
            if (!returners.TryGetValue(back.Person.Id, out var node))
            {
                node = net.Node(("back", back.Person.Id));
                returners[back.Person.Id] = node;
                returnable[member] = returnable.GetValueOrDefault(member) + 1;
                net.Arc(node, team, 1, run.ReturnCost(back, Core));
            }

            net.Return(post, back, node);
        }
    }
}
