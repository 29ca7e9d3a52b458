using Microsoft.Extensions.Configuration;

namespace EduPlatform.Gateway;

/// <summary>
/// The five services behind the gateway. Their addresses come from .NET service discovery, under the keys Aspire sets
/// for a project reference (<c>services:organization:http:0</c>, i.e. the environment variable
/// <c>services__organization__http__0</c>); the deploy/ manifests and the compose file set the same variables.
/// </summary>
public static class SuiteServices
{
    public static readonly string[] Names = ["organization", "staffing", "rotation", "zoning", "evaluation"];

    /// <summary>The logical address service discovery resolves: https where one is configured, else http.</summary>
    public static Uri Address(string name) => new($"https+http://{name}");

    /// <summary>Fails at start, naming every missing setting, rather than at the first forwarded request.</summary>
    public static void RequireAddresses(IConfiguration configuration)
    {
        var missing = Names
            .Where(name => !IsAbsoluteUrl(configuration[$"services:{name}:https:0"]) && !IsAbsoluteUrl(configuration[$"services:{name}:http:0"]))
            .Select(name => $"services__{name}__http__0")
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The gateway needs every service's address; set {string.Join(", ", missing)} (absolute URLs).");
        }
    }

    static bool IsAbsoluteUrl(string? value) => Uri.TryCreate(value, UriKind.Absolute, out _);
}
