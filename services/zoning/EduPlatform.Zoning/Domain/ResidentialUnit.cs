namespace EduPlatform.Zoning.Domain;

/// <summary>A residential community (小区) or village (村): where children live, with its neighbours for contiguous zones.</summary>
public sealed record ResidentialUnit
{
    public required Guid Id { get; init; }
    public required string CountyCode { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>"community" (小区) or "village" (村).</summary>
    public required string Kind { get; init; }
    public string Township { get; init; } = "";
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    /// <summary>Other names people write for it (the address look-up matches them too).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlySet<Guid> Neighbours { get; init; } = new HashSet<Guid>();
    /// <summary>Expected entrants by stage ("primary", "junior") for the year asked.</summary>
    public IReadOnlyDictionary<string, int> Entrants { get; init; } = new Dictionary<string, int>();
}
