using Yarp.ReverseProxy.Configuration;

namespace EduPlatform.Gateway;

/// <summary>
/// One route per service: <c>/api/{service}/…</c> goes to that service unchanged (each service's routes already start
/// with its name), and <c>/openapi/{service}/v1.json</c> to its OpenAPI document.
/// </summary>
public static class ProxyRoutes
{
    public static IReadOnlyList<RouteConfig> Routes() =>
    [
        .. SuiteServices.Names.Select(name => new RouteConfig
        {
            RouteId = $"{name}-api",
            ClusterId = name,
            Match = new RouteMatch { Path = $"/api/{name}/{{**rest}}" },
        }),
        .. SuiteServices.Names.Select(name => new RouteConfig
        {
            RouteId = $"{name}-openapi",
            ClusterId = name,
            Match = new RouteMatch { Path = $"/openapi/{name}/v1.json" },
            Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
        }),
    ];

    /// <summary>One cluster per service at its logical address, which service discovery resolves.</summary>
    public static IReadOnlyList<ClusterConfig> Clusters() =>
    [
        .. SuiteServices.Names.Select(name => new ClusterConfig
        {
            ClusterId = name,
            Destinations = new Dictionary<string, DestinationConfig> { [name] = new() { Address = SuiteServices.Address(name).ToString() } },
        }),
    ];
}
