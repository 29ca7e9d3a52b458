using System.Reflection;
using EduPlatform.Gateway;
using EduPlatform.Messaging;
using EduPlatform.ServiceDefaults;
using EduPlatform.Zoning.Application;

namespace EduPlatform.ArchitectureTests;

/// <summary>
/// The configuration keys the suite's hosts read, so deployment files can be checked against them. A guard test scans
/// the source for every key read, so this list cannot fall behind the code.
/// </summary>
static class SuiteConfiguration
{
    public static readonly string[] Services = ["organization", "staffing", "rotation", "zoning", "evaluation"];
    public static readonly string[] Hosts = [.. Services, "gateway"];

    /// <summary>Options sections bound to classes: any public settable property is a key.</summary>
    public static readonly Dictionary<string, (Type Options, string[] Hosts)> Sections = new()
    {
        ["Messaging"] = (typeof(MessagingOptions), Services),
        ["Messaging:Outbox"] = (typeof(OutboxRelayOptions), Services),
        // The gateway reads Auth only to sign development tokens in Development.
        ["Auth"] = (typeof(AuthOptions), Hosts),
        ["Zoning:Lookup"] = (typeof(LookupOptions), ["zoning"]),
        // The web console, which the gateway serves.
        ["Console:Oidc"] = (typeof(EduPlatform.WebConsole.ConsoleOidcOptions), ["gateway"]),
    };

    /// <summary>Single keys read by name.</summary>
    public static readonly Dictionary<string, string[]> Keys = new()
    {
        ["Data:Folder"] = Services,
        ["Database:Engine"] = Services,
        ["ConnectionStrings:messaging"] = Services,
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Hosts,
        ["OTEL_SERVICE_NAME"] = Hosts,
        // Read by the OpenTelemetry SDK's exporter, metric reader and resource detector, not by our code.
        ["OTEL_METRIC_EXPORT_INTERVAL"] = Hosts,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = Hosts,
        ["OTEL_EXPORTER_OTLP_HEADERS"] = Hosts,
        ["OTEL_RESOURCE_ATTRIBUTES"] = Hosts,
        ["Console:ApiAddress"] = ["gateway"],
        ["Console:SchoolYear"] = ["gateway"],
        ["Console:DataProtection:KeysPath"] = ["gateway"],
        // Read by ASP.NET Core.
        ["ASPNETCORE_ENVIRONMENT"] = Hosts,
        ["ASPNETCORE_HTTP_PORTS"] = Hosts,
        ["ASPNETCORE_URLS"] = Hosts,
    };

    /// <summary>Whether <paramref name="host"/> reads the environment variable <paramref name="name"/> (<c>__</c> for <c>:</c>).</summary>
    public static bool Reads(string host, string name)
    {
        var key = name.Replace("__", ":");
        if (key == $"ConnectionStrings:{host}db")
        {
            return Services.Contains(host);
        }

        if (host == "gateway" && SuiteServices.Names.Any(s => key == $"services:{s}:http:0"))
        {
            return true;
        }

        if (Keys.TryGetValue(key, out var hosts))
        {
            return hosts.Contains(host);
        }

        var split = key.LastIndexOf(':');
        return split > 0
            && Sections.TryGetValue(key[..split], out var section)
            && section.Hosts.Contains(host)
            && section.Options.GetProperty(key[(split + 1)..], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanWrite: true };
    }

    public static bool ReadByAnyHost(string name) => Hosts.Any(h => Reads(h, name));
}
