namespace EduPlatform.Tests;

/// <summary>Finds the repository (the folder holding EduPlatform.sln) from the test binaries.</summary>
static class Repo
{
    public static readonly string Root = FindRoot();

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EduPlatform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EduPlatform.sln not found above the test binaries.");
    }

    public static IEnumerable<string> Files(string under, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, under), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
