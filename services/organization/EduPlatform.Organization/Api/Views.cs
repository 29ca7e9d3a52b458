using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Api;

public sealed record CountyView(string Code, string Name, string PolicyPreset, AlliancePolicyOverrides? PolicyOverrides, AlliancePolicy Policy, int Version)
{
    public static CountyView From(County c) => new(c.Code, c.Name, c.PolicyPreset, c.PolicyOverrides, c.Policy, c.Version);
}

/// <summary>
/// A school's figures for one term. The term reads as in the path that reports it ("2024-autumn"); the school year it
/// belongs to ("2025-spring" belongs to 2024) is given beside it.
/// </summary>
public sealed record TermView(Guid SchoolId, string Term, int SchoolYear, int Students, int Classes, IReadOnlyList<GradeCount> Grades, int Version)
{
    public static TermView From(TermStatistics t) => new(t.SchoolId, t.Term.ToString(), t.Term.SchoolYear, t.Students, t.Classes, t.Grades, t.Version);
}

public sealed record CampusView(
    Guid SchoolId, string? Code, string? Name, MembershipRole Role, Locality? Locality, string? Township, bool? IsLegalPerson,
    DateOnly JoinedOn, DateOnly? LeftOn, string? ExecutivePrincipal);

public sealed record AllianceView(
    Guid Id, string Name, AllianceKind Kind, AllianceCategory Category, Stage Stage, Guid CoreSchoolId, DateOnly FormedOn,
    DateOnly? DissolvedOn, string? Charter, DateOnly? AgreementFiledOn, PartyOrganization? PartyOrganization,
    string Sign, int Version, IReadOnlyList<CampusView> Campuses, IReadOnlyList<CampusView> FormerCampuses)
{
    /// <summary>Current campuses (as of today or the dissolution) and former ones, with school names from the register.</summary>
    public static AllianceView From(Alliance a, IReadOnlyDictionary<Guid, School> schools)
    {
        CampusView Campus(Membership m)
        {
            schools.TryGetValue(m.SchoolId, out var s);
            return new CampusView(m.SchoolId, s?.Code, s?.Name, m.Role, s?.Locality, s?.Township, s?.IsLegalPerson, m.JoinedOn, m.LeftOn, m.ExecutivePrincipal);
        }

        var current = a.DissolvedOn is null
            ? a.Memberships.Where(m => m.LeftOn is null).ToList()
            : a.Memberships.Where(m => m.LeftOn == a.DissolvedOn).ToList();
        var former = a.Memberships.Except(current).ToList();
        return new AllianceView(a.Id, a.Name, a.Kind, a.Category, a.Stage, a.CoreSchoolId, a.FormedOn, a.DissolvedOn, a.Charter,
            a.AgreementFiledOn, a.PartyOrganization, SignOf(a, current, schools), a.Version,
            current.OrderBy(m => m.Role).ThenBy(m => m.JoinedOn).Select(Campus).ToList(),
            former.OrderBy(m => m.JoinedOn).Select(Campus).ToList());
    }

    /// <summary>"核心学校名称+联合单位名称+教育联合体" [003].</summary>
    static string SignOf(Alliance a, IReadOnlyList<Membership> campuses, IReadOnlyDictionary<Guid, School> schools)
    {
        string NameOf(Guid id) => schools.TryGetValue(id, out var s) ? s.Name : id.ToString();
        var members = campuses.Where(m => m.Role == MembershipRole.Member).Select(m => NameOf(m.SchoolId));
        return string.Join("", members.Prepend(NameOf(a.CoreSchoolId))) + "教育联合体";
    }
}

/// <summary>A school's membership in an alliance, for "which alliance was this school in on a date?".</summary>
public sealed record SchoolMembershipView(Guid AllianceId, string AllianceName, AllianceKind Kind, DateOnly JoinedOn, DateOnly? LeftOn);
