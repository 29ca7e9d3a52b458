using EduPlatform.Contracts.Evaluation;
using EduPlatform.Contracts.Staffing;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;

namespace EduPlatform.Rotation.Messaging;

/// <summary>Staffing's vacancies: a school's own pool with vacancies is a campus need the planner may fill.</summary>
public sealed class VacancyOpenedConsumer(RotationDatabase database) : InboxConsumer<VacancyOpened, RotationDatabase>(database)
{
    protected override Task ApplyAsync(VacancyOpened m, DbSession session) =>
        session.UpsertVacancyAsync(m.CountyCode, m.SchoolYear, m.AllianceId, m.SchoolId, m.Stage, m.Vacancies, m.OccurredAt);
}

public sealed class VacancyClosedConsumer(RotationDatabase database) : InboxConsumer<VacancyClosed, RotationDatabase>(database)
{
    protected override Task ApplyAsync(VacancyClosed m, DbSession session) =>
        session.UpsertVacancyAsync(m.CountyCode, m.SchoolYear, m.AllianceId, m.SchoolId, m.Stage, Math.Max(0, m.Vacancies), m.OccurredAt);
}

/// <summary>Evaluation's finalised ratings, for the transfer and principal-grade rules [001].</summary>
public sealed class AnnualRatingsFinalizedConsumer(RotationDatabase database) : InboxConsumer<AnnualRatingsFinalized, RotationDatabase>(database)
{
    protected override async Task ApplyAsync(AnnualRatingsFinalized m, DbSession session)
    {
        foreach (var rating in m.Ratings)
        {
            await session.UpsertRatingAsync(m.CountyCode, m.SchoolYear, rating.PersonId, rating.Rating, m.OccurredAt);
        }
    }
}
