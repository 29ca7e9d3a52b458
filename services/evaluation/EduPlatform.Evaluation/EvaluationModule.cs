using EduPlatform.Evaluation.Api;
using EduPlatform.Evaluation.Application;
using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Messaging;
using EduPlatform.Messaging;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.Evaluation;

/// <summary>The evaluation service as a module: balance indicators, bundled evaluation, ratings, rankings and rewards (domain.md §5).</summary>
public sealed class EvaluationModule : IServiceModule
{
    public static string ServiceName => "evaluation";

    public static void Add(IHostApplicationBuilder builder) => builder.AddEvaluation();

    public static void Map(IEndpointRouteBuilder app) => app.MapEvaluation();
}

public static class EvaluationHostingExtensions
{
    public static IHostApplicationBuilder AddEvaluation(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(EvaluationModule.ServiceName, settings => new EvaluationDatabase(settings));
        builder.AddOutboxRelay<EvaluationDatabase>();
        builder.AddOrganizationCopy<EvaluationDatabase>(EvaluationModule.ServiceName);
        builder.AddServiceConsumer<PersonPlacedConsumer>(EvaluationModule.ServiceName);
        builder.AddServiceConsumer<PersonReturnedConsumer>(EvaluationModule.ServiceName);
        builder.AddServiceConsumer<RotationPlanApprovedConsumer>(EvaluationModule.ServiceName);
        builder.Services.AddSingleton(sp => new CountySettingsStore<EvaluationSettings>(sp.GetRequiredService<EvaluationDatabase>(), FiguresData.SettingsTable));
        builder.Services.AddSingleton<DistrictService>();
        builder.Services.AddSingleton<FiguresImport>();
        builder.Services.AddSingleton<RatingsImport>();
        builder.Services.AddSingleton<BalanceService>();
        builder.Services.AddSingleton<BundledService>();
        builder.Services.AddSingleton<RankingService>();
        builder.Services.AddSingleton<RewardService>();
        builder.Services.AddSingleton<KindergartenService>();
        builder.Services.AddSingleton<EvaluationExports>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<AuthorizationOptions>(EvaluationPolicies.Add);
        return builder;
    }

    public static IEndpointRouteBuilder MapEvaluation(this IEndpointRouteBuilder app)
    {
        var evaluation = app.MapServiceApi<EvaluationDatabase>("evaluation").WithTags("Evaluation");
        var county = evaluation.MapCountyGroup("");
        county.MapImportJournal("evaluation");
        EvaluationEndpoints.Map(county);
        EvaluationEndpoints.MapProvince(evaluation);
        evaluation.MapImportTemplates("", "evaluation", FiguresImport.Sheet, RatingsImport.Sheet);
        return app;
    }
}
