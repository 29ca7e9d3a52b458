using System.Reflection;
using NetArchTest.Rules;

namespace EduPlatform.ArchitectureTests;

/// <summary>
/// The layers inside each service, read from the compiled assemblies: domain code decides and does no I/O, so it may
/// use the kernel and the optimiser but nothing that hosts, stores or sends; application code never reaches into the
/// HTTP layer; the kernel stands on the base library alone.
/// </summary>
public sealed class LayerTests
{
    public static TheoryData<string> Services => ["Organization", "Staffing", "Rotation", "Zoning", "Evaluation"];

    static readonly string[] HostingAndIo =
    [
        "EduPlatform.ServiceDefaults", "EduPlatform.Persistence", "EduPlatform.Messaging", "EduPlatform.OrganizationCopy",
        "EduPlatform.Spreadsheets", "MassTransit", "RabbitMQ", "Dapper", "Microsoft.AspNetCore", "Microsoft.Data",
        "Microsoft.Extensions", "System.Data", "System.Net", "System.IO", "OpenTelemetry",
    ];

    static Assembly ServiceAssembly(string service) => Assembly.Load($"EduPlatform.{service}");

    [Theory]
    [MemberData(nameof(Services))]
    public void Domain_code_uses_no_hosting_storage_or_messaging(string service)
    {
        var result = Types.InAssembly(ServiceAssembly(service)).That().ResideInNamespace($"EduPlatform.{service}.Domain")
            .ShouldNot().HaveDependencyOnAny(HostingAndIo).GetResult();
        Assert.True(result.IsSuccessful, $"domain types that depend on hosting or I/O: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Domain_code_does_not_reach_up_into_its_own_service(string service)
    {
        string[] upper = [$"EduPlatform.{service}.Api", $"EduPlatform.{service}.Application", $"EduPlatform.{service}.Data", $"EduPlatform.{service}.Messaging"];
        var result = Types.InAssembly(ServiceAssembly(service)).That().ResideInNamespace($"EduPlatform.{service}.Domain")
            .ShouldNot().HaveDependencyOnAny(upper).GetResult();
        Assert.True(result.IsSuccessful, $"domain types that use application, data, messaging or API types: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Application_and_data_code_never_use_the_http_layer(string service)
    {
        var result = Types.InAssembly(ServiceAssembly(service)).That()
            .ResideInNamespace($"EduPlatform.{service}.Application").Or().ResideInNamespace($"EduPlatform.{service}.Data")
            .ShouldNot().HaveDependencyOn($"EduPlatform.{service}.Api").GetResult();
        Assert.True(result.IsSuccessful, $"types that use the service's endpoints: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_kernel_stands_on_the_base_library_alone()
    {
        var kernel = typeof(Kernel.FieldError).Assembly;
        var references = kernel.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"the kernel references {name}"));
        var result = Types.InAssembly(kernel).ShouldNot().HaveDependencyOnAny(HostingAndIo).GetResult();
        Assert.True(result.IsSuccessful, $"kernel types that depend on hosting or I/O: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
