using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Domain;

/// <summary>Active until the person comes back (returned) or, rated excellent and choosing to stay, moves for good (transferred) [001].</summary>
public enum PlacementStatus { Active, Returned, Transferred }

/// <summary>An approved move: a person at a host campus from a start to an end date.</summary>
public sealed record Placement(
    Guid Id, string CountyCode, Guid PlanId, Guid PersonId, Guid HomeSchoolId, Guid HostSchoolId, Guid? AllianceId, MoveMode Mode,
    string Stage, Subject? Subject, DateOnly StartOn, DateOnly EndOn, Guid? InReturnFor, PlacementStatus Status, DateOnly? EndedOn, int Version)
{
    /// <summary>Itinerant teachers keep their home post and teach at the host on a weekly timetable.</summary>
    public bool MovesPost => Mode != MoveMode.Itinerant;
}
