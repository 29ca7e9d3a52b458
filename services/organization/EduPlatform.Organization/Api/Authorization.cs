using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;

namespace EduPlatform.Organization.Api;

/// <summary>Who may change what in the organization service (architecture.md, Security).</summary>
public static class OrganizationPolicies
{
    /// <summary>Counties, schools, term statistics and alliances: the bureau (or the province).</summary>
    public const string Write = "organization.write";

    /// <summary>A campus's executive principal: the bureau or the alliance's office.</summary>
    public const string CampusWrite = "organization.campus-write";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Write, p => p.RequireRole(Roles.CountyAdmin, Roles.ProvinceAdmin));
        options.AddPolicy(CampusWrite, p => p.RequireRole(Roles.CountyAdmin, Roles.ProvinceAdmin, Roles.AllianceAdmin));
    }
}
