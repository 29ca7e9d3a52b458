using System.ComponentModel;
using EduPlatform.Contracts.Rotation;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Application;

public sealed record ReturnRequest(
    [property: Description("the version you read")] int? Version,
    [property: Description("the day after the term ends when left out; earlier is an early return")] DateOnly? ReturnedOn = null);

public sealed record StayRequest([property: Description("the version you read")] int? Version);

/// <summary>
/// What happens to placements after approval: people come back (PersonReturned, and their rural or weak-school service
/// credited with RuralServiceCredited), or, rated excellent, stay for good (PersonTransferred) [001]; and the career
/// check that counts that service.
/// </summary>
public sealed class PlacementService(RotationDatabase database, TimeProvider clock)
{
    public Task<Outcome<Placement>> ReturnAsync(string countyCode, Guid id, ReturnRequest body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<Placement>>(async s =>
        {
            var (placement, person, failure) = await LoadAsync(s, countyCode, id, body.Version);
            if (failure is not null)
            {
                return failure;
            }

            var returnedOn = body.ReturnedOn ?? placement!.EndOn.AddDays(1);
            if (returnedOn <= placement!.StartOn)
            {
                return Outcome<Placement>.Fail("returnedOn", Texts.ReturnAfterStart(placement.StartOn));
            }

            var ended = placement with { Status = PlacementStatus.Returned, EndedOn = returnedOn, Version = placement.Version + 1 };
            if (!await WriteAsync(s, placement, ended, person!, placement.HomeSchoolId, returnedOn, byRotation: false))
            {
                return new Outcome<Placement>.Stale(Texts.PlacementEntity(id), placement.Version, null);
            }

            var now = clock.GetUtcNow();
            await s.EnqueueEventAsync(new PersonReturned
            {
                EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = now, PlacementId = id, PersonId = person!.Id,
                HomeSchoolId = placement.HomeSchoolId, HostSchoolId = placement.HostSchoolId, Mode = WireEnum.Text(placement.Mode),
                Stage = placement.Stage, ReturnedOn = returnedOn, Early = returnedOn <= placement.EndOn,
            });
            await CreditAsync(s, ended, person, now);
            await s.WriteAuditAsync(actor, "rotation.placement.return", "placement", id.ToString(), countyCode, placement, ended);
            return ended;
        }, ct);

    /// <summary>A person sent from the lead school, rated excellent in the term's last year, stays at the host for good [001].</summary>
    public Task<Outcome<Placement>> StayAsync(string countyCode, Guid id, StayRequest body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<Placement>>(async s =>
        {
            var (placement, person, failure) = await LoadAsync(s, countyCode, id, body.Version);
            if (failure is not null)
            {
                return failure;
            }

            const string source = "[001] 交流轮岗期满后，牵头学校派出的管理人员和教师自愿留在成员学校，经区教体局考核为优秀等级的，可办理人事调动手续";
            var ratedYear = SchoolYear.Of(placement!.EndOn);
            var rating = (await s.RatingsAsync(person!.Id)).GetValueOrDefault(ratedYear);
            var violations = new List<RuleViolation>();
            if (placement.InReturnFor is not null || placement.AllianceId is null || !placement.MovesPost)
            {
                violations.Add(new RuleViolation("rotation.transfer.sent-by-lead-school", Texts.OnlyLeadSchoolSent, source));
            }

            if (rating != "excellent")
            {
                violations.Add(new RuleViolation("rotation.transfer.rated-excellent",
                    Texts.RatingNotExcellent(ratedYear, rating), source));
            }

            if (violations.Count > 0)
            {
                return new Outcome<Placement>.Refused(violations);
            }

            var on = placement.EndOn.AddDays(1);
            var ended = placement with { Status = PlacementStatus.Transferred, EndedOn = on, Version = placement.Version + 1 };
            if (!await WriteAsync(s, placement, ended, person, placement.HostSchoolId, on, byRotation: false))
            {
                return new Outcome<Placement>.Stale(Texts.PlacementEntity(id), placement.Version, null);
            }

            var now = clock.GetUtcNow();
            await s.EnqueueEventAsync(new PersonTransferred
            {
                EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = now, PlacementId = id, PersonId = person.Id,
                FormerHomeSchoolId = placement.HomeSchoolId, SchoolId = placement.HostSchoolId, Stage = placement.Stage, TransferredOn = on, RatedYear = ratedYear,
            });
            await CreditAsync(s, ended, person, now);
            await s.WriteAuditAsync(actor, "rotation.placement.stay", "placement", id.ToString(), countyCode, placement, ended);
            return ended;
        }, ct);

    static async Task<(Placement?, Person?, Outcome<Placement>?)> LoadAsync(DbSession s, string countyCode, Guid id, int? version)
    {
        if (version is null)
        {
            return (null, null, Outcome<Placement>.Fail("version", Texts.VersionRequired));
        }

        var placement = await s.FindPlacementAsync(countyCode, id);
        if (placement is null)
        {
            return (null, null, new Outcome<Placement>.NotFound(Texts.NotInCounty(Texts.PlacementEntity(id))));
        }

        if (placement.Version != version)
        {
            return (null, null, new Outcome<Placement>.Stale(Texts.PlacementEntity(id), version.Value, placement.Version));
        }

        if (placement.Status != PlacementStatus.Active)
        {
            return (null, null, new Outcome<Placement>.Refused([new RuleViolation("rotation.placement.ended", Texts.PlacementEnded(WireEnum.Text(placement.Status), placement.EndedOn), "")]));
        }

        var person = await s.FindPersonAsync(countyCode, placement.PersonId);
        if (person is null || person.LeftOn is not null || (placement.MovesPost && person.CurrentSchoolId != placement.HostSchoolId))
        {
            return (null, null, new Outcome<Placement>.Refused([new RuleViolation("rotation.placement.person",
                Texts.NoLongerAtHost, "")]));
        }

        return (placement, person, null);
    }

    /// <summary>Ends the placement and moves the person's post (itinerant teachers never left theirs).</summary>
    static async Task<bool> WriteAsync(DbSession s, Placement before, Placement after, Person person, Guid school, DateOnly on, bool byRotation)
    {
        if (!await s.UpdatePlacementAsync(after, before.Version))
        {
            return false;
        }

        return !before.MovesPost || await s.UpdatePersonAsync(SchoolHistory.MoveTo(person, school, on, byRotation), person.Version);
    }

    /// <summary>Service at a rural school, or at a member campus the lead school sent the person to (a weak school), is credited [000][001].</summary>
    async Task CreditAsync(DbSession s, Placement p, Person person, DateTimeOffset now)
    {
        if (!p.MovesPost || p.EndedOn is not { } ended)
        {
            return;
        }

        var policy = (await s.RotationSettingsAsync(p.CountyCode)).ToPolicy();
        var schools = await SchoolDirectory.FactsAsync(s, p.CountyCode, p.StartOn);
        var kind = schools.TryGetValue(p.HostSchoolId, out var host) && policy.RuralLocalities.Contains(host.Locality) ? "rural"
            : p.AllianceId is not null && p.InReturnFor is null ? "weak" : null;
        if (kind is null)
        {
            return;
        }

        var last = ended.AddDays(-1);
        var periods = await CareerService.RuralOrWeakPeriodsAsync(s, person.CountyCode, person.Id, last);
        var total = Dates.YearsInDays(periods.Sum(x => (x.To < last ? x.To : last).DayNumber - x.From.DayNumber + 1));
        await s.EnqueueEventAsync(new RuralServiceCredited
        {
            EventId = Guid.CreateVersion7(), CountyCode = p.CountyCode, OccurredAt = now, PersonId = person.Id, SchoolId = p.HostSchoolId, Kind = kind,
            From = p.StartOn, To = last, Days = last.DayNumber - p.StartOn.DayNumber + 1, Years = Dates.CompletedYears(p.StartOn, ended), TotalYears = total,
        });
    }
}
