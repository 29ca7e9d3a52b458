using EduPlatform.Messaging;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;

namespace EduPlatform.Gateway;

/// <summary>
/// One address for the distributed suite: YARP forwards <c>/api/{service}/…</c> to the five services, found by service
/// discovery; <c>/health</c> aggregates theirs, <c>/alive</c> is the gateway's own. The gateway does not authenticate:
/// each service checks the bearer token it is forwarded, so there is one place per service that decides who may do what.
/// In Development it also issues development tokens (<c>POST /dev/token</c>), signed with the key the services check.
/// </summary>
public static class GatewayModule
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.AddHostDefaults("gateway");
        SuiteServices.RequireAddresses(builder.Configuration);
        builder.Services.AddReverseProxy()
            .LoadFromMemory(ProxyRoutes.Routes(), ProxyRoutes.Clusters())
            .AddServiceDiscoveryDestinationResolver();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<MergedOpenApi>();
        // Signed with Auth:SigningKey if set (Aspire passes one), else the public development key, as the services check.
        builder.Services.AddSingleton(new DevelopmentTokens(AuthOptions.From(builder.Configuration)));

        // A readiness probe answers now or says the service is not ready: no retries behind it. (RemoveAllResilienceHandlers
        // is marked experimental; it is the package's way to take a client out of ConfigureHttpClientDefaults.)
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(5)).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        var health = builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        foreach (var name in SuiteServices.Names)
        {
            health.Add(new HealthCheckRegistration(name,
                sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), name, SuiteServices.Address(name)),
                HealthStatus.Unhealthy, ["ready"]));
        }

        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
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
        if (app.Environment.IsDevelopment())
        {
            app.MapDevelopmentTokens(app.Services.GetRequiredService<DevelopmentTokens>());
        }

        // The events' contract for non-.NET subscribers (docs/asyncapi.json is the same text).
        var asyncApi = AsyncApiDocument.Write();
        app.MapGet(AsyncApiDocument.Path, () => Results.Text(asyncApi, "application/json"));
        // One API document and one Swagger UI for the five services (each one's own stays at /openapi/{service}/v1.json).
        app.MapGet(MergedOpenApi.Path, (HttpContext context, MergedOpenApi openApi) => openApi.GetAsync(context));
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(MergedOpenApi.Path, "EduPlatform（全部服务）");
            foreach (var service in SuiteServices.Names)
            {
                o.SwaggerEndpoint($"/openapi/{service}/v1.json", service);
            }

            o.RoutePrefix = "swagger";
        });
        app.MapReverseProxy();
        return app;
    }
}
