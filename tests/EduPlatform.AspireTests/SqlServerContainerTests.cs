using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using EduPlatform.AppHost;

namespace EduPlatform.AspireTests;

/// <summary>
/// The SQL Server container the AppHost adds when asked (<c>Database:SqlServer=container</c>), as a model: no container
/// engine runs here, so what it would start is checked, not started.
/// </summary>
public sealed class SqlServerContainerTests
{
    [Fact]
    public void One_sql_server_2022_container_serves_a_database_per_service_each_waiting_for_it()
    {
        var builder = DistributedApplication.CreateBuilder();
        var databases = SqlServerContainer.Add(builder, ["organizationdb", "staffingdb"]);

        var sql = Assert.Single(builder.Resources.OfType<ContainerResource>());
        var image = Assert.Single(sql.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Equal(("mcr.microsoft.com", "mssql/server", "2022-latest"), (image.Registry, image.Image, image.Tag));
        Assert.Equal(1433, Assert.Single(sql.Annotations.OfType<EndpointAnnotation>()).TargetPort);
        Assert.Contains(sql.Annotations.OfType<HealthCheckAnnotation>(), h => h.Key == "sql_check");

        Assert.Equal(["organizationdb", "staffingdb"], databases.Keys.Order());
        foreach (var (name, database) in databases)
        {
            var expression = database.Resource.ConnectionStringExpression.ValueExpression;
            Assert.Contains($"Initial Catalog={name}", expression);
            Assert.Contains("User ID=sa", expression);
            Assert.Contains(database.Resource.Annotations.OfType<WaitAnnotation>(), w => w.Resource == sql);
        }
    }
}
