using EduPlatform.Messaging;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Staffing.Api;
using EduPlatform.Staffing.Application;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;
using EduPlatform.Staffing.Messaging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.Staffing;

/// <summary>The staffing service as a module: standards, quotas per pool and stage (domain.md §2).</summary>
public sealed class StaffingModule : IServiceModule
{
    public static string ServiceName => "staffing";

    public static void Add(IHostApplicationBuilder builder) => builder.AddStaffing();

    public static void Map(IEndpointRouteBuilder app) => app.MapStaffing();
}

public static class StaffingHostingExtensions
{
    public static IHostApplicationBuilder AddStaffing(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(StaffingModule.ServiceName, settings => new StaffingDatabase(settings));
        builder.AddOutboxRelay<StaffingDatabase>();
        builder.AddOrganizationCopy<StaffingDatabase>(StaffingModule.ServiceName);
        builder.AddServiceConsumer<PersonHiredConsumer>(StaffingModule.ServiceName);
        builder.AddServiceConsumer<PersonLeftConsumer>(StaffingModule.ServiceName);
        builder.AddServiceConsumer<PersonPlacedConsumer>(StaffingModule.ServiceName);
        builder.AddServiceConsumer<PersonReturnedConsumer>(StaffingModule.ServiceName);
        builder.AddServiceConsumer<PersonReassignedConsumer>(StaffingModule.ServiceName);
        builder.Services.AddSingleton(sp => new CountySettingsStore<StaffingSettings>(sp.GetRequiredService<StaffingDatabase>(), SettingsData.SettingsTable));
        builder.Services.AddSingleton<QuotaTables>();
        builder.Services.AddSingleton<PlanService>();
        builder.Services.AddSingleton<VacancyService>();
        builder.Services.AddSingleton<HeadCountImport>();
        builder.Services.AddSingleton<PostService>();
        builder.Services.AddSingleton<SubjectStaffImport>();
        builder.Services.AddSingleton<RecruitmentService>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<AuthorizationOptions>(StaffingPolicies.Add);
        return builder;
    }

    public static IEndpointRouteBuilder MapStaffing(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi<StaffingDatabase>("staffing").WithTags("Staffing");
        var county = api.MapCountyGroup("");
        county.MapImportJournal("staffing");
        StaffingEndpoints.Map(county);
        api.MapImportTemplates("", "staffing", HeadCountImport.Sheet, SubjectStaffImport.Sheet);
        return app;
    }
}
