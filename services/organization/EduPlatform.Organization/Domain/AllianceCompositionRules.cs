using EduPlatform.Kernel;

namespace EduPlatform.Organization.Domain;

/// <summary>What the rules need to know about a school; weak and new are the bureau's designations (<see cref="School.IsWeak"/>).</summary>
public sealed record SchoolFacts(Guid Id, string Name, Stage Stage, Locality Locality, string Township = "",
    bool IsPublic = true, bool IsWeak = false, bool IsNew = false)
{
    public static SchoolFacts Of(School s) => new(s.Id, s.Name, s.Stage, s.Locality, s.Township, s.IsPublic, s.IsWeak, s.IsNew);
}

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
    public const string MemberStanding = "alliance.member.standing";
    public const string CoreQuality = "alliance.core.quality";
    public const string FusedPublic = "alliance.fused.public";
    public const string PerTownship = "alliance.township.max";
    public const string SameTownship = "alliance.township.same";

    /// <param name="kindInCoreTownship">Alliances of this kind already led from the core's township on <paramref name="formedOn"/>.</param>
    public static IReadOnlyList<RuleViolation> CheckFormation(AlliancePolicy policy, AllianceKind kind, SchoolFacts core,
        IReadOnlyList<SchoolFacts> members, DateOnly formedOn, IReadOnlyList<OtherMembership> others, int kindInCoreTownship = 0)
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

        if (core.IsWeak || core.IsNew)
        {
            violations.Add(new RuleViolation(CoreQuality, Texts.CoreNotQuality(core.Name, core.IsWeak), Texts.CoreQualitySource));
        }

        if (rule.MaxPerTownship is { } perTownship && kindInCoreTownship + 1 > perTownship)
        {
            violations.Add(new RuleViolation(PerTownship,
                Texts.TooManyInTownship(core.Township, kind, kindInCoreTownship + 1, perTownship), rule.Source));
        }

        foreach (var school in members.Prepend(core))
        {
            CheckKindStage(rule, kind, school, violations);
            CheckPublic(policy, kind, school, violations);
        }

        foreach (var member in members)
        {
            CheckSameStage(policy, core.Stage, member, violations);
            CheckStanding(rule, member, violations);
            if (rule.MembersInCoreTownship && member.Township != core.Township)
            {
                violations.Add(new RuleViolation(SameTownship, Texts.OutsideCoreTownship(member.Name, member.Township, core.Township), rule.Source));
            }
        }

        CheckOnePerKind(policy, kind, members.Prepend(core), formedOn, others, violations);
        return violations;
    }

    /// <param name="coreTownship">The core school's township (for kinds whose members share it).</param>
    public static IReadOnlyList<RuleViolation> CheckJoin(AlliancePolicy policy, Alliance alliance, SchoolFacts school,
        DateOnly joinOn, IReadOnlyList<OtherMembership> others, string? coreTownship = null)
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
        CheckPublic(policy, alliance.Kind, school, violations);
        CheckSameStage(policy, alliance.Stage, school, violations);
        CheckStanding(rule, school, violations);
        if (rule.MembersInCoreTownship && coreTownship is not null && school.Township != coreTownship)
        {
            violations.Add(new RuleViolation(SameTownship, Texts.OutsideCoreTownship(school.Name, school.Township, coreTownship), rule.Source));
        }

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

    /// <summary>A member is a rural (or town) school, or one the bureau designated weak or new [000][002][003].</summary>
    public static bool QualifiesAsMember(KindRule rule, SchoolFacts school) =>
        rule.MemberLocalities is not { } localities || localities.Contains(school.Locality) || school.IsWeak || school.IsNew;

    static void CheckStanding(KindRule rule, SchoolFacts member, List<RuleViolation> violations)
    {
        if (!QualifiesAsMember(rule, member))
        {
            violations.Add(new RuleViolation(MemberStanding,
                Texts.MemberNotRuralWeakOrNew(member.Name, member.Locality, rule.MemberLocalities!), rule.MemberSource ?? rule.Source));
        }
    }

    static void CheckPublic(AlliancePolicy policy, AllianceKind kind, SchoolFacts school, List<RuleViolation> violations)
    {
        if (policy.FusedPublicOnly && AllianceKinds.CategoryOf(kind) == AllianceCategory.Fused && !school.IsPublic)
        {
            violations.Add(new RuleViolation(FusedPublic, Texts.PrivateInFused(school.Name), Texts.FusedPublicSource));
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
