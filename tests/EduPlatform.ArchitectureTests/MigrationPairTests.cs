namespace EduPlatform.ArchitectureTests;

public sealed class MigrationPairTests
{
    public static readonly IEnumerable<TheoryDataRow<string>> MigrationFolders =
        new[] { "shared", "services" }
            .SelectMany(d => Directory.EnumerateDirectories(Path.Combine(Repo.Root, d), "Migrations", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/"))
            .Select(f => new TheoryDataRow<string>(Repo.Relative(f)))
            .ToList();

    [Fact]
    public void Every_service_and_the_platform_have_migrations() =>
        Assert.Contains(MigrationFolders, f => f.Data.StartsWith("services/organization/", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(MigrationFolders))]
    public void Each_step_exists_for_both_engines(string folder)
    {
        string[] Steps(string engine) =>
            Directory.EnumerateFiles(Path.Combine(Repo.Root, folder, engine), "*.sql").Select(Path.GetFileName).Order().ToArray()!;

        var sqlite = Steps("sqlite");
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, Steps("sqlserver"));
    }
}
