using System.Security.Claims;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// An alliance office (alliance-admin) acts for the alliances named in its "alliance" claims and nothing else of the
/// county; a user who also holds a county-wide role the route grants acts for the whole county through that role.
/// </summary>
public static class AllianceScope
{
    /// <summary>The alliances this user may act for when <see cref="IsAllianceOffice"/>; empty for anyone else.</summary>
    public static IReadOnlySet<Guid> Alliances(this ClaimsPrincipal user) =>
        user.FindAll(ClaimNames.Alliance).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).ToHashSet();

    /// <summary>True when the user reached the route only as an alliance office: none of the route's county-wide roles.</summary>
    public static bool IsAllianceOffice(this ClaimsPrincipal user, params string[] countyWideRoles) =>
        user.IsInRole(Roles.AllianceAdmin) && !countyWideRoles.Any(user.IsInRole);

    /// <summary>Whether the user may act for this alliance: county-wide, or as that alliance's office.</summary>
    public static bool MayActForAlliance(this ClaimsPrincipal user, Guid allianceId, params string[] countyWideRoles) =>
        !user.IsAllianceOffice(countyWideRoles) || user.Alliances().Contains(allianceId);
}
