namespace EduPlatform.Contracts.Organization;

/// <summary>
/// The county's name as its bureau set it up (县、区), published when the county is set up and each time its settings are saved,
/// so every service can title its lists and exports with the name rather than the code.
/// </summary>
public sealed record CountyNamed
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string Name { get; init; }

    /// <summary>The county record's version: a copy keeps the name of the highest version it has seen.</summary>
    public required int Version { get; init; }
}
