using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EduPlatform.Gateway;

/// <summary>
/// One address for the distributed suite: YARP forwards <c>/api/{service}/…</c> to the five services; <c>/health</c>
/// aggregates theirs, <c>/alive</c> is the gateway's own. The gateway does not authenticate: each service checks the
/// bearer token it is forwarded, so there is one place per service that decides who may do what.
/// </summary>
public static class GatewayModule
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        Telemetry.AddTelemetry(builder, "gateway");
        var addresses = SuiteServices.Addresses(builder.Configuration);
        builder.Services.AddReverseProxy().LoadFromMemory(ProxyRoutes.Routes(), ProxyRoutes.Clusters(addresses));
        builder.Services.AddProblemDetails();

        builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        var health = builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        foreach (var (name, address) in addresses)
        {
            health.Add(new HealthCheckRegistration(name,
                sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), name, address),
                HealthStatus.Unhealthy, ["ready"]));
        }

        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouteTagging();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = c => !c.Tags.Contains("live"),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("live"),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        app.MapReverseProxy();
        return app;
    }
}
