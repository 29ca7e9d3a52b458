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

    enum Source { Given, SqlServerContainer, SqliteFile }

    /// <summary>Where one service's database comes from; both the resources and the log line follow it.</summary>
    static Source SourceOf(IConfiguration configuration, SuiteSetup setup, string name) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(name)) ? Source.Given
        : setup.SqlServerContainer ? Source.SqlServerContainer
        : Source.SqliteFile;

    public static IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Add(IDistributedApplicationBuilder builder, SuiteSetup setup)
    {
        var sources = Names.ToDictionary(name => name, name => SourceOf(builder.Configuration, setup, name));
        var inContainer = setup.SqlServerContainer
            ? SqlServerContainer.Add(builder, [.. Names.Where(name => sources[name] == Source.SqlServerContainer)])
            : new Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>();
        return Names.ToDictionary(name => name, name => sources[name] switch
        {
            Source.Given => builder.AddConnectionString(name),
            Source.SqlServerContainer => inContainer[name],
            _ => (IResourceBuilder<IResourceWithConnectionString>)builder.AddConnectionString(name, ReferenceExpression.Create($"Data Source={SqliteFile(setup, name)}")),
        });
    }

    /// <summary>The same file a service would use on its own with <c>Data:Folder</c> set (ServiceDatabaseSettings).</summary>
    static string SqliteFile(SuiteSetup setup, string name) => Path.Combine(setup.DataFolder, $"{name[..^"db".Length]}.db");

    public static string Describe(IConfiguration configuration, SuiteSetup setup) => string.Join("，", Names.Select(name =>
        SourceOf(configuration, setup, name) switch
        {
            Source.Given => $"{name} 用给定的连接串",
            Source.SqlServerContainer => $"{name} 在 SQL Server 容器中",
            _ => $"{name} 为 SQLite 文件",
        }));
}
