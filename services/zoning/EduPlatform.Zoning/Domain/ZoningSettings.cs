using EduPlatform.Kernel;
namespace EduPlatform.Zoning.Domain;

/// <summary>A county's zoning settings: the class sizes seat supply is counted with.</summary>
public sealed record ZoningSettings : ICountySettings<ZoningSettings>
{
    /// <summary>Primary classes of at most 45 (standards.md, class size).</summary>
    public const int StandardPrimaryClassSize = 45;
    /// <summary>Junior classes of at most 50 (standards.md, class size).</summary>
    public const int StandardJuniorClassSize = 50;

    public required string CountyCode { get; init; }
    public int PrimaryClassSize { get; init; } = StandardPrimaryClassSize;
    public int JuniorClassSize { get; init; } = StandardJuniorClassSize;
    public int Version { get; init; }

    public static ZoningSettings DefaultFor(string countyCode) => new() { CountyCode = countyCode };

    public int ClassSize(string stage) => stage == "junior" ? JuniorClassSize : PrimaryClassSize;

    /// <summary>A county may plan smaller classes than the standard, not larger ones.</summary>
    public ZoningSettings WithVersion(int version) => this with { Version = version };

    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (PrimaryClassSize is < 15 or > StandardPrimaryClassSize)
        {
            errors.Add(("primaryClassSize", Texts.PrimaryClassSize(PrimaryClassSize, StandardPrimaryClassSize)));
        }

        if (JuniorClassSize is < 15 or > StandardJuniorClassSize)
        {
            errors.Add(("juniorClassSize", Texts.JuniorClassSize(JuniorClassSize, StandardJuniorClassSize)));
        }

        return errors;
    }
}
