using Microsoft.Extensions.Configuration;

namespace EduPlatform.AppHost;

/// <summary>
/// Every fixed port the suite will listen on, checked before DCP starts anything, so a port in use is named at once and
/// not found later as a resource that never becomes healthy: the dashboard's own addresses and each resource endpoint
/// with a fixed port (the gateway's, the services' launch-profile ports). Under the testing builder DCP randomises the
/// resources' ports, so only the dashboard's are checked there.
/// </summary>
public static class PortCheck
{
    /// <summary>The dashboard's addresses, as Aspire reads them (the launch profile sets them for <c>dotnet run</c>).</summary>
    static readonly string[] DashboardSettings =
    [
        "ASPNETCORE_URLS", "ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", "ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL",
        "ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL", "ASPIRE_DASHBOARD_MCP_ENDPOINT_URL",
    ];

    public static IReadOnlyList<string> PortsInUse(IConfiguration configuration, IEnumerable<IResource> resources, Func<int, bool> isFree)
    {
        var wanted = new List<(int Port, string What)>();
        foreach (var setting in DashboardSettings)
        {
            foreach (var address in (configuration[setting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Uri.TryCreate(address.Replace("://*", "://localhost").Replace("://+", "://localhost"), UriKind.Absolute, out var uri) && uri.Port > 0)
                {
                    wanted.Add((uri.Port, $"仪表板，{setting}"));
                }
            }
        }

        if (!configuration.GetValue<bool>("DcpPublisher:RandomizePorts"))
        {
            wanted.AddRange(resources.SelectMany(r => r.Annotations.OfType<EndpointAnnotation>()
                .Where(e => e.Port is not null)
                .Select(e => (e.Port!.Value, $"资源 {r.Name} 的 {e.Name} 端点"))));
        }

        return [.. wanted.DistinctBy(w => w.Port).Where(w => !isFree(w.Port)).Select(w =>
            $"端口 {w.Port} 已被占用（{w.What}）。请停止占用它的程序（ss -ltnp 'sport = :{w.Port}' 可查），或换一个端口"
            + (w.What.Contains("gateway", StringComparison.Ordinal) ? "（Gateway__Port）。" : "。"))];
    }
}
