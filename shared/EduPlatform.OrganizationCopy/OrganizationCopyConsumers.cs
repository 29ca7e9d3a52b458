using EduPlatform.Contracts.Organization;
using EduPlatform.Messaging;
using EduPlatform.Persistence;

namespace EduPlatform.OrganizationCopy;

// Inbox names are the consumer names services used before this copy was shared; keep them stable, or old messages
// would be applied again after an upgrade.

public sealed class CountyNamedCopy<TDatabase>(TDatabase database) : InboxConsumer<CountyNamed, TDatabase>(database)
    where TDatabase : ServiceDatabase
{
    protected override string InboxName => "CountyNamedConsumer";

    protected override Task ApplyAsync(CountyNamed m, DbSession session) => session.UpsertCountyAsync(m.CountyCode, m.Name, m.Version);
}

public sealed class SchoolRegisteredCopy<TDatabase>(TDatabase database) : InboxConsumer<SchoolRegistered, TDatabase>(database)
    where TDatabase : ServiceDatabase
{
    protected override string InboxName => "SchoolRegisteredConsumer";

    protected override Task ApplyAsync(SchoolRegistered m, DbSession session) => session.UpsertSchoolAsync(new KnownSchool
    {
        Id = m.SchoolId, CountyCode = m.CountyCode, Code = m.SchoolCode, Name = m.Name, Stage = m.Stage, SchoolType = m.SchoolType,
        Locality = m.Locality, Township = m.Township, Latitude = m.Latitude, Longitude = m.Longitude, IsPublic = m.IsPublic, IsBoarding = m.IsBoarding, KindergartenDay = m.KindergartenDay,
        SourceVersion = m.Version,
    });
}

public sealed class SchoolUpdatedCopy<TDatabase>(TDatabase database) : InboxConsumer<SchoolUpdated, TDatabase>(database)
    where TDatabase : ServiceDatabase
{
    protected override string InboxName => "SchoolUpdatedConsumer";

    protected override Task ApplyAsync(SchoolUpdated m, DbSession session) => session.UpsertSchoolAsync(new KnownSchool
    {
        Id = m.SchoolId, CountyCode = m.CountyCode, Code = m.SchoolCode, Name = m.Name, Stage = m.Stage, SchoolType = m.SchoolType,
        Locality = m.Locality, Township = m.Township, Latitude = m.Latitude, Longitude = m.Longitude, IsPublic = m.IsPublic, IsBoarding = m.IsBoarding, KindergartenDay = m.KindergartenDay,
        SourceVersion = m.Version,
    });
}

public sealed class TermStatisticsReportedCopy<TDatabase>(TDatabase database) : InboxConsumer<TermStatisticsReported, TDatabase>(database)
    where TDatabase : ServiceDatabase
{
    protected override string InboxName => "TermStatisticsReportedConsumer";

    protected override Task ApplyAsync(TermStatisticsReported m, DbSession session) =>
        session.UpsertTermAsync(m.CountyCode, m.SchoolId, m.SchoolYear, m.Season, m.Students, m.Classes,
            m.Grades.Select(g => new KnownGrade(g.Grade, g.Students, g.Classes)).ToList(), m.Version);
}

/// <summary>
/// Alliance events carry the alliance's version. A change older than what the copy already holds is ignored (the newer
/// event carries the whole member list); a change that arrives before its AllianceFormed throws, so the bus retries it
/// once the formation is in.
/// </summary>
public sealed class AllianceFormedCopy<TDatabase>(TDatabase database) : InboxConsumer<AllianceFormed, TDatabase>(database)
    where TDatabase : ServiceDatabase
{
    protected override string InboxName => "AllianceFormedConsumer";

    protected override async Task ApplyAsync(AllianceFormed m, DbSession session)
    {
        if (await session.FindKnownAllianceAsync(m.AllianceId) is not null)
        {
            return;
        }

        await session.InsertKnownAllianceAsync(new KnownAlliance
        {
            Id = m.AllianceId, CountyCode = m.CountyCode, Name = m.Name, Kind = m.Kind, Category = m.Category, Stage = m.Stage,
            CoreSchoolId = m.CoreSchoolId, FormedOn = m.EffectiveOn, SourceVersion = m.Version,
        });
        foreach (var school in m.MemberSchoolIds.Prepend(m.CoreSchoolId))
        {
            await session.AddMemberAsync(m.AllianceId, school, m.EffectiveOn);
        }
    }
}

public sealed class AllianceMembershipChangedCopy<TDatabase>(TDatabase database) : InboxConsumer<AllianceMembershipChanged, TDatabase>(database)
    where TDatabase : ServiceDatabase
{
    protected override string InboxName => "AllianceMembershipChangedConsumer";

    protected override async Task ApplyAsync(AllianceMembershipChanged m, DbSession session)
    {
        var alliance = await session.FindKnownAllianceAsync(m.AllianceId)
            ?? throw new AllianceNotYetKnownException(m.AllianceId);
        if (alliance.SourceVersion >= m.Version)
        {
            return;
        }

        var wanted = m.MemberSchoolIds.Append(m.CoreSchoolId).ToHashSet();
        var active = await session.ActiveMembersAsync(m.AllianceId);
        foreach (var school in active.Where(s => !wanted.Contains(s)))
        {
            await session.EndMemberAsync(m.AllianceId, school, m.EffectiveOn);
        }

        foreach (var school in wanted.Where(s => !active.Contains(s)))
        {
            await session.AddMemberAsync(m.AllianceId, school, m.EffectiveOn);
        }

        await session.SetAllianceVersionAsync(m.AllianceId, m.Version, null);
    }
}

public sealed class AllianceDissolvedCopy<TDatabase>(TDatabase database) : InboxConsumer<AllianceDissolved, TDatabase>(database)
    where TDatabase : ServiceDatabase
{
    protected override string InboxName => "AllianceDissolvedConsumer";

    protected override async Task ApplyAsync(AllianceDissolved m, DbSession session)
    {
        var alliance = await session.FindKnownAllianceAsync(m.AllianceId)
            ?? throw new AllianceNotYetKnownException(m.AllianceId);
        if (alliance.SourceVersion >= m.Version)
        {
            return;
        }

        foreach (var school in await session.ActiveMembersAsync(m.AllianceId))
        {
            await session.EndMemberAsync(m.AllianceId, school, m.EffectiveOn);
        }

        await session.SetAllianceVersionAsync(m.AllianceId, m.Version, m.EffectiveOn);
    }
}

/// <summary>A change for an alliance whose formation has not arrived yet; the bus retries the message.</summary>
public sealed class AllianceNotYetKnownException(Guid allianceId)
    : Exception($"Alliance {allianceId} is not known yet; its AllianceFormed has not arrived. The message will be retried.");
