using Microsoft.Extensions.Configuration;

namespace EduPlatform.AppHost;

/// <summary>
/// One database per service, named as the service reads it (<c>organizationdb</c>, …): the service's own
/// <c>ConnectionStrings:&lt;service&gt;db</c> if given (SQL Server or SQLite); else a database of the SQL Server container
/// when <c>Database:SqlServer=container</c>; else the service's SQLite file in the data folder. Each is a resource of its
/// own, so the dashboard shows which one a service uses.
/// </summary>
public static class SuiteDatabases
{
    public static readonly string[] Services = ["organization", "staffing", "rotation", "zoning", "evaluation"];

    static IEnumerable<string> Names => Services.Select(service => service + "db");

    public static IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Add(IDistributedApplicationBuilder builder, SuiteSetup setup)
    {
        var given = Names.Where(name => !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(name))).ToHashSet();
        var inContainer = setup.SqlServerContainer
            ? SqlServerContainer.Add(builder, [.. Names.Except(given)])
            : new Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>();
        return Names.ToDictionary(name => name, name =>
            given.Contains(name) ? builder.AddConnectionString(name)
            : inContainer.TryGetValue(name, out var database) ? database
            : (IResourceBuilder<IResourceWithConnectionString>)builder.AddConnectionString(name, ReferenceExpression.Create($"Data Source={SqliteFile(setup, name)}")));
    }

    /// <summary>The same file a service would use on its own with <c>Data:Folder</c> set (ServiceDatabaseSettings).</summary>
    static string SqliteFile(SuiteSetup setup, string name) => Path.Combine(setup.DataFolder, $"{name[..^"db".Length]}.db");

    public static string Describe(IConfiguration configuration, SuiteSetup setup) => string.Join("，", Names.Select(name =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(name)) ? $"{name} 用给定的连接串"
        : setup.SqlServerContainer ? $"{name} 在 SQL Server 容器中"
        : $"{name} 为 SQLite 文件"));
}
