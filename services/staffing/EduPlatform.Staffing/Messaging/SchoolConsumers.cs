using EduPlatform.Contracts.Organization;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Data;

namespace EduPlatform.Staffing.Messaging;

public sealed class SchoolRegisteredConsumer(StaffingDatabase database) : InboxConsumer<SchoolRegistered, StaffingDatabase>(database)
{
    protected override Task ApplyAsync(SchoolRegistered m, DbSession session) => session.UpsertSchoolAsync(new KnownSchool
    {
        Id = m.SchoolId, CountyCode = m.CountyCode, Code = m.SchoolCode, Name = m.Name, Stage = m.Stage, SchoolType = m.SchoolType, IsPublic = m.IsPublic,
        IsBoarding = m.IsBoarding, KindergartenDay = m.KindergartenDay, SourceVersion = m.Version,
    });
}

public sealed class SchoolUpdatedConsumer(StaffingDatabase database) : InboxConsumer<SchoolUpdated, StaffingDatabase>(database)
{
    protected override Task ApplyAsync(SchoolUpdated m, DbSession session) => session.UpsertSchoolAsync(new KnownSchool
    {
        Id = m.SchoolId, CountyCode = m.CountyCode, Code = m.SchoolCode, Name = m.Name, Stage = m.Stage, SchoolType = m.SchoolType, IsPublic = m.IsPublic,
        IsBoarding = m.IsBoarding, KindergartenDay = m.KindergartenDay, SourceVersion = m.Version,
    });
}

public sealed class TermStatisticsReportedConsumer(StaffingDatabase database) : InboxConsumer<TermStatisticsReported, StaffingDatabase>(database)
{
    protected override Task ApplyAsync(TermStatisticsReported m, DbSession session) =>
        session.UpsertTermAsync(m.CountyCode, m.SchoolId, m.SchoolYear, m.Season, m.Students, m.Classes,
            m.Grades.Select(g => new Domain.GradeFigures(g.Grade, g.Students, g.Classes)).ToList(), m.Version);
}
