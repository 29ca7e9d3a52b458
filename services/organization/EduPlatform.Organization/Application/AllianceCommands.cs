using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Application;

public sealed record FormAlliance(
    string Name, AllianceKind Kind, Guid CoreSchoolId, IReadOnlyList<Guid> MemberSchoolIds, DateOnly FormedOn,
    string? Charter = null, DateOnly? AgreementFiledOn = null, PartyOrganization? PartyOrganization = null);

public sealed record AllianceDetailsChange(string Name, string? Charter, DateOnly? AgreementFiledOn, PartyOrganization? PartyOrganization, int Version);
