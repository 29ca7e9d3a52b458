using System.Globalization;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Application;

/// <summary>The words county spreadsheets use for each value, in Chinese and English.</summary>
public static class ImportValues
{
    static readonly Dictionary<string, Stage> Stages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["幼儿园"] = Stage.Kindergarten, ["kindergarten"] = Stage.Kindergarten,
        ["小学"] = Stage.Primary, ["primary"] = Stage.Primary,
        ["初中"] = Stage.Junior, ["初级中学"] = Stage.Junior, ["junior"] = Stage.Junior,
        ["九年一贯制"] = Stage.NineYear, ["九年一贯制学校"] = Stage.NineYear, ["nine-year"] = Stage.NineYear,
        ["高中"] = Stage.SeniorHigh, ["普通高中"] = Stage.SeniorHigh, ["senior-high"] = Stage.SeniorHigh,
    };

    static readonly Dictionary<string, Locality> Localities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["城区"] = Locality.Urban, ["urban"] = Locality.Urban,
        ["镇区"] = Locality.Town, ["town"] = Locality.Town,
        ["乡村"] = Locality.Rural, ["农村"] = Locality.Rural, ["rural"] = Locality.Rural,
    };

    static readonly Dictionary<string, SchoolType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = SchoolType.Regular, ["普通"] = SchoolType.Regular, ["完全学校"] = SchoolType.Regular, ["regular"] = SchoolType.Regular,
        ["村小"] = SchoolType.VillageSchool, ["village-school"] = SchoolType.VillageSchool,
        ["教学点"] = SchoolType.TeachingPoint, ["teaching-point"] = SchoolType.TeachingPoint,
        ["特殊教育"] = SchoolType.SpecialEducation, ["特教"] = SchoolType.SpecialEducation, ["special-education"] = SchoolType.SpecialEducation,
        ["职业"] = SchoolType.Vocational, ["职业学校"] = SchoolType.Vocational, ["vocational"] = SchoolType.Vocational,
    };

    static readonly Dictionary<string, KindergartenDay> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["全日制"] = KindergartenDay.FullDay, ["full-day"] = KindergartenDay.FullDay,
        ["半日制"] = KindergartenDay.HalfDay, ["half-day"] = KindergartenDay.HalfDay,
    };

    static readonly Dictionary<string, AllianceKind> Kinds = BuildKinds();

    static readonly Dictionary<string, PartyOrganization> Party = new(StringComparer.OrdinalIgnoreCase)
    {
        ["党委"] = PartyOrganization.Committee, ["committee"] = PartyOrganization.Committee,
        ["党总支"] = PartyOrganization.GeneralBranch, ["general-branch"] = PartyOrganization.GeneralBranch,
        ["党支部"] = PartyOrganization.Branch, ["branch"] = PartyOrganization.Branch,
    };

    public static bool TryStage(string text, out Stage v) => Stages.TryGetValue(text, out v);
    public static bool TryLocality(string text, out Locality v) => Localities.TryGetValue(text, out v);
    public static bool TryType(string text, out SchoolType v) => Types.TryGetValue(text, out v);
    public static bool TryKindergartenDay(string text, out KindergartenDay v) => Days.TryGetValue(text, out v);
    public static bool TryKind(string text, out AllianceKind v) => Kinds.TryGetValue(text, out v);
    public static bool TryParty(string text, out PartyOrganization v) => Party.TryGetValue(text, out v);

    /// <summary>是/否, 公办/民办, yes/no, true/false, 1/0.</summary>
    public static bool TryYesNo(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "是" or "公办" or "yes" or "true" or "1" or "y":
                value = true;
                return true;
            case "否" or "民办" or "no" or "false" or "0" or "n":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryCount(string text, out int value) => Spreadsheets.CellText.TryWholeNumber(text, out value);

    static Dictionary<string, AllianceKind> BuildKinds()
    {
        var kinds = new Dictionary<string, AllianceKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in Enum.GetValues<AllianceKind>())
        {
            kinds[WireText.Of(kind)] = kind;
            kinds[AllianceKinds.ChineseName(kind)] = kind;
        }

        kinds["融合型"] = AllianceKind.Fused;
        kinds["集团化"] = AllianceKind.EducationGroup;
        kinds["联盟"] = AllianceKind.League;
        return kinds;
    }
}
