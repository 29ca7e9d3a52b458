using EduPlatform.Organization.Application;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Api;

public sealed record CountyRequest(string? Name, string? PolicyPreset, AlliancePolicyOverrides? PolicyOverrides, int? Version);

public sealed record SchoolRequest(
    string? Code, string? Name, Stage? Stage, Locality? Locality, SchoolType? Type, string? Township,
    double? Latitude, double? Longitude, bool? IsPublic, bool? IsBoarding, KindergartenDay? KindergartenDay, int? Version)
{
    /// <summary>The details, or the missing required fields.</summary>
    public (SchoolDetails? Details, List<(string Field, string Message)> Errors) ToDetails()
    {
        var errors = new List<(string, string)>();
        if (Stage is null) { errors.Add(("stage", "is required: kindergarten, primary, junior, nine-year or senior-high")); }
        if (Locality is null) { errors.Add(("locality", "is required: urban, town or rural")); }
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SchoolDetails(Code ?? "", Name ?? "", Stage!.Value, Locality!.Value, Type ?? SchoolType.Regular, Township ?? "",
            Latitude, Longitude, IsPublic ?? true, IsBoarding ?? false, KindergartenDay), errors);
    }
}

public sealed record TermRequest(int? Students, int? Classes, IReadOnlyList<GradeCount>? Grades, int? Version);

public sealed record FormAllianceRequest(
    string? Name, AllianceKind? Kind, Guid? CoreSchoolId, IReadOnlyList<Guid>? MemberSchoolIds, DateOnly? FormedOn,
    string? Charter, DateOnly? AgreementFiledOn, PartyOrganization? PartyOrganization);

public sealed record JoinRequest(Guid? SchoolId, DateOnly? EffectiveOn, int? Version);

public sealed record DatedChangeRequest(DateOnly? EffectiveOn, int? Version);

public sealed record ExecutivePrincipalRequest(string? Name, int? Version);

public sealed record AllianceDetailsRequest(string? Name, string? Charter, DateOnly? AgreementFiledOn, PartyOrganization? PartyOrganization, int? Version);
