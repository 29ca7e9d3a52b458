using System.ComponentModel;
using EduPlatform.Organization.Application;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Api;

// A parameter without a default is a required field (RequiredFields): the schema marks it and a body without it is a 400.

public sealed record CountyRequest(
    [property: Description("the county's name, at most 100 characters")] string? Name,
    [property: Description("the alliance policy preset: xishui, tuanfeng, wolong or national (GET /policy-presets)")] string? PolicyPreset,
    AlliancePolicyOverrides? PolicyOverrides = null,
    [property: Description("the version you read; leave out when setting the county up the first time")] int? Version = null);

/// <summary>A school's register entry as sent to register one.</summary>
public record SchoolRequest
{
    [Description("学校标识码: 1–20 letters or digits")]
    public required string? Code { get; init; }

    [Description("at most 100 characters")]
    public required string? Name { get; init; }

    public required Stage? Stage { get; init; }
    public required Locality? Locality { get; init; }

    [Description("乡镇/街道, at most 50 characters")]
    public required string? Township { get; init; }

    [Description("regular when left out")]
    public SchoolType? Type { get; init; }

    [Description("WGS 84")]
    public double? Latitude { get; init; }

    [Description("WGS 84")]
    public double? Longitude { get; init; }

    [Description("true when left out")]
    public bool? IsPublic { get; init; }

    [Description("false when left out")]
    public bool? IsBoarding { get; init; }

    [Description("required for a kindergarten")]
    public KindergartenDay? KindergartenDay { get; init; }

    /// <summary>The details, or the rules they break.</summary>
    public SchoolDetails ToDetails() =>
        new(Code ?? "", Name ?? "", Stage!.Value, Locality!.Value, Type ?? SchoolType.Regular, Township ?? "",
            Latitude, Longitude, IsPublic ?? true, IsBoarding ?? false, KindergartenDay);
}

/// <summary>A school's register entry as sent to change it: the version read, so a concurrent change is not overwritten.</summary>
public sealed record SchoolChangeRequest : SchoolRequest
{
    [Description("the version you read")]
    public required int? Version { get; init; }
}

public sealed record TermRequest(
    int? Students,
    int? Classes,
    [property: Description("per grade, when known; their sums must match students and classes")] IReadOnlyList<GradeCount>? Grades = null,
    [property: Description("the version you read when correcting a report; leave out for the term's first report")] int? Version = null);

public sealed record FormAllianceRequest(
    [property: Description("at most 200 characters")] string? Name,
    AllianceKind? Kind,
    Guid? CoreSchoolId,
    [property: Description("yyyy-MM-dd")] DateOnly? FormedOn,
    [property: Description("the member schools, the core school not among them")] IReadOnlyList<Guid>? MemberSchoolIds = null,
    [property: Description("章程")] string? Charter = null,
    [property: Description("the day the agreement was filed with the bureau")] DateOnly? AgreementFiledOn = null,
    PartyOrganization? PartyOrganization = null);

public sealed record JoinRequest(
    Guid? SchoolId,
    [property: Description("yyyy-MM-dd")] DateOnly? EffectiveOn,
    [property: Description("the alliance version you read")] int? Version);

public sealed record DatedChangeRequest(
    [property: Description("yyyy-MM-dd")] DateOnly? EffectiveOn,
    [property: Description("the alliance version you read")] int? Version);

public sealed record ExecutivePrincipalRequest(
    [property: Description("the alliance version you read")] int? Version,
    [property: Description("at most 50 characters; leave out or empty to clear")] string? Name = null);

public sealed record AllianceDetailsRequest(
    [property: Description("the alliance version you read")] int? Version,
    [property: Description("at most 200 characters")] string? Name,
    string? Charter = null,
    DateOnly? AgreementFiledOn = null,
    PartyOrganization? PartyOrganization = null);
