namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>
/// Who sends to whom. In an alliance the core school sends and the members receive (town → countryside, quality →
/// weak, national 2014); the kinds the policy names send matching people back and carry the lead school's team [001].
/// Schools outside any alliance form one county group: urban schools send to town and rural schools.
/// </summary>
public static class PlanGroups
{
    public static IReadOnlyList<PlanGroup> From(IEnumerable<AllianceFacts> alliances, IReadOnlyDictionary<Guid, SchoolFacts> schools, RotationPolicy policy)
    {
        var groups = new List<PlanGroup>();
        var inAlliance = new HashSet<Guid>();
        foreach (var a in alliances.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            inAlliance.UnionWith(a.Campuses);
            inAlliance.Add(a.CoreSchoolId);
            var members = a.Campuses.Where(c => c != a.CoreSchoolId && schools.ContainsKey(c)).ToList();
            if (members.Count == 0 || !schools.ContainsKey(a.CoreSchoolId))
            {
                continue;
            }

            groups.Add(new PlanGroup(a.Id, a.Name, a.Kind, [a.CoreSchoolId], members, policy.ReciprocalKinds.Contains(a.Kind),
                policy.TeamKinds.Contains(a.Kind) ? policy.Team : null, policy.LeagueSends.GetValueOrDefault(a.Kind), policy.ItinerantKinds.Contains(a.Kind),
                policy.PairKinds.GetValueOrDefault(a.Kind)));
        }

        var outside = schools.Values.Where(s => !inAlliance.Contains(s.Id)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var senders = outside.Where(s => !policy.RuralLocalities.Contains(s.Locality)).Select(s => s.Id).ToList();
        var receivers = outside.Where(s => policy.RuralLocalities.Contains(s.Locality)).Select(s => s.Id).ToList();
        if (senders.Count > 0 && receivers.Count > 0)
        {
            groups.Add(new PlanGroup(PlanGroup.CountyGroupId, Texts.CountyGroup, "county", senders, receivers, false, null));
        }

        // Last, so a move a core school can make inside its own alliance is decoded as the alliance's.
        var cores = groups.Where(g => PlanGroup.IsAlliance(g.Id)).Select(g => g.Senders[0]).Distinct().ToList();
        var rural = schools.Values.Where(s => policy.RuralLocalities.Contains(s.Locality)).OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Id).ToList();
        if (policy.CrossAllianceMoves && cores.Count > 0 && rural.Count > 0)
        {
            groups.Add(new PlanGroup(PlanGroup.CrossAllianceGroupId, Texts.CrossAllianceGroup, "cross-alliance", cores, rural, false, null));
        }

        return groups;
    }

    /// <summary>Whether a school of <paramref name="schoolStage"/> has posts for a person of <paramref name="personStage"/> (a nine-year school has primary and junior).</summary>
    public static bool Teaches(string schoolStage, string personStage) =>
        schoolStage == personStage || (schoolStage == "nine-year" && personStage is "primary" or "junior");
}
