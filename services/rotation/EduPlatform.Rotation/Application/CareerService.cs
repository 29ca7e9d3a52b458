using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Application;

/// <summary>"May this teacher apply for a senior title / a principal grade?" from the school history, placements and ratings.</summary>
public sealed class CareerService(RotationDatabase database, TimeProvider clock)
{
    public Task<CareerAnswer?> CheckAsync(string countyCode, Guid personId, CareerStep step, CancellationToken ct) =>
        database.ReadAsync(async s =>
        {
            var person = await s.FindPersonAsync(countyCode, personId);
            if (person is null)
            {
                return null;
            }

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var schools = await SchoolDirectory.FactsAsync(s, countyCode, today);
            var home = person.History.Where(h => !h.ByRotation).MaxBy(h => h.From)?.SchoolId ?? person.CurrentSchoolId;
            var countyTown = schools.TryGetValue(home, out var school) && school.Locality == "urban";
            var rotation = person.History.Where(h => h.ByRotation).Select(h => Period(h.SchoolId, h.From, h.To ?? today, "rotation", schools))
                .Concat((await s.PlacementsAsync(countyCode, personId: personId)).Where(p => p.Mode == MoveMode.Itinerant)
                    .Select(p => Period(p.HostSchoolId, p.StartOn, Last(p, today), "itinerant", schools)))
                .ToList();
            return CareerRules.Check(step, countyTown, await RuralOrWeakPeriodsAsync(s, countyCode, personId, today), rotation, await s.RatingsAsync(personId), today);
        }, ct);

    /// <summary>Stints at rural schools, and placements at member campuses the lead school sent the person to (weak schools).</summary>
    public static async Task<IReadOnlyList<ServicePeriod>> RuralOrWeakPeriodsAsync(DbSession s, string countyCode, Guid personId, DateOnly today)
    {
        var person = await s.FindPersonAsync(countyCode, personId);
        if (person is null)
        {
            return [];
        }

        var policy = (await s.RotationSettingsAsync(countyCode)).ToPolicy();
        var schools = await SchoolDirectory.FactsAsync(s, countyCode, today);
        bool Rural(Guid id) => schools.TryGetValue(id, out var x) && policy.RuralLocalities.Contains(x.Locality);
        var rural = person.History.Where(h => Rural(h.SchoolId)).Select(h => Period(h.SchoolId, h.From, h.To ?? today, "rural", schools));
        var weak = (await s.PlacementsAsync(countyCode, personId: personId))
            .Where(p => p.MovesPost && p.AllianceId is not null && p.InReturnFor is null && !Rural(p.HostSchoolId))
            .Select(p => Period(p.HostSchoolId, p.StartOn, Last(p, today), "weak", schools));
        return [.. rural, .. weak];
    }

    static DateOnly Last(Placement p, DateOnly today) => p.EndedOn is { } ended ? ended.AddDays(-1) : p.EndOn < today ? p.EndOn : today;

    static ServicePeriod Period(Guid school, DateOnly from, DateOnly to, string kind, IReadOnlyDictionary<Guid, SchoolFacts> schools) =>
        new(school, schools.TryGetValue(school, out var x) ? x.Name : "", from, to, kind);
}
