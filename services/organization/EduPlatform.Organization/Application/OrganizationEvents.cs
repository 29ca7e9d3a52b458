using EduPlatform.Contracts.Organization;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Application;

/// <summary>Builds the integration events from domain state; fields never carry internal table shapes.</summary>
public static class OrganizationEvents
{
    public static CountyNamed Named(string countyCode, string name, int version) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = countyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        Name = name,
        Version = version,
    };

    public static SchoolRegistered Registered(School s) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = s.CountyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        SchoolId = s.Id,
        SchoolCode = s.Code,
        Name = s.Name,
        Stage = WireText.Of(s.Stage),
        Locality = WireText.Of(s.Locality),
        SchoolType = WireText.Of(s.Type),
        Township = s.Township,
        Latitude = s.Latitude,
        Longitude = s.Longitude,
        IsPublic = s.IsPublic,
        IsLegalPerson = s.IsLegalPerson,
        IsBoarding = s.IsBoarding,
        KindergartenDay = WireText.Of(s.KindergartenDay),
        IsWeak = s.IsWeak,
        IsNew = s.IsNew,
        Version = s.Version,
    };

    public static SchoolUpdated Updated(School s) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = s.CountyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        SchoolId = s.Id,
        SchoolCode = s.Code,
        Name = s.Name,
        Stage = WireText.Of(s.Stage),
        Locality = WireText.Of(s.Locality),
        SchoolType = WireText.Of(s.Type),
        Township = s.Township,
        Latitude = s.Latitude,
        Longitude = s.Longitude,
        IsPublic = s.IsPublic,
        IsLegalPerson = s.IsLegalPerson,
        IsBoarding = s.IsBoarding,
        KindergartenDay = WireText.Of(s.KindergartenDay),
        IsWeak = s.IsWeak,
        IsNew = s.IsNew,
        Version = s.Version,
    };

    public static TermStatisticsReported TermReported(string countyCode, TermStatistics t) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = countyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        SchoolId = t.SchoolId,
        Term = t.Term.ToString(),
        SchoolYear = t.Term.SchoolYear,
        Season = WireText.Of(t.Term.Season),
        Students = t.Students,
        Classes = t.Classes,
        Grades = t.Grades.Select(g => new GradeStatistics { Grade = g.Grade, Students = g.Students, Classes = g.Classes }).ToList(),
        Version = t.Version,
    };

    public static AllianceFormed Formed(Alliance a) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = a.CountyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        AllianceId = a.Id,
        Name = a.Name,
        Kind = WireText.Of(a.Kind),
        Category = WireText.Of(a.Category),
        Stage = WireText.Of(a.Stage),
        CoreSchoolId = a.CoreSchoolId,
        MemberSchoolIds = a.MembersFrom(a.FormedOn).Select(m => m.SchoolId).ToList(),
        EffectiveOn = a.FormedOn,
        Version = a.Version,
    };

    public static AllianceMembershipChanged MembershipChanged(Alliance a, Guid schoolId, bool joined, DateOnly effectiveOn) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = a.CountyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        AllianceId = a.Id,
        SchoolId = schoolId,
        Change = joined ? "joined" : "left",
        EffectiveOn = effectiveOn,
        CoreSchoolId = a.CoreSchoolId,
        MemberSchoolIds = a.MembersFrom(effectiveOn).Select(m => m.SchoolId).ToList(),
        Version = a.Version,
    };

    public static AllianceDissolved Dissolved(Alliance a, DateOnly effectiveOn, IReadOnlyList<Guid> schoolIds) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = a.CountyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        AllianceId = a.Id,
        EffectiveOn = effectiveOn,
        SchoolIds = schoolIds,
        Version = a.Version,
    };

    public static LegalPersonRemoved LegalPersonRemoved(string countyCode, Guid schoolId, Guid allianceId, DateOnly on) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = countyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        SchoolId = schoolId,
        AllianceId = allianceId,
        EffectiveOn = on,
    };

    public static LegalPersonRestored LegalPersonRestored(string countyCode, Guid schoolId, Guid allianceId, DateOnly on) => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = countyCode,
        OccurredAt = DateTimeOffset.UtcNow,
        SchoolId = schoolId,
        AllianceId = allianceId,
        EffectiveOn = on,
    };
}
