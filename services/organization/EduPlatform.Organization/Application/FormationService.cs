using EduPlatform.Kernel;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Organization.Planning;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Application;

/// <summary>What the bureau asks a proposal for; every field but the stage has a default from the county's policy.</summary>
public sealed record FormationRequest(
    Stage Stage, AllianceKind? Kind = null, DateOnly? FormedOn = null, double? TravelLimitKm = null, bool IncludeNineYear = false,
    IReadOnlyList<Guid>? PinnedCores = null, IReadOnlyDictionary<Guid, Guid>? PinnedMembers = null, IReadOnlyList<Guid>? Excluded = null,
    int? TimeLimitSeconds = null);

/// <summary>A proposal with what it was asked for and the schools it considered.</summary>
public sealed record FormationProposal(FormationRequest Request, AllianceKind Kind, double TravelLimitKm, int Considered, int AlreadyAllied,
    FormationResult Result);

/// <summary>What the bureau asks a district partition for; the township bounds default to [004]'s for the stage.</summary>
public sealed record DistrictRequest(Stage Stage, int Districts, IReadOnlyList<Guid>? Heads = null, int? MinTownships = null, int? MaxTownships = null,
    IReadOnlyList<(string A, string B)>? Borders = null, int? TimeLimitSeconds = null);

public sealed record DistrictProposal(DistrictRequest Request, int MinTownships, int MaxTownships, string Source, int Schools, DistrictPlanner.Result Result);

/// <summary>One alliance of an edited grouping, to check or to form.</summary>
public sealed record GroupedAlliance(string Name, Guid CoreSchoolId, IReadOnlyList<Guid> MemberSchoolIds);

/// <summary>The check of an edited grouping: the rules each alliance breaks, as forming them now would find.</summary>
public sealed record GroupingCheck(IReadOnlyList<GroupedAllianceCheck> Alliances)
{
    public bool Passes => Alliances.All(a => a.Violations.Count == 0);
}

public sealed record GroupedAllianceCheck(string Name, IReadOnlyList<RuleViolation> Violations);

/// <summary>
/// Alliance-formation proposals: which of a county's not-yet-allied schools to group (<see cref="FormationSolver"/>), a
/// check of the grouping as the bureau edited it, and forming it — all through the normal formation path.
/// </summary>
public sealed class FormationService(OrganizationDatabase database)
{
    public const int MaxTimeLimitSeconds = 120;

    public Task<Outcome<FormationProposal>> ProposeAsync(string countyCode, FormationRequest request, CancellationToken ct) =>
        database.ReadAsync<Outcome<FormationProposal>>(async s =>
        {
            if (await s.FindCountyAsync(countyCode) is not { } county)
            {
                return SchoolService.CountyMissing<FormationProposal>(countyCode);
            }

            var policy = county.Policy;
            var kind = request.Kind ?? policy.AllowedKinds[0];
            if (!policy.AllowedKinds.Contains(kind))
            {
                return Outcome<FormationProposal>.Fail("kind", Texts.KindNotUsed(policy.Preset, kind, policy.AllowedKinds));
            }

            var formedOn = request.FormedOn ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var (schools, _) = await s.SearchSchoolsAsync(countyCode, new SchoolQuery(null, null, null, null, null, 0, int.MaxValue));
            var stageSchools = schools.Where(x => x.Stage == request.Stage || (request.IncludeNineYear && x.Stage == Stage.NineYear
                && AllianceCompositionRules.StagesCompatible(policy, request.Stage, Stage.NineYear))).ToList();
            var memberships = await s.OtherMembershipsAsync(stageSchools.Select(x => x.Id).ToList(), null);
            // A membership starting later counts too: an open-ended alliance formed now would overlap it (one of a kind at a time).
            var allied = memberships.Where(m => m.Kind == kind && (m.LeftOn is null || m.LeftOn > formedOn)).Select(m => m.SchoolId).ToHashSet();
            var students = await s.LatestStudentsAsync(countyCode);
            var candidates = stageSchools.Where(x => !allied.Contains(x.Id)).Select(x => Candidate(x, students)).ToList();
            var led = policy.RuleFor(kind).MaxPerTownship is null
                ? new Dictionary<string, int>()
                : await s.LedPerTownshipAsync(countyCode, kind, formedOn);

            var limit = request.TravelLimitKm ?? policy.FormationTravelLimitKm;
            var options = new FormationOptions
            {
                Kind = kind,
                TravelLimitKm = limit,
                PinnedCores = request.PinnedCores ?? [],
                PinnedMembers = request.PinnedMembers ?? new Dictionary<Guid, Guid>(),
                Excluded = request.Excluded ?? [],
                LedFromTownship = led,
                TimeLimit = request.TimeLimitSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : FormationSolver.DefaultTimeLimit(candidates.Count),
            };
            var result = FormationSolver.Solve(policy, options, candidates);
            return new FormationProposal(request, kind, limit, candidates.Count, allied.Count, result);
        }, ct);

    /// <summary>The district form [004]: the stage's public schools partitioned by whole townships into districts under head schools.</summary>
    public Task<Outcome<DistrictProposal>> ProposeDistrictsAsync(string countyCode, DistrictRequest request, CancellationToken ct) =>
        database.ReadAsync<Outcome<DistrictProposal>>(async s =>
        {
            if (await s.FindCountyAsync(countyCode) is null)
            {
                return SchoolService.CountyMissing<DistrictProposal>(countyCode);
            }

            var (schools, _) = await s.SearchSchoolsAsync(countyCode, new SchoolQuery(request.Stage, null, null, null, null, 0, int.MaxValue));
            var students = await s.LatestStudentsAsync(countyCode);
            var candidates = schools.Where(x => x.IsPublic).Select(x => Candidate(x, students)).ToList();
            var (min, max, source) = DistrictPlanner.TownshipsPerDistrict(request.Stage);
            var options = new DistrictPlanner.Options
            {
                Districts = request.Districts,
                Heads = request.Heads ?? [],
                MinTownships = request.MinTownships ?? min,
                MaxTownships = request.MaxTownships ?? max,
                Borders = request.Borders,
                TimeLimit = request.TimeLimitSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : FormationSolver.DefaultTimeLimit(candidates.Count),
            };
            return new DistrictProposal(request, options.MinTownships, options.MaxTownships, source, candidates.Count, DistrictPlanner.Plan(candidates, options));
        }, ct);

    static FormationCandidate Candidate(School school, IReadOnlyDictionary<Guid, int> students) =>
        new(SchoolFacts.Of(school), school.Code, school.Latitude, school.Longitude, students.GetValueOrDefault(school.Id));

    /// <summary>Forms the grouping in a transaction that is then rolled back: the rules exactly as forming it would apply them.</summary>
    public Task<Outcome<GroupingCheck>> CheckAsync(string countyCode, AllianceKind? kind, DateOnly formedOn, IReadOnlyList<GroupedAlliance> grouping,
        string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<GroupingCheck>>(async s =>
        {
            var attempt = await FormAllAsync(s, countyCode, kind, formedOn, grouping, actor);
            s.Rollback();
            return attempt is Outcome<Attempt>.Ok ok ? new GroupingCheck(ok.Result.Checks) : attempt.Failure<GroupingCheck>();
        }, ct);

    /// <summary>Forms every alliance of the grouping in one transaction, or none of them (409 with every alliance's violations).</summary>
    public Task<Outcome<IReadOnlyList<Alliance>>> AcceptAsync(string countyCode, AllianceKind? kind, DateOnly formedOn,
        IReadOnlyList<GroupedAlliance> grouping, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<IReadOnlyList<Alliance>>>(async s =>
        {
            var attempt = await FormAllAsync(s, countyCode, kind, formedOn, grouping, actor);
            if (attempt is Outcome<Attempt>.Ok { Result: var done } && done.Checks.All(c => c.Violations.Count == 0))
            {
                return new Outcome<IReadOnlyList<Alliance>>.Ok(done.Formed);
            }

            s.Rollback();
            return attempt is Outcome<Attempt>.Ok { Result: var refused }
                ? new Outcome<IReadOnlyList<Alliance>>.Refused(refused.Checks
                    .SelectMany(c => c.Violations.Select(v => v with { Message = $"{c.Name}：{v.Message}" })).ToList())
                : attempt.Failure<IReadOnlyList<Alliance>>();
        }, ct);

    sealed record Attempt(IReadOnlyList<Alliance> Formed, IReadOnlyList<GroupedAllianceCheck> Checks);

    /// <summary>Forms the alliances one after another in the session, so each is checked against those before it.</summary>
    static async Task<Outcome<Attempt>> FormAllAsync(DbSession s, string countyCode, AllianceKind? kind, DateOnly formedOn,
        IReadOnlyList<GroupedAlliance> grouping, string actor)
    {
        if (await s.FindCountyAsync(countyCode) is not { } county)
        {
            return SchoolService.CountyMissing<Attempt>(countyCode);
        }

        var formed = new List<Alliance>();
        var checks = new List<GroupedAllianceCheck>();
        foreach (var g in grouping)
        {
            var command = new FormAlliance(g.Name, kind ?? county.Policy.AllowedKinds[0], g.CoreSchoolId, g.MemberSchoolIds, formedOn);
            var errors = AllianceService.Validate(command);
            if (errors.Count > 0)
            {
                return Outcome<Attempt>.Fail(errors.Select(e => (e.Item1, $"{g.Name}：{e.Item2}")));
            }

            switch (await AllianceService.FormInSessionAsync(s, countyCode, command, actor))
            {
                case Outcome<Alliance>.Ok ok:
                    formed.Add(ok.Result);
                    checks.Add(new GroupedAllianceCheck(g.Name, []));
                    break;
                case Outcome<Alliance>.Refused refused:
                    checks.Add(new GroupedAllianceCheck(g.Name, refused.Violations));
                    break;
                case var failed:
                    return failed.Failure<Attempt>();
            }
        }

        return new Attempt(formed, checks);
    }
}
