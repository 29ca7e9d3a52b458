using EduPlatform.Messaging;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Zoning.Api;
using EduPlatform.Zoning.Application;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.Zoning;

/// <summary>The zoning service as a module: residential units, seat supply and catchment zones (domain.md §4).</summary>
public sealed class ZoningModule : IServiceModule
{
    public static string ServiceName => "zoning";

    public static void Add(IHostApplicationBuilder builder) => builder.AddZoning();

    public static void Map(IEndpointRouteBuilder app) => app.MapZoning();
}

public static class ZoningHostingExtensions
{
    public static IHostApplicationBuilder AddZoning(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(ZoningModule.ServiceName, settings => new ZoningDatabase(settings));
        builder.AddOutboxRelay<ZoningDatabase>();
        builder.AddOrganizationCopy<ZoningDatabase>(ZoningModule.ServiceName);
        builder.Services.AddSingleton(sp => new CountySettingsStore<ZoningSettings>(sp.GetRequiredService<ZoningDatabase>(), ZoningData.SettingsTable));
        builder.Services.AddSingleton<UnitImport>();
        builder.Services.AddSingleton<SeatService>();
        builder.Services.AddSingleton<ZonePlanService>();
        builder.Services.AddSingleton<PublishedZones>();
        builder.Services.AddSingleton<ZonePlanExports>();
        builder.Services.AddSingleton<ReviewService>();
        builder.Services.Configure<LookupOptions>(builder.Configuration.GetSection("Zoning:Lookup"));
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy(PublicLookupEndpoints.RateLimitPolicy, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IOptions<LookupOptions>>().Value.PermitsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<AuthorizationOptions>(ZoningPolicies.Add);
        return builder;
    }

    public static IEndpointRouteBuilder MapZoning(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi<ZoningDatabase>("zoning").WithTags("Zoning");
        api.MapImportTemplates("", "zoning", UnitImport.Sheet);
        var county = api.MapCountyGroup("");
        county.MapImportJournal("zoning");
        ZoningEndpoints.Map(county);
        PublicLookupEndpoints.Map(app);
        return app;
    }
}
