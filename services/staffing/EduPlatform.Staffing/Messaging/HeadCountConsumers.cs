using EduPlatform.Contracts.Rotation;
using EduPlatform.Kernel;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Application;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Messaging;

// Actual staff follows rotation's events between imports (domain.md §6: staffing listens to staff placed / moved / left);
// a re-appointment round's cross-school placements move heads too.
// Itinerant teachers keep their home post, and a transfer changes nothing here: the head count moved when the person was placed.

public sealed class PersonHiredConsumer(StaffingDatabase database) : InboxConsumer<PersonHired, StaffingDatabase>(database)
{
    protected override Task ApplyAsync(PersonHired m, DbSession session) =>
        HeadCountChanges.ApplyAsync(session, m.CountyCode, m.EventId, m.PersonId, m.OccurredAt, m.Stage, "hired", (m.SchoolId, +1));
}

public sealed class PersonLeftConsumer(StaffingDatabase database) : InboxConsumer<PersonLeft, StaffingDatabase>(database)
{
    protected override Task ApplyAsync(PersonLeft m, DbSession session) =>
        HeadCountChanges.ApplyAsync(session, m.CountyCode, m.EventId, m.PersonId, m.OccurredAt, m.Stage, "left", (m.SchoolId, -1));
}

public sealed class PersonPlacedConsumer(StaffingDatabase database) : InboxConsumer<PersonPlaced, StaffingDatabase>(database)
{
    protected override Task ApplyAsync(PersonPlaced m, DbSession session) => m.Mode == "itinerant" ? Task.CompletedTask
        : HeadCountChanges.ApplyAsync(session, m.CountyCode, m.EventId, m.PersonId, m.OccurredAt, m.Stage, "placed", (m.HomeSchoolId, -1), (m.HostSchoolId, +1));
}

public sealed class PersonReturnedConsumer(StaffingDatabase database) : InboxConsumer<PersonReturned, StaffingDatabase>(database)
{
    protected override Task ApplyAsync(PersonReturned m, DbSession session) => m.Mode == "itinerant" ? Task.CompletedTask
        : HeadCountChanges.ApplyAsync(session, m.CountyCode, m.EventId, m.PersonId, m.OccurredAt, m.Stage, "returned", (m.HostSchoolId, -1), (m.HomeSchoolId, +1));
}

public sealed class PersonReassignedConsumer(StaffingDatabase database) : InboxConsumer<PersonReassigned, StaffingDatabase>(database)
{
    protected override Task ApplyAsync(PersonReassigned m, DbSession session) =>
        HeadCountChanges.ApplyAsync(session, m.CountyCode, m.EventId, m.PersonId, m.OccurredAt, m.Stage, "reassigned", (m.FromSchoolId, -1), (m.ToSchoolId, +1));
}

static class HeadCountChanges
{
    /// <summary>Applies the changes, then recomputes vacancies so crossings of zero are published in the same transaction.</summary>
    public static async Task ApplyAsync(DbSession s, string county, Guid eventId, Guid personId, DateTimeOffset at, string stageText, string reason,
        params (Guid School, int Delta)[] changes)
    {
        if (!WireEnum.TryParse<StaffingStage>(stageText, out var stage))
        {
            return;
        }

        foreach (var (school, delta) in changes)
        {
            await s.ApplyHeadCountChangeAsync(new HeadCountChange(eventId, county, school, stage, delta, reason, personId, at));
        }

        await VacancyService.RefreshInSessionAsync(s, county);
    }
}
