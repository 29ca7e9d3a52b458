using EduPlatform.Kernel;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Application;

/// <summary>Registering and changing schools and their term statistics; every write audited and published through the outbox.</summary>
public sealed class SchoolService(OrganizationDatabase database)
{
    public Task<Outcome<School>> RegisterAsync(string countyCode, SchoolDetails details, string actor, CancellationToken ct)
    {
        var errors = SchoolRules.Validate(details);
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<School>.Fail(errors));
        }

        return database.InTransactionAsync(s => RegisterInSessionAsync(s, countyCode, details, actor), ct);
    }

    internal static async Task<Outcome<School>> RegisterInSessionAsync(DbSession s, string countyCode, SchoolDetails d, string actor)
    {
        if (await s.FindCountyAsync(countyCode) is null)
        {
            return CountyMissing<School>(countyCode);
        }

        if (await s.SchoolCodeTakenAsync(countyCode, d.Code, null))
        {
            return Outcome<School>.Fail("code", Texts.CodeTaken(d.Code, countyCode));
        }

        var school = FromDetails(Guid.CreateVersion7(), countyCode, d, isLegalPerson: true, version: 1, null);
        await s.InsertSchoolAsync(school);
        await s.WriteAuditAsync(actor, "school.register", "school", school.Id, countyCode, null, school);
        await s.EnqueueEventAsync(OrganizationEvents.Registered(school));
        return school;
    }

    public Task<Outcome<School>> UpdateAsync(string countyCode, Guid id, SchoolDetails details, int version, string actor, CancellationToken ct)
    {
        var errors = SchoolRules.Validate(details);
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<School>.Fail(errors));
        }

        return database.InTransactionAsync(s => UpdateInSessionAsync(s, countyCode, id, details, version, actor), ct);
    }

    internal static async Task<Outcome<School>> UpdateInSessionAsync(DbSession s, string countyCode, Guid id, SchoolDetails d, int version, string actor)
    {
        var existing = await s.FindSchoolAsync(countyCode, id);
        if (existing is null)
        {
            return new Outcome<School>.NotFound(Texts.SchoolNotFound(id));
        }

        if (existing.Version != version)
        {
            return new Outcome<School>.Stale(Texts.SchoolEntity(existing.Name), version, existing.Version);
        }

        if (d.Stage != existing.Stage && await s.OtherMembershipsAsync([id], null) is { Count: > 0 } memberships
            && memberships.Any(m => m.LeftOn is null))
        {
            return new Outcome<School>.Refused([new RuleViolation(AllianceCompositionRules.SameStage,
                Texts.StageLockedInAlliance(existing.Name), Texts.StageSource)]);
        }

        if (await s.SchoolCodeTakenAsync(countyCode, d.Code, id))
        {
            return Outcome<School>.Fail("code", Texts.CodeTaken(d.Code, countyCode));
        }

        var updated = FromDetails(id, countyCode, d, existing.IsLegalPerson, existing.Version + 1, existing);
        if (updated with { Version = existing.Version } == existing)
        {
            return existing;
        }

        if (!await s.UpdateSchoolAsync(updated, version))
        {
            return new Outcome<School>.Stale(Texts.SchoolEntity(existing.Name), version, null);
        }

        await s.WriteAuditAsync(actor, "school.update", "school", id, countyCode, existing, updated);
        await s.EnqueueEventAsync(OrganizationEvents.Updated(updated));
        return updated;
    }

    public Task<Outcome<TermStatistics>> ReportTermAsync(string countyCode, Guid schoolId, string termText, int students, int classes,
        IReadOnlyList<GradeCount>? grades, int? version, string actor, CancellationToken ct) =>
        database.InTransactionAsync(s => ReportTermInSessionAsync(s, countyCode, schoolId, termText, students, classes, grades ?? [], version, actor), ct);

    internal static async Task<Outcome<TermStatistics>> ReportTermInSessionAsync(DbSession s, string countyCode, Guid schoolId, string termText,
        int students, int classes, IReadOnlyList<GradeCount> grades, int? version, string actor)
    {
        if (!Term.TryParse(termText, out var term))
        {
            return Outcome<TermStatistics>.Fail("term", Texts.TermShape);
        }

        var school = await s.FindSchoolAsync(countyCode, schoolId);
        if (school is null)
        {
            return new Outcome<TermStatistics>.NotFound(Texts.SchoolNotFound(schoolId));
        }

        var errors = TermStatisticsRules.Validate(school.Stage, students, classes, grades);
        if (errors.Count > 0)
        {
            return Outcome<TermStatistics>.Fail(errors);
        }

        var existing = await s.FindTermAsync(schoolId, term);
        var sorted = grades.OrderBy(g => g.Grade).ToList();
        TermStatistics stats;
        if (existing is null)
        {
            stats = new TermStatistics(schoolId, term, students, classes, sorted, 1);
            await s.InsertTermAsync(countyCode, stats);
        }
        else
        {
            if (version != existing.Version)
            {
                return new Outcome<TermStatistics>.Stale($"{school.Name} {term}", version ?? 0, existing.Version);
            }

            if (existing.Students == students && existing.Classes == classes && existing.Grades.SequenceEqual(sorted))
            {
                return existing;
            }

            stats = new TermStatistics(schoolId, term, students, classes, sorted, existing.Version + 1);
            if (!await s.UpdateTermAsync(countyCode, stats, existing.Version))
            {
                return new Outcome<TermStatistics>.Stale($"{school.Name} {term}", existing.Version, null);
            }
        }

        await s.WriteAuditAsync(actor, "school.term-statistics", "school", schoolId, countyCode, existing, stats);
        await s.EnqueueEventAsync(OrganizationEvents.TermReported(countyCode, stats));
        return stats;
    }

    internal static Outcome<T> CountyMissing<T>(string countyCode) =>
        new Outcome<T>.NotFound(Texts.CountyNotSetUp(countyCode));

    /// <summary>The school as the details describe it; a designation left out (null) stays as it was.</summary>
    static School FromDetails(Guid id, string countyCode, SchoolDetails d, bool isLegalPerson, int version, School? existing) => new()
    {
        Id = id,
        CountyCode = countyCode,
        Code = d.Code.Trim(),
        Name = d.Name.Trim(),
        Stage = d.Stage,
        Locality = d.Locality,
        Type = d.Type,
        Township = d.Township.Trim(),
        Latitude = d.Latitude,
        Longitude = d.Longitude,
        IsPublic = d.IsPublic,
        IsLegalPerson = isLegalPerson,
        IsBoarding = d.IsBoarding,
        KindergartenDay = d.KindergartenDay,
        IsWeak = d.IsWeak ?? existing?.IsWeak ?? false,
        IsNew = d.IsNew ?? existing?.IsNew ?? false,
        Version = version,
    };
}
