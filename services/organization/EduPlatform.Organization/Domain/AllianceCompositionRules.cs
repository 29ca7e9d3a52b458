using EduPlatform.Kernel;

namespace EduPlatform.Organization.Domain;

/// <summary>What the rules need to know about a school.</summary>
public sealed record SchoolFacts(Guid Id, string Name, Stage Stage, Locality Locality);

/// <summary>A school's membership in another alliance, for the one-alliance-of-a-kind rule.</summary>
public sealed record OtherMembership(Guid SchoolId, Guid AllianceId, string AllianceName, AllianceKind Kind, DateOnly JoinedOn, DateOnly? LeftOn);

/// <summary>Alliance composition rules, numbers from the county's <see cref="AlliancePolicy"/>; every violation names its rule and source.</summary>
public static class AllianceCompositionRules
{
    public const string KindAllowed = "alliance.kind.allowed";
    public const string MembersMin = "alliance.members.min";
    public const string MembersMax = "alliance.members.max";
    public const string SchoolsMax = "alliance.schools.max";
    public const string SameStage = "alliance.stage.same";
    public const string KindStage = "alliance.kind.stage";
    public const string UrbanCore = "alliance.core.urban";
    public const string OnePerKind = "alliance.membership.one-per-kind";


    public static IReadOnlyList<RuleViolation> CheckFormation(AlliancePolicy policy, AllianceKind kind, SchoolFacts core,
        IReadOnlyList<SchoolFacts> members, DateOnly formedOn, IReadOnlyList<OtherMembership> others)
    {
        var rule = policy.RuleFor(kind);
        var violations = new List<RuleViolation>();
        CheckKindAllowed(policy, kind, violations);
        CheckCount(policy, rule, members.Count, violations);

        if (rule.RequireUrbanCore && core.Locality != Locality.Urban)
        {
            violations.Add(new RuleViolation(UrbanCore,
                Texts.CoreNotUrban(core.Name, core.Locality),
                rule.Source));
        }

        foreach (var school in members.Prepend(core))
        {
            CheckKindStage(rule, kind, school, violations);
        }

        foreach (var member in members)
        {
            CheckSameStage(policy, core.Stage, member, violations);
        }

        CheckOnePerKind(policy, kind, members.Prepend(core), formedOn, others, violations);
        return violations;
    }

    public static IReadOnlyList<RuleViolation> CheckJoin(AlliancePolicy policy, Alliance alliance, SchoolFacts school,
        DateOnly joinOn, IReadOnlyList<OtherMembership> others)
    {
        var rule = policy.RuleFor(alliance.Kind);
        var violations = new List<RuleViolation>();
        var membersAfter = alliance.MembersFrom(joinOn).Count + 1;
        if (rule.MaxMembers is { } max && membersAfter > max)
        {
            violations.Add(new RuleViolation(MembersMax, Texts.WouldHaveMembers(alliance.Name, membersAfter, max), rule.Source));
        }

        if (rule.MaxSchools is { } maxSchools && membersAfter + 1 > maxSchools)
        {
            violations.Add(new RuleViolation(SchoolsMax, Texts.WouldHaveSchools(alliance.Name, membersAfter + 1, maxSchools), rule.Source));
        }

        CheckKindStage(rule, alliance.Kind, school, violations);
        CheckSameStage(policy, alliance.Stage, school, violations);
        CheckOnePerKind(policy, alliance.Kind, [school], joinOn, others, violations);
        return violations;
    }

    public static IReadOnlyList<RuleViolation> CheckLeave(AlliancePolicy policy, Alliance alliance, DateOnly leaveOn)
    {
        var rule = policy.RuleFor(alliance.Kind);
        var membersAfter = alliance.MembersFrom(leaveOn).Count - 1;
        return rule.MinMembers is { } min && membersAfter < min
            ? [new RuleViolation(MembersMin, Texts.WouldKeepMembers(alliance.Name, membersAfter, min), rule.Source)]
            : [];
    }

    /// <summary>Same stage, except that a nine-year school may pair with a primary or junior alliance where the policy allows it.</summary>
    public static bool StagesCompatible(AlliancePolicy policy, Stage allianceStage, Stage schoolStage) =>
        !policy.RequireSameStage
        || allianceStage == schoolStage
        || (policy.AllowNineYearInPrimaryOrJunior
            && ((schoolStage == Stage.NineYear && allianceStage is Stage.Primary or Stage.Junior)
                || (allianceStage == Stage.NineYear && schoolStage is Stage.Primary or Stage.Junior)));

    static void CheckKindAllowed(AlliancePolicy policy, AllianceKind kind, List<RuleViolation> violations)
    {
        if (!policy.AllowedKinds.Contains(kind))
        {
            violations.Add(new RuleViolation(KindAllowed,
                Texts.KindNotUsed(policy.Preset, kind, policy.AllowedKinds),
                policy.DefaultRule.Source));
        }
    }

    static void CheckCount(AlliancePolicy policy, KindRule rule, int members, List<RuleViolation> violations)
    {
        if (rule.MinMembers is { } min && members < min)
        {
            violations.Add(new RuleViolation(MembersMin, Texts.TooFewMembers(members, min), rule.Source));
        }

        if (rule.MaxMembers is { } max && members > max)
        {
            violations.Add(new RuleViolation(MembersMax, Texts.TooManyMembers(members, max), rule.Source));
        }

        if (rule.MaxSchools is { } maxSchools && members + 1 > maxSchools)
        {
            violations.Add(new RuleViolation(SchoolsMax, Texts.TooManySchools(members + 1, maxSchools), rule.Source));
        }
    }

    static void CheckKindStage(KindRule rule, AllianceKind kind, SchoolFacts school, List<RuleViolation> violations)
    {
        if (rule.Stages is { } stages && !stages.Contains(school.Stage))
        {
            violations.Add(new RuleViolation(KindStage,
                Texts.KindStage(school.Name, school.Stage, kind, stages), rule.Source));
        }
    }

    static void CheckSameStage(AlliancePolicy policy, Stage allianceStage, SchoolFacts member, List<RuleViolation> violations)
    {
        if (!StagesCompatible(policy, allianceStage, member.Stage))
        {
            violations.Add(new RuleViolation(SameStage,
                Texts.StageMismatch(member.Name, member.Stage, allianceStage), Texts.StageSource));
        }
    }

    static void CheckOnePerKind(AlliancePolicy policy, AllianceKind kind, IEnumerable<SchoolFacts> schools, DateOnly from,
        IReadOnlyList<OtherMembership> others, List<RuleViolation> violations)
    {
        if (!policy.OneAllianceOfKindAtATime)
        {
            return;
        }

        foreach (var school in schools)
        {
            var clash = others.FirstOrDefault(o => o.SchoolId == school.Id && o.Kind == kind && (o.LeftOn is null || o.LeftOn > from));
            if (clash is not null)
            {
                violations.Add(new RuleViolation(OnePerKind,
                    Texts.InAnotherOfKind(school.Name, clash.AllianceName, kind, clash.JoinedOn, clash.LeftOn),
                    Texts.OnePerKindSource));
            }
        }
    }
}
