using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EduPlatform.AppHost;

/// <summary>
/// SQL Server in a container, for a developer who asks for it (<c>Database:SqlServer=container</c>) on a machine with a
/// container runtime: one server, one database per service. Aspire's SQL Server integration is not on our package feed,
/// so this is the core container API with what that integration does: a generated sa password, a health check that
/// logs in, and the databases created once the server answers (the services' migrations then make their tables).
/// </summary>
public static class SqlServerContainer
{
    // mcr.microsoft.com/mssql/server:2022-latest, the image Aspire's SQL Server integration uses.
    const string Registry = "mcr.microsoft.com";
    const string Image = "mssql/server";
    const string Tag = "2022-latest";

    public static IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Add(
        IDistributedApplicationBuilder builder, IReadOnlyList<string> databases)
    {
        // SQL Server wants upper and lower case letters and digits in sa's password.
        var password = builder.CreateResourceBuilder(
            ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, "sql-password", minLower: 1, minUpper: 1, minNumeric: 1));
        var sql = builder.AddContainer("sql", Image, Tag).WithImageRegistry(Registry)
            .WithEndpoint(targetPort: 1433, name: "tds", scheme: "tcp")
            .WithEnvironment("ACCEPT_EULA", "Y")
            .WithEnvironment("MSSQL_SA_PASSWORD", password);
        var endpoint = sql.GetEndpoint("tds");
        ReferenceExpression ConnectionString(string database) => ReferenceExpression.Create(
            $"Server={endpoint.Property(EndpointProperty.Host)},{endpoint.Property(EndpointProperty.Port)};User ID=sa;Password={password.Resource};TrustServerCertificate=true;Initial Catalog={database}");

        var master = ConnectionString("master");
        builder.Services.AddHealthChecks().AddAsyncCheck("sql_check", async ct =>
        {
            try
            {
                await using var connection = new SqlConnection(await master.GetValueAsync(ct));
                await connection.OpenAsync(ct);
                await CreateDatabasesAsync(connection, databases, ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is SqlException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("SQL Server does not accept logins yet", ex);
            }
        });
        sql.WithHealthCheck("sql_check");

        return databases.ToDictionary(name => name,
            name => (IResourceBuilder<IResourceWithConnectionString>)builder.AddConnectionString(name, ConnectionString(name)).WaitFor(sql));
    }

    /// <summary>Creates each database that does not exist yet; run again, it changes nothing.</summary>
    public static async Task CreateDatabasesAsync(SqlConnection master, IEnumerable<string> databases, CancellationToken ct)
    {
        foreach (var database in databases)
        {
            await using var command = master.CreateCommand();
            command.CommandText = $"IF DB_ID(@name) IS NULL CREATE DATABASE [{database.Replace("]", "]]")}]";
            command.Parameters.AddWithValue("@name", database);
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
