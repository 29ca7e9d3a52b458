using System.Security.Claims;

namespace EduPlatform.ServiceDefaults;

/// <summary>County scoping: a province admin sees every county; anyone else only the counties in their "county" claims.</summary>
public static class CountyAccess
{
    public static bool CanAccessCounty(this ClaimsPrincipal user, string countyCode) =>
        user.IsInRole(Roles.ProvinceAdmin)
        || user.FindAll(ClaimNames.County).Any(c => string.Equals(c.Value, countyCode, StringComparison.Ordinal));

    public static IReadOnlyList<string> Counties(this ClaimsPrincipal user) =>
        user.FindAll(ClaimNames.County).Select(c => c.Value).Distinct().ToList();

    /// <summary>Who did it, for the audit log: the token's subject, else its name.</summary>
    public static string ActorName(this ClaimsPrincipal user) =>
        user.FindFirst(ClaimNames.Subject)?.Value ?? user.FindFirst(ClaimNames.Name)?.Value ?? user.Identity?.Name ?? "anonymous";

    public static bool IsCountyCode(string? value) => value is { Length: 6 } && value.All(char.IsAsciiDigit);
}
