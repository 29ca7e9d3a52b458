using EduPlatform.Contracts.Rotation;
using EduPlatform.Evaluation.Data;
using EduPlatform.Messaging;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Messaging;

/// <summary>Rotation's placements: who the bundled evaluation covers (seconded people) and the rewards' exchanged teachers.</summary>
public sealed class PersonPlacedConsumer(EvaluationDatabase database) : InboxConsumer<PersonPlaced, EvaluationDatabase>(database)
{
    protected override Task ApplyAsync(PersonPlaced m, DbSession session) => session.InsertPlacementAsync(new PlacementRow
    {
        PlacementId = m.PlacementId, CountyCode = m.CountyCode, PersonId = m.PersonId, HomeSchoolId = m.HomeSchoolId, HostSchoolId = m.HostSchoolId,
        AllianceId = m.AllianceId, Mode = m.Mode, Role = m.Role, Stage = m.Stage, Backbone = m.Backbone, StartOn = m.StartOn, EndOn = m.EndOn,
    });
}

/// <summary>
/// A return ends the secondment on its date. Rotation publishes the placement first, but consumers run concurrently:
/// a return whose placement has not arrived throws, and the bus retries it.
/// </summary>
public sealed class PersonReturnedConsumer(EvaluationDatabase database) : InboxConsumer<PersonReturned, EvaluationDatabase>(database)
{
    protected override async Task ApplyAsync(PersonReturned m, DbSession session)
    {
        if (!await session.RecordReturnAsync(m.PlacementId, m.ReturnedOn))
        {
            throw new InvalidOperationException($"Placement {m.PlacementId} is not known yet; its PersonPlaced has not arrived. The message will be retried.");
        }
    }
}

/// <summary>Approved rotation plans: the review's rotation shares (10% of eligible teachers, backbone 20% of those rotating).</summary>
public sealed class RotationPlanApprovedConsumer(EvaluationDatabase database) : InboxConsumer<RotationPlanApproved, EvaluationDatabase>(database)
{
    protected override Task ApplyAsync(RotationPlanApproved m, DbSession session) => session.InsertRotationPlanAsync(m.CountyCode,
        new RotationPlanRow
        {
            PlanId = m.PlanId, SchoolYear = m.SchoolYear, AllianceId = m.AllianceId, Moves = m.Moves, RotatingTeachers = m.RotatingTeachers,
            RotatingBackbone = m.RotatingBackbone, EligibleTeachers = m.EligibleTeachers,
        });
}
