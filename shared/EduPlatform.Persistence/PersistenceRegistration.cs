using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduPlatform.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers a service's database (see <see cref="ServiceDatabaseSettings.FromConfiguration"/>), migrates it at start
    /// before anything else of the service runs, and adds a readiness health check for it.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDatabase>(this IHostApplicationBuilder builder,
        string serviceName, Func<ServiceDatabaseSettings, TDatabase> create) where TDatabase : ServiceDatabase
    {
        var settings = ServiceDatabaseSettings.FromConfiguration(builder.Configuration, serviceName);
        builder.Services.AddSingleton(create(settings));
        builder.Services.AddHostedService<MigrateAtStart<TDatabase>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDatabase>>(
            $"{serviceName}-database", tags: ["ready", "database"]);
        return builder;
    }
}

sealed class MigrateAtStart<TDatabase>(TDatabase database, ILogger<MigrateAtStart<TDatabase>> logger) : IHostedService
    where TDatabase : ServiceDatabase
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await Migrator.MigrateAsync(database, cancellationToken);
        foreach (var step in applied)
        {
            logger.LogInformation("{Service} database: {Action} {Source} migration {Step} {Name}", database.ServiceName,
                step.Adopted ? "adopted (already present)" : "applied", step.Source, step.Step, step.Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

sealed class DatabaseHealthCheck<TDatabase>(TDatabase database) : IHealthCheck where TDatabase : ServiceDatabase
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.ReadAsync(s => s.ExecuteScalarAsync<int>("SELECT 1"), cancellationToken);
            var data = new Dictionary<string, object> { ["engine"] = database.Engine.ToString() };
            return HealthCheckResult.Healthy($"{database.ServiceName} database reachable", data);
        }
        catch (Exception ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{database.ServiceName} database unreachable", ex);
        }
    }
}
