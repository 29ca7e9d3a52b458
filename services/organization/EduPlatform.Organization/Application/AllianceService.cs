using EduPlatform.Kernel;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Application;

/// <summary>
/// Forming, changing and dissolving alliances under the county's composition policy. Each operation is one transaction
/// that first takes the county's lock, so concurrent changes are checked against each other.
/// </summary>
public sealed class AllianceService(OrganizationDatabase database)
{
    public Task<Outcome<Alliance>> FormAsync(string countyCode, FormAlliance command, string actor, CancellationToken ct)
    {
        var errors = Validate(command);
        return errors.Count > 0
            ? Task.FromResult(Outcome<Alliance>.Fail(errors))
            : database.InTransactionAsync(s => FormInSessionAsync(s, countyCode, command, actor), ct);
    }

    internal static async Task<Outcome<Alliance>> FormInSessionAsync(DbSession s, string countyCode, FormAlliance c, string actor)
    {
        var county = await s.FindCountyAsync(countyCode);
        if (county is null || !await s.LockCountyAsync(countyCode))
        {
            return SchoolService.CountyMissing<Alliance>(countyCode);
        }

        var ids = c.MemberSchoolIds.Prepend(c.CoreSchoolId).ToList();
        var schools = (await s.FindSchoolsAsync(countyCode, ids)).ToDictionary(x => x.Id);
        var missing = ids.Where(id => !schools.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            return Outcome<Alliance>.Fail(missing.Select(id =>
                (id == c.CoreSchoolId ? "coreSchoolId" : "memberSchoolIds", (string)Texts.SchoolNotRegistered(id))));
        }

        var core = Facts(schools[c.CoreSchoolId]);
        var members = c.MemberSchoolIds.Select(id => Facts(schools[id])).ToList();
        var others = await s.OtherMembershipsAsync(ids, null);
        var inTownship = county.Policy.RuleFor(c.Kind).MaxPerTownship is null ? 0
            : (await s.LedPerTownshipAsync(countyCode, c.Kind, c.FormedOn)).GetValueOrDefault(core.Township);
        var violations = AllianceCompositionRules.CheckFormation(county.Policy, c.Kind, core, members, c.FormedOn, others, inTownship);
        if (violations.Count > 0)
        {
            return new Outcome<Alliance>.Refused(violations);
        }

        var allianceId = Guid.CreateVersion7();
        var memberships = c.MemberSchoolIds
            .Select(id => NewMembership(allianceId, id, MembershipRole.Member, c.FormedOn))
            .Prepend(NewMembership(allianceId, c.CoreSchoolId, MembershipRole.Core, c.FormedOn))
            .ToList();
        var alliance = new Alliance
        {
            Id = allianceId,
            CountyCode = countyCode,
            Name = c.Name.Trim(),
            Kind = c.Kind,
            Stage = core.Stage,
            CoreSchoolId = c.CoreSchoolId,
            FormedOn = c.FormedOn,
            Charter = c.Charter,
            AgreementFiledOn = c.AgreementFiledOn,
            PartyOrganization = c.PartyOrganization,
            Version = 1,
            Memberships = memberships,
        };
        await s.InsertAllianceAsync(alliance);
        foreach (var m in memberships)
        {
            await s.InsertMembershipAsync(countyCode, m);
        }

        await s.WriteAuditAsync(actor, "alliance.form", "alliance", allianceId, countyCode, null, alliance);
        await s.EnqueueEventAsync(OrganizationEvents.Formed(alliance));
        if (alliance.Category == AllianceCategory.Fused)
        {
            foreach (var member in c.MemberSchoolIds)
            {
                await RemoveLegalPersonAsync(s, countyCode, member, allianceId, c.FormedOn, actor);
            }
        }

        return alliance;
    }

    public Task<Outcome<Alliance>> JoinAsync(string countyCode, Guid allianceId, Guid schoolId, DateOnly effectiveOn, int version, string actor, CancellationToken ct) =>
        database.InTransactionAsync(async s =>
        {
            var (county, alliance, failure) = await LoadForChangeAsync(s, countyCode, allianceId, version, effectiveOn);
            if (failure is not null)
            {
                return failure;
            }

            var school = await s.FindSchoolAsync(countyCode, schoolId);
            if (school is null)
            {
                return Outcome<Alliance>.Fail("schoolId", Texts.SchoolNotRegistered(schoolId));
            }

            if (alliance!.Memberships.Any(m => m.SchoolId == schoolId && m.OverlapsFrom(effectiveOn)))
            {
                return Outcome<Alliance>.Fail("schoolId", Texts.AlreadyCampus(school.Name, alliance.Name));
            }

            var others = await s.OtherMembershipsAsync([schoolId], allianceId);
            var coreTownship = (await s.FindSchoolAsync(countyCode, alliance.CoreSchoolId))?.Township;
            var violations = AllianceCompositionRules.CheckJoin(county!.Policy, alliance, Facts(school), effectiveOn, others, coreTownship);
            if (violations.Count > 0)
            {
                return new Outcome<Alliance>.Refused(violations);
            }

            var membership = NewMembership(allianceId, schoolId, MembershipRole.Member, effectiveOn);
            var updated = alliance with { Version = alliance.Version + 1, Memberships = [.. alliance.Memberships, membership] };
            await s.InsertMembershipAsync(countyCode, membership);
            await s.UpdateAllianceAsync(updated, alliance.Version);
            await s.WriteAuditAsync(actor, "alliance.member-join", "alliance", allianceId, countyCode, alliance, updated);
            await s.EnqueueEventAsync(OrganizationEvents.MembershipChanged(updated, schoolId, joined: true, effectiveOn));
            if (updated.Category == AllianceCategory.Fused)
            {
                await RemoveLegalPersonAsync(s, countyCode, schoolId, allianceId, effectiveOn, actor);
            }

            return updated;
        }, ct);

    public Task<Outcome<Alliance>> LeaveAsync(string countyCode, Guid allianceId, Guid schoolId, DateOnly effectiveOn, int version, string actor, CancellationToken ct) =>
        database.InTransactionAsync(async s =>
        {
            var (county, alliance, failure) = await LoadForChangeAsync(s, countyCode, allianceId, version, effectiveOn);
            if (failure is not null)
            {
                return failure;
            }

            if (schoolId == alliance!.CoreSchoolId)
            {
                return new Outcome<Alliance>.Refused([new RuleViolation("alliance.core.leave",
                    Texts.CoreCannotLeave, Texts.CoreLeadsSource)]);
            }

            var membership = alliance.Memberships.FirstOrDefault(m => m.SchoolId == schoolId && m.LeftOn is null && m.Role == MembershipRole.Member);
            if (membership is null)
            {
                return new Outcome<Alliance>.NotFound(Texts.NotCurrentMember(schoolId, alliance.Name));
            }

            if (effectiveOn <= membership.JoinedOn)
            {
                return Outcome<Alliance>.Fail("effectiveOn", Texts.LeaveAfterJoin(membership.JoinedOn));
            }

            var violations = AllianceCompositionRules.CheckLeave(county!.Policy, alliance, effectiveOn);
            if (violations.Count > 0)
            {
                return new Outcome<Alliance>.Refused(violations);
            }

            var left = membership with { LeftOn = effectiveOn };
            var updated = alliance with
            {
                Version = alliance.Version + 1,
                Memberships = alliance.Memberships.Select(m => m.Id == membership.Id ? left : m).ToList(),
            };
            await s.UpdateMembershipAsync(left);
            await s.UpdateAllianceAsync(updated, alliance.Version);
            await s.WriteAuditAsync(actor, "alliance.member-leave", "alliance", allianceId, countyCode, alliance, updated);
            await s.EnqueueEventAsync(OrganizationEvents.MembershipChanged(updated, schoolId, joined: false, effectiveOn));
            if (updated.Category == AllianceCategory.Fused)
            {
                await RestoreLegalPersonAsync(s, countyCode, schoolId, allianceId, effectiveOn, actor);
            }

            return updated;
        }, ct);

    public Task<Outcome<Alliance>> DissolveAsync(string countyCode, Guid allianceId, DateOnly effectiveOn, int version, string actor, CancellationToken ct) =>
        database.InTransactionAsync(async s =>
        {
            var (_, alliance, failure) = await LoadForChangeAsync(s, countyCode, allianceId, version, effectiveOn);
            if (failure is not null)
            {
                return failure;
            }

            var active = alliance!.Memberships.Where(m => m.LeftOn is null).ToList();
            var closed = active.Select(m => m with { LeftOn = effectiveOn }).ToList();
            var updated = alliance with
            {
                DissolvedOn = effectiveOn,
                Version = alliance.Version + 1,
                Memberships = alliance.Memberships.Select(m => closed.FirstOrDefault(c => c.Id == m.Id) ?? m).ToList(),
            };
            foreach (var m in closed)
            {
                await s.UpdateMembershipAsync(m);
            }

            await s.UpdateAllianceAsync(updated, alliance.Version);
            await s.WriteAuditAsync(actor, "alliance.dissolve", "alliance", allianceId, countyCode, alliance, updated);
            await s.EnqueueEventAsync(OrganizationEvents.Dissolved(updated, effectiveOn, active.Select(m => m.SchoolId).ToList()));
            if (updated.Category == AllianceCategory.Fused)
            {
                foreach (var m in active.Where(m => m.Role == MembershipRole.Member))
                {
                    await RestoreLegalPersonAsync(s, countyCode, m.SchoolId, allianceId, effectiveOn, actor);
                }
            }

            return updated;
        }, ct);

    public Task<Outcome<Alliance>> SetExecutivePrincipalAsync(string countyCode, Guid allianceId, Guid schoolId, string? name, int version, string actor, CancellationToken ct)
    {
        if (name is { Length: > 50 })
        {
            return Task.FromResult(Outcome<Alliance>.Fail("name", Texts.PrincipalNameLength));
        }

        return database.InTransactionAsync(async s =>
        {
            var alliance = await s.FindAllianceAsync(countyCode, allianceId);
            if (alliance is null)
            {
                return AllianceMissing(countyCode, allianceId);
            }

            if (alliance.Version != version)
            {
                return new Outcome<Alliance>.Stale(Texts.AllianceEntity(alliance.Name), version, alliance.Version);
            }

            var campus = alliance.Memberships.FirstOrDefault(m => m.SchoolId == schoolId && m.LeftOn is null);
            if (campus is null)
            {
                return new Outcome<Alliance>.NotFound(Texts.NotCurrentCampus(schoolId, alliance.Name));
            }

            var changed = campus with { ExecutivePrincipal = string.IsNullOrWhiteSpace(name) ? null : name.Trim() };
            var updated = alliance with
            {
                Version = alliance.Version + 1,
                Memberships = alliance.Memberships.Select(m => m.Id == campus.Id ? changed : m).ToList(),
            };
            await s.UpdateMembershipAsync(changed);
            await s.UpdateAllianceAsync(updated, alliance.Version);
            await s.WriteAuditAsync(actor, "alliance.executive-principal", "alliance", allianceId, countyCode, campus, changed);
            return updated;
        }, ct);
    }

    public Task<Outcome<Alliance>> UpdateDetailsAsync(string countyCode, Guid allianceId, AllianceDetailsChange change, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(change.Name) || change.Name.Length > 200)
        {
            return Task.FromResult(Outcome<Alliance>.Fail("name", Texts.AllianceNameRequired));
        }

        return database.InTransactionAsync(async s =>
        {
            var alliance = await s.FindAllianceAsync(countyCode, allianceId);
            if (alliance is null)
            {
                return AllianceMissing(countyCode, allianceId);
            }

            if (alliance.Version != change.Version)
            {
                return new Outcome<Alliance>.Stale(Texts.AllianceEntity(alliance.Name), change.Version, alliance.Version);
            }

            var updated = alliance with
            {
                Name = change.Name.Trim(),
                Charter = change.Charter,
                AgreementFiledOn = change.AgreementFiledOn,
                PartyOrganization = change.PartyOrganization,
                Version = alliance.Version + 1,
            };
            await s.UpdateAllianceAsync(updated, alliance.Version);
            await s.WriteAuditAsync(actor, "alliance.update", "alliance", allianceId, countyCode, alliance, updated);
            return updated;
        }, ct);
    }

    static async Task<(County? County, Alliance? Alliance, Outcome<Alliance>? Failure)> LoadForChangeAsync(
        DbSession s, string countyCode, Guid allianceId, int version, DateOnly effectiveOn)
    {
        var county = await s.FindCountyAsync(countyCode);
        if (county is null || !await s.LockCountyAsync(countyCode))
        {
            return (null, null, SchoolService.CountyMissing<Alliance>(countyCode));
        }

        var alliance = await s.FindAllianceAsync(countyCode, allianceId);
        if (alliance is null)
        {
            return (county, null, AllianceMissing(countyCode, allianceId));
        }

        if (alliance.Version != version)
        {
            return (county, alliance, new Outcome<Alliance>.Stale(Texts.AllianceEntity(alliance.Name), version, alliance.Version));
        }

        if (alliance.DissolvedOn is { } dissolved)
        {
            return (county, alliance, new Outcome<Alliance>.Refused([new RuleViolation("alliance.dissolved",
                Texts.Dissolved(alliance.Name, dissolved), Texts.HistoryKeptSource)]));
        }

        if (effectiveOn < alliance.LastChangeOn)
        {
            return (county, alliance, Outcome<Alliance>.Fail("effectiveOn",
                Texts.NotBeforeLastChange(alliance.LastChangeOn)));
        }

        return (county, alliance, null);
    }

    static async Task RemoveLegalPersonAsync(DbSession s, string countyCode, Guid schoolId, Guid allianceId, DateOnly on, string actor)
    {
        await s.SetLegalPersonAsync(countyCode, schoolId, allianceId, false, on, actor);
        await s.EnqueueEventAsync(OrganizationEvents.LegalPersonRemoved(countyCode, schoolId, allianceId, on));
    }

    static async Task RestoreLegalPersonAsync(DbSession s, string countyCode, Guid schoolId, Guid allianceId, DateOnly on, string actor)
    {
        await s.SetLegalPersonAsync(countyCode, schoolId, allianceId, true, on, actor);
        await s.EnqueueEventAsync(OrganizationEvents.LegalPersonRestored(countyCode, schoolId, allianceId, on));
    }

    static Outcome<Alliance> AllianceMissing(string countyCode, Guid id) =>
        new Outcome<Alliance>.NotFound(Texts.AllianceNotFound(id));

    static SchoolFacts Facts(School s) => SchoolFacts.Of(s);

    static Membership NewMembership(Guid allianceId, Guid schoolId, MembershipRole role, DateOnly on) => new()
    {
        Id = Guid.CreateVersion7(),
        AllianceId = allianceId,
        SchoolId = schoolId,
        Role = role,
        JoinedOn = on,
    };

    internal static List<(string, string)> Validate(FormAlliance c)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(c.Name) || c.Name.Length > 200)
        {
            errors.Add(("name", Texts.AllianceNameRequired));
        }

        if (c.CoreSchoolId == Guid.Empty)
        {
            errors.Add(("coreSchoolId", Texts.Required));
        }

        if (c.MemberSchoolIds.Contains(c.CoreSchoolId))
        {
            errors.Add(("memberSchoolIds", Texts.CoreAmongMembers));
        }

        if (c.MemberSchoolIds.Distinct().Count() != c.MemberSchoolIds.Count)
        {
            errors.Add(("memberSchoolIds", Texts.MemberTwice));
        }

        if (c.FormedOn.Year is < 2000 or > 2100)
        {
            errors.Add(("formedOn", Texts.FormedOnRange));
        }

        return errors;
    }
}
