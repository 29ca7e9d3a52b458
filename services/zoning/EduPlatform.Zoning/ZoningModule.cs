using EduPlatform.Messaging;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Zoning.Api;
using EduPlatform.Zoning.Application;
using EduPlatform.Zoning.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
        builder.Services.AddSingleton<SettingsService>();
        builder.Services.AddSingleton<UnitImport>();
        builder.Services.AddSingleton<SeatService>();
        builder.Services.AddSingleton<ZonePlanService>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<AuthorizationOptions>(ZoningPolicies.Add);
        return builder;
    }

    public static IEndpointRouteBuilder MapZoning(this IEndpointRouteBuilder app)
    {
        var county = app.MapGroup("/api/zoning").WithTags("Zoning").MapCountyGroup("");
        ZoningEndpoints.Map(county);
        return app;
    }
}
