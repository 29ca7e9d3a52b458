using Microsoft.Extensions.DependencyInjection.Extensions;
using EduPlatform.Messaging;
using EduPlatform.Organization.Api;
using EduPlatform.Organization.Application;
using EduPlatform.Organization.Data;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.Organization;

/// <summary>The organization service as a module: counties, schools, alliances and campuses (domain.md §1).</summary>
public sealed class OrganizationModule : IServiceModule
{
    public static string ServiceName => "organization";

    public static void Add(IHostApplicationBuilder builder) => builder.AddOrganization();

    public static void Map(IEndpointRouteBuilder app) => app.MapOrganization();
}

public static class OrganizationHostingExtensions
{
    public static IHostApplicationBuilder AddOrganization(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(OrganizationModule.ServiceName, settings => new OrganizationDatabase(settings));
        builder.AddOutboxRelay<OrganizationDatabase>();
        builder.Services.AddSingleton<CountyService>();
        builder.Services.AddSingleton<SchoolService>();
        builder.Services.AddSingleton<AllianceService>();
        builder.Services.AddSingleton<FormationService>();
        builder.Services.AddSingleton<CoverageService>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SchoolRosterImport>();
        builder.Services.AddSingleton<AllianceRosterImport>();
        builder.Services.AddSingleton<TermStatisticsImport>();
        builder.Services.AddSingleton<OrganizationExports>();
        builder.Services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(OrganizationPolicies.Add);
        return builder;
    }

    public static IEndpointRouteBuilder MapOrganization(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi<OrganizationDatabase>("organization").WithTags("Organization");
        var county = api.MapCountyGroup("");
        county.MapImportJournal("organization");
        CountyEndpoints.Map(api, county);
        SchoolEndpoints.Map(county);
        AllianceEndpoints.Map(county);
        FormationEndpoints.Map(county);
        ProvinceEndpoints.Map(api, county);
        api.MapImportTemplates("", "organization", SchoolRosterImport.Sheet, TermStatisticsImport.Sheet, AllianceRosterImport.Sheet);
        return app;
    }
}
