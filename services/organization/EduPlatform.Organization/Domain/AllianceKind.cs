namespace EduPlatform.Organization.Domain;

/// <summary>The forms an alliance takes (domain.md §1). Wire form is kebab-case ("close-knit-group").</summary>
public enum AllianceKind
{
    /// <summary>融合型: one legal person; members lose theirs [000][002][003].</summary>
    Fused,
    /// <summary>委托管理 [002].</summary>
    EntrustedManagement,
    /// <summary>集团化办学 [002].</summary>
    EducationGroup,
    /// <summary>名校办分校 [002].</summary>
    FamousSchoolBranch,
    /// <summary>联盟校 [002].</summary>
    League,
    /// <summary>Wolong 紧密型教育集团 [001].</summary>
    CloseKnitGroup,
    /// <summary>Wolong 城乡"手拉手"对口帮扶教育联盟 [001].</summary>
    HandInHandLeague,
    /// <summary>Wolong 乡镇中心小学一体化教育联盟 [001].</summary>
    TownshipLeague,
    /// <summary>Wolong 学前教育领航共建 [001].</summary>
    KindergartenPilot,
    /// <summary>Wolong 普通高中"1+1"优化帮扶 [001].</summary>
    SeniorHighPairing,
}

/// <summary>融合型 (one legal person) or 共建型 (members keep legal person, funds and affiliation) [002][001].</summary>
public enum AllianceCategory { Fused, CoBuilt }

public static class AllianceKinds
{
    public static AllianceCategory CategoryOf(AllianceKind kind) =>
        kind == AllianceKind.Fused ? AllianceCategory.Fused : AllianceCategory.CoBuilt;

    /// <summary>Chinese name, for the sign and the exports.</summary>
    public static string ChineseName(AllianceKind kind) => kind switch
    {
        AllianceKind.Fused => "融合型教联体",
        AllianceKind.EntrustedManagement => "委托管理",
        AllianceKind.EducationGroup => "教育集团",
        AllianceKind.FamousSchoolBranch => "名校办分校",
        AllianceKind.League => "联盟校",
        AllianceKind.CloseKnitGroup => "紧密型教育集团",
        AllianceKind.HandInHandLeague => "城乡手拉手对口帮扶教育联盟",
        AllianceKind.TownshipLeague => "乡镇中心小学一体化教育联盟",
        AllianceKind.KindergartenPilot => "学前教育领航共建",
        AllianceKind.SeniorHighPairing => "普通高中1+1优化帮扶",
        _ => kind.ToString(),
    };
}

/// <summary>党委 / 党总支 / 党支部, set by party-member count [000][003]; recorded, not computed.</summary>
public enum PartyOrganization { Committee, GeneralBranch, Branch }

public enum MembershipRole { Core, Member }
