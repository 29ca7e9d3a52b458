namespace EduPlatform.Contracts.Rotation;

/// <summary>
/// A person placed from the lead school, rated excellent and choosing to stay, moved to the host school for good at the
/// end of the term [001] (自愿留在成员学校，经区教体局考核为优秀等级的，可办理人事调动手续). The head count stays at the host.
/// </summary>
public sealed record PersonTransferred
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid PlacementId { get; init; }
    public required Guid PersonId { get; init; }
    public required Guid FormerHomeSchoolId { get; init; }
    public required Guid SchoolId { get; init; }
    public required string Stage { get; init; }
    /// <summary>First day as the host school's own staff.</summary>
    public required DateOnly TransferredOn { get; init; }
    /// <summary>The school year whose "excellent" rating allowed the transfer.</summary>
    public required int RatedYear { get; init; }
}
