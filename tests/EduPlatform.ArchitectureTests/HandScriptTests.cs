using EduPlatform.Evaluation.Data;
using EduPlatform.Organization.Data;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Staffing.Data;
using EduPlatform.Zoning.Data;

namespace EduPlatform.ArchitectureTests;

/// <summary>deploy/sql holds, per service, the SQL Server schema a DBA runs by hand; it must be exactly what the migrations say.</summary>
public sealed class HandScriptTests
{
    static readonly Dictionary<string, Type> Databases = new()
    {
        ["organization"] = typeof(OrganizationDatabase),
        ["staffing"] = typeof(StaffingDatabase),
        ["rotation"] = typeof(RotationDatabase),
        ["zoning"] = typeof(ZoningDatabase),
        ["evaluation"] = typeof(EvaluationDatabase),
    };

    public static readonly TheoryData<string> Services = new(Databases.Keys);

    [Theory]
    [MemberData(nameof(Services))]
    public void The_hand_script_is_the_services_sql_server_migrations_in_order(string service)
    {
        var scripts = Migrator.ScriptsFor(Databases[service], DatabaseEngine.SqlServer);
        var expected = HandScript.For(service, scripts);
        var path = Path.Combine(Repo.Root, "deploy", "sql", $"{service}.sql");
        if (Environment.GetEnvironmentVariable("EDUPLATFORM_WRITE_HAND_SCRIPTS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            $"deploy/sql/{service}.sql differs from the migrations; regenerate: EDUPLATFORM_WRITE_HAND_SCRIPTS=1 dotnet test tests/EduPlatform.ArchitectureTests");
        Assert.All(scripts, s => Assert.Contains($"VALUES (N'{s.Source}', {s.Step}, N'{s.Name}'", expected));
    }

    [Fact]
    public void Every_service_database_has_a_hand_script() =>
        Assert.Equal(Databases.Keys.Order(), Directory.EnumerateFiles(Path.Combine(Repo.Root, "deploy", "sql"), "*.sql")
            .Select(Path.GetFileNameWithoutExtension).Order()!);
}
