using EduPlatform.Messaging;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Api;
using EduPlatform.Rotation.Application;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Messaging;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.Rotation;

/// <summary>The rotation service as a module: people, eligibility and rotation (domain.md §3).</summary>
public sealed class RotationModule : IServiceModule
{
    public static string ServiceName => "rotation";

    public static void Add(IHostApplicationBuilder builder) => builder.AddRotation();

    public static void Map(IEndpointRouteBuilder app) => app.MapRotation();
}

public static class RotationHostingExtensions
{
    public static IHostApplicationBuilder AddRotation(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(RotationModule.ServiceName, settings => new RotationDatabase(settings));
        builder.AddOutboxRelay<RotationDatabase>();
        builder.AddOrganizationCopy<RotationDatabase>(RotationModule.ServiceName);
        builder.Services.AddSingleton(sp => new CountySettingsStore<RotationSettings>(sp.GetRequiredService<RotationDatabase>(), SettingsData.SettingsTable));
        builder.Services.AddSingleton<PeopleService>();
        builder.Services.AddSingleton<PeopleImport>();
        builder.Services.AddSingleton<EligibilityService>();
        builder.Services.AddSingleton<PlanService>();
        builder.Services.AddSingleton<PlanEditService>();
        builder.Services.AddSingleton<PlanReviewService>();
        builder.Services.AddSingleton<PetitionService>();
        builder.Services.AddSingleton<PlacementService>();
        builder.Services.AddSingleton<CareerService>();
        builder.Services.AddSingleton<RoundService>();
        builder.AddServiceConsumer<VacancyOpenedConsumer>(RotationModule.ServiceName);
        builder.AddServiceConsumer<VacancyClosedConsumer>(RotationModule.ServiceName);
        builder.AddServiceConsumer<AnnualRatingsFinalizedConsumer>(RotationModule.ServiceName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<AuthorizationOptions>(RotationPolicies.Add);
        return builder;
    }

    public static IEndpointRouteBuilder MapRotation(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi<RotationDatabase>("rotation").WithTags("Rotation");
        api.MapImportTemplates("", "rotation", PeopleImport.Sheet);
        var county = api.MapCountyGroup("");
        county.MapImportJournal("rotation");
        RotationEndpoints.Map(county);
        PlanEndpoints.Map(county);
        PetitionEndpoints.Map(county);
        RotationExports.Map(county);
        return app;
    }
}
