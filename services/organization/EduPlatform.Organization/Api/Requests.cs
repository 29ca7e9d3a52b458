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

    [Description("薄弱学校 as designated by the bureau; kept as it is when left out (false for a new registration)")]
    public bool? IsWeak { get; init; }

    [Description("新建学校 as designated by the bureau; kept as it is when left out (false for a new registration)")]
    public bool? IsNew { get; init; }

    /// <summary>The details, or the rules they break.</summary>
    public SchoolDetails ToDetails() =>
        new(Code ?? "", Name ?? "", Stage!.Value, Locality!.Value, Type ?? SchoolType.Regular, Township ?? "",
            Latitude, Longitude, IsPublic ?? true, IsBoarding ?? false, KindergartenDay, IsWeak, IsNew);
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

/// <summary>What to propose; everything but the stage has a default from the county's policy.</summary>
public sealed record FormationProposalRequest(
    Stage? Stage,
    [property: Description("the county's first allowed kind when left out")] AllianceKind? Kind = null,
    [property: Description("yyyy-MM-dd; today when left out: schools in an alliance of the kind that day or joining one later are not regrouped")] DateOnly? FormedOn = null,
    [property: Description("farthest a member is placed from its core, straight line, 1–200 km; the county's setting when left out")] double? TravelLimitKm = null,
    [property: Description("also group nine-year schools into this stage's alliances where the policy allows")] bool? IncludeNineYear = null,
    [property: Description("schools that must lead an alliance")] IReadOnlyList<Guid>? PinnedCores = null,
    [property: Description("schools that must join a given core")] IReadOnlyList<PinnedMemberRequest>? PinnedMembers = null,
    [property: Description("schools to leave out")] IReadOnlyList<Guid>? Excluded = null,
    [property: Description("the solver's time limit, 1–120 s (when left out: 1.5 s up to 100 schools, then 0.06 s a school, at most 25 s); the answer says whether it proved optimality")] int? TimeLimitSeconds = null);

public sealed record PinnedMemberRequest(Guid? SchoolId, Guid? CoreSchoolId);

/// <summary>A grouping to check or form: a proposal's <c>grouping</c>, edited.</summary>
public sealed record GroupingRequest(
    IReadOnlyList<GroupedAllianceRequest>? Alliances,
    [property: Description("the county's first allowed kind when left out")] AllianceKind? Kind = null,
    [property: Description("yyyy-MM-dd; today when left out")] DateOnly? FormedOn = null);

public sealed record GroupedAllianceRequest(
    [property: Description("at most 200 characters")] string? Name,
    Guid? CoreSchoolId,
    IReadOnlyList<Guid>? MemberSchoolIds);

/// <summary>The province's targets to change; what is left out stays as it is.</summary>
public sealed record ProvinceTargetsRequest(
    [property: Description("yyyy-MM-dd")] DateOnly? DemonstrationBy = null,
    [property: Description("demonstration alliances each county has by demonstrationBy, 1–50")] int? DemonstrationMinimum = null,
    [property: Description("yyyy-MM-dd: every county has alliances")] DateOnly? EveryCountyBy = null,
    [property: Description("yyyy-MM-dd")] DateOnly? CompulsoryShareBy = null,
    [property: Description("share of compulsory schools in alliances by compulsoryShareBy, above 0 and at most 1")] decimal? CompulsoryShare = null,
    [property: Description("a provincial pilot's grant in yuan")] decimal? PilotGrantYuan = null,
    [property: Description("the version you read; 0 or left out while the province keeps the preset")] int? Version = null);

public sealed record DesignationRequest(
    DesignationKind? Kind,
    DesignationLevel? Level,
    [property: Description("the year of the designation, 2020–2035")] int? Year,
    [property: Description("yuan; a provincial pilot gets the province's grant when left out, others 0")] decimal? GrantYuan = null,
    [property: Description("at most 500 characters")] string? Note = null);

/// <summary>A district partition to propose (学区制 [004]).</summary>
public sealed record DistrictProposalRequest(
    Stage? Stage,
    [property: Description("how many districts, 1–50")] int? Districts,
    [property: Description("the head schools (学区长学校), one per district, in different townships; when left out, the largest school of the largest township, then of the larger townships farthest from the heads chosen")] IReadOnlyList<Guid>? HeadSchoolIds = null,
    [property: Description("townships per district; [004]'s 3 for primary and 6 for junior when left out")] int? MinTownships = null,
    [property: Description("townships per district; [004]'s 5 for primary and 9 for junior when left out")] int? MaxTownships = null,
    [property: Description("townships that border each other, as pairs [[\"东山镇\", \"北河镇\"], …]; derived from the schools' positions when left out")] IReadOnlyList<IReadOnlyList<string>>? Borders = null,
    [property: Description("the solver's time limit, 1–120 s")] int? TimeLimitSeconds = null);
