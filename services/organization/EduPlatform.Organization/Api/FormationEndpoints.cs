using System.Security.Claims;
using EduPlatform.Kernel;
using EduPlatform.Organization.Application;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Organization.Api;

static class FormationEndpoints
{
    public static void Map(RouteGroupBuilder county)
    {
        var proposals = county.MapGroup("/formation-proposals").WithTags("Formation proposals")
            .RequireAuthorization(OrganizationPolicies.Write);

        proposals.MapPost("", Propose).WithName(nameof(Propose))
            .WithSummary("Proposes how to group the stage's not-yet-allied schools into alliances that pass every composition rule, "
                + "with the least travel and the most even alliances (CP-SAT); says why each core and member, what stays out and why, "
                + "and whether the answer is proven optimal. Nothing is written.");

        county.MapPost("/district-proposals", ProposeDistricts).WithName(nameof(ProposeDistricts)).WithTags("Formation proposals")
            .RequireAuthorization(OrganizationPolicies.Write)
            .WithSummary("The district form (学区制 [004]): partitions the stage's public schools by whole townships into districts under head "
                + "schools, contiguous, of comparable students and weak schools, near their heads; 3–5 townships each for primary and 6–9 for junior. Nothing is written.");

        proposals.MapPost("/check", CheckGrouping).WithName(nameof(CheckGrouping))
            .WithSummary("Checks a grouping (a proposal's grouping, edited) exactly as forming it would, and writes nothing.");

        proposals.MapPost("/accept", AcceptGrouping).WithName(nameof(AcceptGrouping))
            .WithSummary("Forms every alliance of the grouping through the normal path (events, audit) in one transaction, "
                + "or none: 409 naming each alliance's broken rules.");
    }

    static async Task<Results<Ok<FormationProposalView>, ProblemHttpResult>> Propose(
        string countyCode, FormationProposalRequest body, FormationService service, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (AlliancePolicy.TravelLimitProblem(body.TravelLimitKm) is { } travel)
        {
            errors.Add(("travelLimitKm", travel));
        }

        if (body.TimeLimitSeconds is < 1 or > FormationService.MaxTimeLimitSeconds)
        {
            errors.Add(("timeLimitSeconds", FormationRequestTexts.TimeLimit(FormationService.MaxTimeLimitSeconds)));
        }

        var pins = body.PinnedMembers ?? [];
        if (pins.Any(p => p.SchoolId is null || p.CoreSchoolId is null))
        {
            errors.Add(("pinnedMembers", FormationRequestTexts.PinNeedsBoth));
        }
        else if (pins.GroupBy(p => p.SchoolId).Any(g => g.Count() > 1))
        {
            errors.Add(("pinnedMembers", FormationRequestTexts.PinnedTwice));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors.Select(e => new FieldError(e.Item1, e.Item2)).ToList());
        }

        var request = new FormationRequest(body.Stage!.Value, body.Kind, body.FormedOn, body.TravelLimitKm, body.IncludeNineYear ?? false,
            body.PinnedCores, pins.ToDictionary(p => p.SchoolId!.Value, p => p.CoreSchoolId!.Value), body.Excluded, body.TimeLimitSeconds);
        return (await service.ProposeAsync(countyCode, request, ct)).ToHttp(p => TypedResults.Ok(FormationProposalView.From(p)));
    }

    static async Task<Results<Ok<GroupingCheck>, ProblemHttpResult>> CheckGrouping(
        string countyCode, GroupingRequest body, ClaimsPrincipal user, FormationService service, CancellationToken ct) =>
        Grouping(body) is { } grouping
            ? (await service.CheckAsync(countyCode, body.Kind, FormedOn(body), grouping, user.ActorName(), ct)).ToOk()
            : Problems.Invalid([new FieldError("alliances", FormationRequestTexts.GroupingShape)]);

    static async Task<Results<Created<List<AllianceView>>, ProblemHttpResult>> AcceptGrouping(
        string countyCode, GroupingRequest body, ClaimsPrincipal user, FormationService service, OrganizationDatabase db, CancellationToken ct)
    {
        if (Grouping(body) is not { } grouping)
        {
            return Problems.Invalid([new FieldError("alliances", FormationRequestTexts.GroupingShape)]);
        }

        var outcome = await service.AcceptAsync(countyCode, body.Kind, FormedOn(body), grouping, user.ActorName(), ct);
        if (outcome is not Outcome<IReadOnlyList<Alliance>>.Ok { Result: var formed })
        {
            return outcome.ToProblem();
        }

        var schools = await db.ReadAsync(s => AllianceEndpoints.SchoolsOf(s, countyCode, formed), ct);
        return TypedResults.Created($"/api/organization/counties/{countyCode}/alliances", formed.Select(a => AllianceView.From(a, schools)).ToList());
    }

    static async Task<Results<Ok<DistrictProposalView>, ProblemHttpResult>> ProposeDistricts(
        string countyCode, DistrictProposalRequest body, FormationService service, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (body.Districts is < 1 or > 50)
        {
            errors.Add(new FieldError("districts", FormationRequestTexts.Districts));
        }

        if (body.MinTownships is < 1 || body.MaxTownships is < 1 || body.MinTownships > body.MaxTownships)
        {
            errors.Add(new FieldError("minTownships", FormationRequestTexts.TownshipBounds));
        }

        if (body.TimeLimitSeconds is < 1 or > FormationService.MaxTimeLimitSeconds)
        {
            errors.Add(new FieldError("timeLimitSeconds", FormationRequestTexts.TimeLimit(FormationService.MaxTimeLimitSeconds)));
        }

        if (body.Borders?.Any(pair => pair is not { Count: 2 }) == true)
        {
            errors.Add(new FieldError("borders", FormationRequestTexts.BorderPairs));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var request = new DistrictRequest(body.Stage!.Value, body.Districts!.Value, body.HeadSchoolIds, body.MinTownships, body.MaxTownships,
            body.Borders?.Select(pair => (pair[0], pair[1])).ToList(), body.TimeLimitSeconds);
        return (await service.ProposeDistrictsAsync(countyCode, request, ct)).ToHttp(p => TypedResults.Ok(DistrictProposalView.From(p)));
    }

    static DateOnly FormedOn(GroupingRequest body) => body.FormedOn ?? DateOnly.FromDateTime(DateTime.UtcNow);

    static List<GroupedAlliance>? Grouping(GroupingRequest body) =>
        body.Alliances is { Count: > 0 } alliances && alliances.All(a => a.CoreSchoolId is not null)
            ? alliances.Select(a => new GroupedAlliance(a.Name ?? "", a.CoreSchoolId!.Value, a.MemberSchoolIds ?? [])).ToList()
            : null;
}

static class FormationRequestTexts
{
    public static Words TimeLimit(int max) => new($"须在 1 到 {max} 秒之间。", $"must be between 1 and {max} seconds");
    public static Words PinNeedsBoth => new("每项须同时给出 schoolId 和 coreSchoolId。", "each pin needs schoolId and coreSchoolId");
    public static Words PinnedTwice => new("同一学校只能指定一个核心校。", "a school is pinned to one core only");
    public static Words Districts => new("须在 1 到 50 之间。", "must be between 1 and 50");
    public static Words TownshipBounds => new("乡镇数须至少为 1，且下限不大于上限。", "at least 1, and the minimum not above the maximum");
    public static Words BorderPairs => new("每项须为两个乡镇名。", "each border is a pair of township names");
    public static Words GroupingShape => new("至少一个教联体，每个须有 coreSchoolId。", "at least one alliance, each with a coreSchoolId");
}
