using Microsoft.Extensions.Configuration;

namespace EduPlatform.Gateway;

/// <summary>
/// The five services behind the gateway and where each one is. Addresses use the .NET service-discovery keys Aspire
/// sets for a project reference (<c>services:organization:http:0</c>, i.e. the environment variable
/// <c>services__organization__http__0</c>); the deploy/ manifests and the compose file set the same variables.
/// </summary>
public static class SuiteServices
{
    public static readonly string[] Names = ["organization", "staffing", "rotation", "zoning", "evaluation"];

    public static IReadOnlyDictionary<string, Uri> Addresses(IConfiguration configuration)
    {
        var addresses = new Dictionary<string, Uri>();
        var missing = new List<string>();
        foreach (var name in Names)
        {
            var value = configuration[$"services:{name}:https:0"] ?? configuration[$"services:{name}:http:0"];
            if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
            {
                missing.Add($"services__{name}__http__0");
                continue;
            }

            addresses[name] = uri;
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The gateway needs every service's address; set {string.Join(", ", missing)} (absolute URLs).");
        }

        return addresses;
    }
}
