using System.Security.Claims;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.WebConsole;

/// <summary>
/// What the signed-in user may do, for showing or hiding the console's buttons. The services decide again on every
/// request (the console only spares a user buttons that would be refused); the role sets mirror each service's write
/// policies.
/// </summary>
public static class ConsoleUser
{
    /// <summary>The claim that carries the user's API token inside the console's own sign-in cookie.</summary>
    public const string AccessTokenClaim = "access_token";

    public static string? AccessToken(this ClaimsPrincipal user) => user.FindFirst(AccessTokenClaim)?.Value;

    public static bool Any(this ClaimsPrincipal user, params string[] roles) => roles.Any(user.IsInRole);

    public static bool WritesOrganization(this ClaimsPrincipal user) => user.Any(Roles.CountyAdmin, Roles.ProvinceAdmin);

    public static bool WritesStaffing(this ClaimsPrincipal user) => user.Any(Roles.StaffingOffice, Roles.CountyAdmin, Roles.ProvinceAdmin);

    public static bool WritesRotation(this ClaimsPrincipal user) => user.Any(Roles.CountyAdmin, Roles.HrBureau, Roles.ProvinceAdmin);

    public static bool ReviewsRotation(this ClaimsPrincipal user) => user.WritesRotation() || user.IsInRole(Roles.AllianceAdmin);

    public static bool WritesZoning(this ClaimsPrincipal user) => user.Any(Roles.CountyAdmin, Roles.ProvinceAdmin);

    public static bool WritesEvaluation(this ClaimsPrincipal user) => user.Any(Roles.CountyAdmin, Roles.ProvinceAdmin);

    /// <summary>The roles that see identity numbers unmasked (as rotation's API decides).</summary>
    public static bool SeesIdNumbers(this ClaimsPrincipal user) => user.Any(Roles.CountyAdmin, Roles.HrBureau, Roles.ProvinceAdmin);

    /// <summary>The user's roles in Chinese, for the header.</summary>
    public static string RoleNames(this ClaimsPrincipal user) =>
        string.Join("、", user.FindAll(ClaimNames.Role).Select(r => RoleName(r.Value)));

    public static string RoleName(string role) => role switch
    {
        Roles.ProvinceAdmin => "省级管理员",
        Roles.CountyAdmin => "县教育局管理员",
        Roles.AllianceAdmin => "教联体管理员",
        Roles.StaffingOffice => "编办",
        Roles.HrBureau => "人社局",
        Roles.Viewer => "只读用户",
        Roles.EventSubscriber => "事件订阅系统",
        _ => role,
    };

    /// <summary>The roles a person signs in as (the event subscriber is a system, not a person).</summary>
    public static readonly string[] PersonRoles =
        [Roles.CountyAdmin, Roles.StaffingOffice, Roles.HrBureau, Roles.AllianceAdmin, Roles.Viewer, Roles.ProvinceAdmin];
}
