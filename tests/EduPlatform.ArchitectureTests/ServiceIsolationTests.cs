using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EduPlatform.ArchitectureTests;

public sealed partial class ServiceIsolationTests
{
    static IEnumerable<(string Project, string Reference)> References(string under) =>
        Repo.Files(under, "*.csproj").SelectMany(project => XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => (Repo.Relative(project),
                Repo.Relative(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, r.Attribute("Include")!.Value.Replace('\\', '/')))))));

    [Fact]
    public void Services_reference_only_shared_projects_and_their_own_folder()
    {
        var references = References("services").ToList();
        Assert.NotEmpty(references);
        foreach (var (project, reference) in references)
        {
            var service = project.Split('/')[1];
            Assert.True(reference.StartsWith("shared/", StringComparison.Ordinal) || reference.StartsWith($"services/{service}/", StringComparison.Ordinal),
                $"{project} references {reference}: services reference only shared/ (only events cross between services)");
        }
    }

    [Fact]
    public void Shared_building_blocks_never_reference_a_service()
    {
        foreach (var (project, reference) in References("shared"))
        {
            Assert.False(reference.StartsWith("services/", StringComparison.Ordinal), $"{project} references service {reference}");
        }
    }

    /// <summary>
    /// The web console reaches the services only through their public HTTP API (issue 22): it references no service, no
    /// contract, no database or bus building block — only the shared host defaults (roles, claims, token settings).
    /// </summary>
    [Fact]
    public void The_web_console_references_no_service_and_no_data_building_block()
    {
        var references = References("web").ToList();
        Assert.Equal(["shared/EduPlatform.ServiceDefaults/EduPlatform.ServiceDefaults.csproj"], references.Select(r => r.Reference).Distinct());
        var console = typeof(EduPlatform.WebConsole.WebConsoleModule).Assembly;
        string[] forbidden = ["EduPlatform.Organization", "EduPlatform.Staffing", "EduPlatform.Rotation", "EduPlatform.Zoning", "EduPlatform.Evaluation",
            "EduPlatform.Contracts", "EduPlatform.Messaging", "Dapper", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient", "MassTransit"];
        var used = console.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(used, name => forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Contracts_have_no_package_references()
    {
        var csproj = XDocument.Load(Path.Combine(Repo.Root, "shared/EduPlatform.Contracts/EduPlatform.Contracts.csproj"));
        Assert.Empty(csproj.Descendants("PackageReference"));
        Assert.Empty(csproj.Descendants("ProjectReference"));
    }

    [Fact]
    public void Domain_code_does_no_io()
    {
        var domainFiles = Repo.Files("services", "*.cs").Where(f => f.Replace('\\', '/').Contains("/Domain/")).ToList();
        Assert.NotEmpty(domainFiles);
        foreach (var file in domainFiles)
        {
            foreach (Match using_ in IoUsing().Matches(File.ReadAllText(file)))
            {
                Assert.Fail($"{Repo.Relative(file)} uses {using_.Groups[1].Value}: domain code has no I/O");
            }
        }
    }

    [Fact]
    public void Every_project_is_in_the_solution()
    {
        var solution = File.ReadAllText(Path.Combine(Repo.Root, "EduPlatform.sln")).Replace('\\', '/');
        var projects = new[] { "shared", "services", "aspire-host", "tests" }.SelectMany(d => Repo.Files(d, "*.csproj")).Select(Repo.Relative).ToList();
        Assert.All(projects, p => Assert.Contains(p, solution));
    }

    [GeneratedRegex(@"^using\s+(Dapper|MassTransit|System\.Data|System\.IO|System\.Net|Microsoft\.Data|Microsoft\.AspNetCore|EduPlatform\.Persistence|EduPlatform\.Messaging)\b", RegexOptions.Multiline)]
    private static partial Regex IoUsing();
}
