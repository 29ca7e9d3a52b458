using System.ComponentModel;
using EduPlatform.Contracts.Zoning;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain;
using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Zoning.Application;

/// <summary>
/// A request to draw zones. Kind "single" (default) or "multi" (多校划片); hot schools default to the alliances' core schools
/// (the strong school of each alliance, domain.md §1) of the stage on 1 September. Townships limit the plan to an area
/// (Xishui zoned its county town [000]); without them it covers the county.
/// </summary>
public sealed record ZonePlanRequest(
    [property: Description("the school year of the intake")] int SchoolYear,
    [property: Description("primary or junior")] string? Stage,
    [property: Description("single (default) or multi (多校划片)")] string? Kind = null, IReadOnlyList<Guid>? HotSchools = null, ZoneRules? Rules = null,
    MultiSchoolRules? MultiSchool = null, IReadOnlyList<string>? Townships = null);

public sealed record ZonePlanDecision([property: Description("the version you read")] int? Version);

public sealed record SchoolComparison(Guid SchoolId, string School, int? EntrantsBefore, int? SeatsBefore, int EntrantsAfter, int SeatsAfter);

/// <summary>A unit whose school (or zone's schools) changed, and how far its nearest zoned school is before and after.</summary>
public sealed record UnitComparison(Guid UnitId, string Unit, IReadOnlyList<Guid>? SchoolsBefore, IReadOnlyList<Guid> SchoolsAfter, int Entrants,
    double? MetresBefore, double MetresAfter);

public sealed record ZonePlanComparison(Guid PlanId, Guid? ComparedWith, int ChildrenChangingSchool, IReadOnlyList<SchoolComparison> Schools, IReadOnlyList<UnitComparison> ChangedUnits);

/// <summary>Drawing, comparing, approving and publishing a year's and stage's catchment zones.</summary>
public sealed class ZonePlanService(ZoningDatabase database, TimeProvider clock)
{
    static readonly string[] ZonedStages = ["primary", "junior"];

    public Task<Outcome<StoredZonePlan>> GenerateAsync(string countyCode, ZonePlanRequest body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<StoredZonePlan>>(async s =>
        {
            var stage = body.Stage?.Trim() ?? "";
            var rules = body.Rules ?? new ZoneRules();
            var multiRules = body.MultiSchool ?? new MultiSchoolRules();
            var errors = Validate(body, stage, rules, multiRules, out var kind);
            if (errors.Count > 0)
            {
                return new Outcome<StoredZonePlan>.Invalid(errors);
            }

            // Every unit is zoned, those expecting no entrants this year too: a family may still move in, and the look-up must answer.
            var area = (body.Townships ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
            bool InArea(string township) => area.Count == 0 || area.Contains(township);
            var allUnits = await s.UnitsAsync(countyCode, body.SchoolYear);
            var allSchools = await s.KnownSchoolsAsync(countyCode);
            foreach (var unknown in area.Where(t => allUnits.All(u => u.Township != t) && allSchools.All(x => x.Township != t)))
            {
                errors.Add(new FieldError("townships", Texts.UnknownTownship(unknown)));
            }

            var units = allUnits.Where(u => InArea(u.Township)).ToList();
            var located = allSchools.Where(x => x.Latitude is not null && x.Longitude is not null && InArea(x.Township)).ToDictionary(x => x.Id);
            var seats = (await SeatService.TableInSessionAsync(s, countyCode, body.SchoolYear)).Schools.Where(x => x.Stage == stage && x.Seats > 0).ToList();
            var schools = seats.Where(x => located.ContainsKey(x.SchoolId))
                .Select(x => new ZoneSchool(x.SchoolId, located[x.SchoolId].Latitude!.Value, located[x.SchoolId].Longitude!.Value, x.Seats)).ToList();
            if (units.Sum(u => u.Entrants.GetValueOrDefault(stage)) == 0) { errors.Add(new FieldError("schoolYear", Texts.NoEntrants(stage, body.SchoolYear))); }
            if (schools.Count == 0) { errors.Add(new FieldError("stage", Texts.NoSeats(stage, body.SchoolYear))); }
            var hot = body.HotSchools?.ToHashSet() ?? (await s.AlliancesOnAsync(countyCode, SchoolYear.StartsOn(body.SchoolYear))).Select(a => a.Alliance.CoreSchoolId).ToHashSet();
            foreach (var stranger in body.HotSchools?.Where(id => schools.All(x => x.Id != id)) ?? [])
            {
                errors.Add(new FieldError("hotSchools", Texts.NotAHotSchool(stranger, stage, body.SchoolYear)));
            }

            if (errors.Count > 0)
            {
                return new Outcome<StoredZonePlan>.Invalid(errors);
            }

            hot.IntersectWith(schools.Select(x => x.Id));
            var all = await s.ZonePlansAsync(countyCode, stage: stage);
            var basisHeader = all.Where(p => p.Status == ZonePlanStatus.Published && p.SchoolYear <= body.SchoolYear && p.Townships.SequenceEqual(area)).OrderByDescending(p => p.SchoolYear).ThenByDescending(p => p.Number).FirstOrDefault();
            var basis = basisHeader is null ? null : (await s.ZonePlansAsync(countyCode, id: basisHeader.Id, withAssignments: true))[0];
            var zoneUnits = units.Select(u => new ZoneUnit(u.Id, u.Latitude, u.Longitude, u.Entrants.GetValueOrDefault(stage), u.Neighbours)).ToList();
            var outcome = ZonePlanner.Plan(zoneUnits, schools, rules, basis?.Assignments.ToDictionary(a => a.UnitId, a => a.SchoolId));
            var zones = kind == ZoneKind.Multi
                ? MultiSchoolZones.Join(zoneUnits, schools, outcome.SchoolOfUnit, hot, multiRules)
                : MultiSchoolZones.Single(zoneUnits, schools, outcome.SchoolOfUnit);
            var number = all.Where(p => p.SchoolYear == body.SchoolYear).Select(p => p.Number).DefaultIfEmpty(0).Max() + 1;
            var plan = Draw(new StoredZonePlan(Guid.CreateVersion7(), countyCode, body.SchoolYear, stage, area, kind, number, ZonePlanStatus.Draft, rules, zones, [],
                hot.ToList(), 0, outcome.StabilityCap, 0, basis?.Id, actor, clock.GetUtcNow(), null, 1, []), zoneUnits, schools, outcome, basis);
            await s.InsertZonePlanAsync(plan);
            await s.WriteAuditAsync(actor, "zoning.plan.generate", "zone-plan", plan.Id.ToString(), countyCode, null,
                new { plan.SchoolYear, plan.Stage, Kind = WireEnum.Text(plan.Kind), plan.Number, Units = plan.Assignments.Count, plan.Shortage, plan.ChildrenChangingSchool });
            return plan;
        }, ct);

    static List<FieldError> Validate(ZonePlanRequest body, string stage, ZoneRules rules, MultiSchoolRules multi, out ZoneKind kind)
    {
        var errors = new List<FieldError>();
        kind = ZoneKind.Single;
        if (!ZonedStages.Contains(stage)) { errors.Add(new FieldError("stage", Texts.PrimaryOrJunior)); }
        if (!SchoolYear.IsValid(body.SchoolYear)) { errors.Add(new FieldError("schoolYear", SchoolYear.Rule)); }
        if (body.Kind is { } k && !Enum.TryParse(k, ignoreCase: true, out kind)) { errors.Add(new FieldError("kind", Texts.SingleOrMulti)); }
        if (rules.DetourFactor is < 1 or > 3) { errors.Add(new FieldError("rules.detourFactor", Texts.Within("1–3"))); }
        if (rules.MaxShareChanging is < 0 or > 1) { errors.Add(new FieldError("rules.maxShareChanging", Texts.Within("0–1"))); }
        if (rules.CandidateSchools is < 1 or > 50) { errors.Add(new FieldError("rules.candidateSchools", Texts.Within("1–50"))); }
        if (multi.MaxSchoolsPerZone is < 2 or > 10) { errors.Add(new FieldError("multiSchool.maxSchoolsPerZone", Texts.Within("2–10"))); }
        if (multi.MaxMetresBetweenSchools is < 100 or > 50_000) { errors.Add(new FieldError("multiSchool.maxMetresBetweenSchools", Texts.Within("100–50,000"))); }
        return errors;
    }

    /// <summary>Fills in each unit's zone and nearest zoned school, per-school loads, the average trip and children changing against the basis.</summary>
    static StoredZonePlan Draw(StoredZonePlan plan, IReadOnlyList<ZoneUnit> units, IReadOnlyList<ZoneSchool> schools, ZonePlanOutcome outcome, StoredZonePlan? basis)
    {
        var bySchool = schools.ToDictionary(x => x.Id);
        var zoneOfSchool = plan.Zones.SelectMany(z => z.Schools.Select(id => (id, z))).ToDictionary(x => x.id, x => x.z);
        double Metres(ZoneUnit u, ZoneSchool x) => Math.Round(ZonePlanner.Metres(u.Latitude, u.Longitude, x.Latitude, x.Longitude) * plan.Rules.DetourFactor);
        var assignments = units.Select(u =>
        {
            var zone = zoneOfSchool[outcome.SchoolOfUnit[u.Id]];
            var nearest = zone.Schools.Select(id => bySchool[id]).MinBy(x => Metres(u, x))!;
            return new ZoneAssignment(u.Id, zone.Number, nearest.Id, u.Entrants, Metres(u, nearest));
        }).ToList();
        var loads = schools.Select(x =>
        {
            var zone = zoneOfSchool[x.Id];
            return new ZoneLoad(x.Id, (int)Math.Round((double)zone.Entrants * x.Seats / zone.Seats), x.Seats);
        }).ToList();
        var children = units.Sum(u => u.Entrants);
        var drawn = plan with { Loads = loads, Assignments = assignments, AverageMetres = children == 0 ? 0 : Math.Round(assignments.Sum(a => a.Entrants * a.Metres) / children) };
        return drawn with { ChildrenChangingSchool = basis is null ? 0 : Changes(basis, drawn).Where(c => c.SchoolsBefore is not null).Sum(c => c.Entrants) };
    }

    /// <summary>The units of <paramref name="after"/> whose schools differ from <paramref name="before"/> (or that it did not zone).</summary>
    static IEnumerable<UnitComparison> Changes(StoredZonePlan? before, StoredZonePlan after, IReadOnlyDictionary<Guid, string>? unitNames = null)
    {
        var old = before?.Assignments.ToDictionary(a => a.UnitId) ?? [];
        foreach (var a in after.Assignments)
        {
            var schoolsAfter = SchoolsOf(after, a);
            var was = old.GetValueOrDefault(a.UnitId);
            var schoolsBefore = was is null ? null : SchoolsOf(before!, was);
            if (schoolsBefore is null || !schoolsBefore.ToHashSet().SetEquals(schoolsAfter))
            {
                yield return new UnitComparison(a.UnitId, unitNames?.GetValueOrDefault(a.UnitId) ?? "", schoolsBefore, schoolsAfter, a.Entrants, was?.Metres, a.Metres);
            }
        }
    }

    static IReadOnlyList<Guid> SchoolsOf(StoredZonePlan plan, ZoneAssignment a) => plan.Zones.FirstOrDefault(z => z.Number == a.Zone)?.Schools ?? [a.SchoolId];

    /// <summary>draft → approved (the bureau checks it), approved → published (ZonePlanPublished, and SeatShortageFound per over-full zone).</summary>
    public Task<Outcome<StoredZonePlan>> AdvanceAsync(string countyCode, Guid id, ZonePlanStatus to, ZonePlanDecision body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<StoredZonePlan>>(async s =>
        {
            if (body.Version is null)
            {
                return Outcome<StoredZonePlan>.Fail("version", Texts.VersionRequired);
            }

            var plan = (await s.ZonePlansAsync(countyCode, id: id, withAssignments: true)).FirstOrDefault();
            if (plan is null)
            {
                return new Outcome<StoredZonePlan>.NotFound(Texts.PlanNotInCounty(id));
            }

            if (plan.Version != body.Version)
            {
                return new Outcome<StoredZonePlan>.Stale(Texts.PlanEntity(id), body.Version.Value, plan.Version);
            }

            var from = to == ZonePlanStatus.Approved ? ZonePlanStatus.Draft : ZonePlanStatus.Approved;
            if (plan.Status != from)
            {
                return new Outcome<StoredZonePlan>.Refused([new RuleViolation($"zoning.plan.{WireEnum.Text(to)}",
                    Texts.OnlyFrom(from, to, plan.Status), Texts.PublishedSource)]);
            }

            var now = clock.GetUtcNow();
            if (!await s.SetZonePlanStatusAsync(id, to, plan.Version, to == ZonePlanStatus.Published ? now : null))
            {
                s.Rollback();
                return new Outcome<StoredZonePlan>.Stale(Texts.PlanEntity(id), plan.Version, null);
            }

            if (to == ZonePlanStatus.Published)
            {
                await s.SupersedePublishedAsync(plan);
                await s.EnqueueEventAsync(new ZonePlanPublished
                {
                    EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = now, PlanId = id, SchoolYear = plan.SchoolYear, Stage = plan.Stage,
                    Townships = plan.Townships, Kind = WireEnum.Text(plan.Kind), Number = plan.Number, Units = plan.Assignments.Count, ChildrenChangingSchool = plan.ChildrenChangingSchool,
                    Zones = plan.Zones.Select(z => new PublishedZone { Zone = z.Number, SchoolIds = z.Schools, Units = z.Units, Entrants = z.Entrants, Seats = z.Seats }).ToList(),
                });
                foreach (var over in plan.Zones.Where(z => z.Over > 0))
                {
                    await s.EnqueueEventAsync(new SeatShortageFound
                    {
                        EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = now, PlanId = id, SchoolYear = plan.SchoolYear, Stage = plan.Stage,
                        Zone = over.Number, SchoolIds = over.Schools, Entrants = over.Entrants, Seats = over.Seats, Shortage = over.Over,
                    });
                }
            }

            await s.WriteAuditAsync(actor, $"zoning.plan.{WireEnum.Text(to)}", "zone-plan", id.ToString(), countyCode,
                new { Status = WireEnum.Text(plan.Status) }, new { Status = WireEnum.Text(to) });
            return plan with { Status = to, Version = plan.Version + 1, PublishedAt = to == ZonePlanStatus.Published ? now : plan.PublishedAt };
        }, ct);

    /// <summary>Side by side with another version (by default the published plan it was drawn from): per school and per unit that changes school.</summary>
    public Task<ZonePlanComparison?> CompareAsync(string countyCode, Guid id, Guid? with, CancellationToken ct) =>
        database.ReadAsync(async s =>
        {
            var plan = (await s.ZonePlansAsync(countyCode, id: id, withAssignments: true)).FirstOrDefault();
            if (plan is null)
            {
                return null;
            }

            var otherId = with ?? plan.BasedOn;
            var other = otherId is { } o ? (await s.ZonePlansAsync(countyCode, id: o, withAssignments: true)).FirstOrDefault() : null;
            var names = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(x => x.Id, x => x.Name);
            var unitNames = (await s.UnitsAsync(countyCode)).ToDictionary(u => u.Id, u => u.Name);
            var schools = plan.Loads.Select(l =>
            {
                var old = other?.Loads.FirstOrDefault(x => x.SchoolId == l.SchoolId);
                return new SchoolComparison(l.SchoolId, names.GetValueOrDefault(l.SchoolId, ""), old?.Entrants, old?.Seats, l.Entrants, l.Seats);
            }).ToList();
            var changed = Changes(other, plan, unitNames).ToList();
            return new ZonePlanComparison(plan.Id, other?.Id, changed.Where(c => c.SchoolsBefore is not null).Sum(c => c.Entrants), schools, changed);
        }, ct);
}
