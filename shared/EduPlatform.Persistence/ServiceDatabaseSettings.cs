using Microsoft.Extensions.Configuration;

namespace EduPlatform.Persistence;

/// <summary>Where one service's database is and which engine it runs on.</summary>
public sealed record ServiceDatabaseSettings(string ServiceName, DatabaseEngine Engine, string ConnectionString)
{
    /// <summary>
    /// Reads <c>ConnectionStrings:{service}db</c> (the Aspire resource name). Without one, the service uses a
    /// SQLite file <c>{service}.db</c> under <c>Data:Folder</c> (default <c>data</c>). <c>Database:Engine</c>
    /// (<c>sqlite</c> or <c>sqlserver</c>) overrides the engine guess made from the connection string.
    /// </summary>
    public static ServiceDatabaseSettings FromConfiguration(IConfiguration configuration, string serviceName)
    {
        var connectionString = configuration.GetConnectionString($"{serviceName}db");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = configuration["Data:Folder"] ?? "data";
            Directory.CreateDirectory(folder);
            var file = Path.GetFullPath(Path.Combine(folder, $"{serviceName}.db"));
            return new ServiceDatabaseSettings(serviceName, DatabaseEngine.Sqlite, $"Data Source={file};Pooling=True");
        }

        var engine = configuration["Database:Engine"]?.ToLowerInvariant() switch
        {
            "sqlite" => DatabaseEngine.Sqlite,
            "sqlserver" => DatabaseEngine.SqlServer,
            null or "" => GuessEngine(connectionString),
            var other => throw new InvalidOperationException($"Database:Engine '{other}' is not one of sqlite, sqlserver."),
        };
        return new ServiceDatabaseSettings(serviceName, engine, connectionString);
    }

    static DatabaseEngine GuessEngine(string connectionString)
    {
        var lower = connectionString.ToLowerInvariant();
        var looksLikeSqlServer = lower.Contains("server=") || lower.Contains("initial catalog=")
            || lower.Contains("database=") || lower.Contains("data source=tcp:");
        return looksLikeSqlServer ? DatabaseEngine.SqlServer : DatabaseEngine.Sqlite;
    }
}
