using EduPlatform.Contracts.Organization;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Data;

namespace EduPlatform.Staffing.Messaging;

/// <summary>
/// Alliance events carry the alliance's version. A change older than what staffing already holds is ignored (the newer
/// event carries the whole member list); a change that arrives before its AllianceFormed throws, so the bus retries it
/// once the formation is in.
/// </summary>
public sealed class AllianceFormedConsumer(StaffingDatabase database) : InboxConsumer<AllianceFormed, StaffingDatabase>(database)
{
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

public sealed class AllianceMembershipChangedConsumer(StaffingDatabase database) : InboxConsumer<AllianceMembershipChanged, StaffingDatabase>(database)
{
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

public sealed class AllianceDissolvedConsumer(StaffingDatabase database) : InboxConsumer<AllianceDissolved, StaffingDatabase>(database)
{
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
