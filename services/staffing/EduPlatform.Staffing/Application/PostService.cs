using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

public sealed record PostPoolView(string PoolKey, string Name, IReadOnlyList<Guid> SchoolIds, PostStructureRecord? Structure,
    IReadOnlyList<PostOccupancy> Occupancy, IReadOnlyList<OutsidePostPerson> OutsidePosts);

public sealed record PostStructureChange(int Senior, int Middle, int Junior, int Version);

/// <summary>
/// 岗位设置: the HR bureau sets senior, middle and junior post numbers per pool (a fused alliance, or a school on its
/// own, pooled as for quotas); occupancy comes from the head count's level holders, less the listed people who hold a
/// level outside the posts [000][004].
/// </summary>
public sealed class PostService(StaffingDatabase database, TimeProvider clock)
{
    public Task<IReadOnlyList<PostPoolView>> ViewAsync(string countyCode, CancellationToken ct) => database.ReadAsync(s => ViewInSessionAsync(s, countyCode), ct);

    public Task<Outcome<PostPoolView>> SetStructureAsync(string countyCode, string poolKey, PostStructureChange change, string actor, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (change.Senior < 0) { errors.Add(("senior", Texts.NotNegative)); }
        if (change.Middle < 0) { errors.Add(("middle", Texts.NotNegative)); }
        if (change.Junior < 0) { errors.Add(("junior", Texts.NotNegative)); }
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<PostPoolView>.Fail(errors));
        }

        return database.InTransactionAsync<Outcome<PostPoolView>>(async s =>
        {
            var pools = await ViewInSessionAsync(s, countyCode);
            var pool = pools.FirstOrDefault(p => p.PoolKey == poolKey);
            if (pool is null)
            {
                return new Outcome<PostPoolView>.NotFound(Texts.NoPool(poolKey));
            }

            var current = pool.Structure?.Version ?? 0;
            if (current != change.Version)
            {
                return new Outcome<PostPoolView>.Stale(Texts.PostsEntity(pool.Name), change.Version, current);
            }

            var saved = new PostStructureRecord(poolKey, change.Senior, change.Middle, change.Junior, current + 1);
            if (!await s.SavePostStructureAsync(countyCode, saved, current))
            {
                return new Outcome<PostPoolView>.Stale(Texts.PostsEntity(pool.Name), change.Version, null);
            }

            await s.WriteAuditAsync(actor, "staffing.posts.set", "post-structure", poolKey, countyCode, pool.Structure, saved);
            return (await ViewInSessionAsync(s, countyCode)).Single(p => p.PoolKey == poolKey);
        }, ct);
    }

    public Task<Outcome<OutsidePostPerson>> AddOutsideAsync(string countyCode, OutsidePostPerson person, string actor, CancellationToken ct)
    {
        var errors = PostStructureRules.Validate(person, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<OutsidePostPerson>.Fail(errors));
        }

        return database.InTransactionAsync<Outcome<OutsidePostPerson>>(async s =>
        {
            if ((await ViewInSessionAsync(s, countyCode)).All(p => p.PoolKey != person.PoolKey))
            {
                return new Outcome<OutsidePostPerson>.NotFound(Texts.NoPool(person.PoolKey));
            }

            await s.InsertOutsidePostPersonAsync(countyCode, person);
            await s.WriteAuditAsync(actor, "staffing.posts.outside-add", "outside-post-person", person.Id, countyCode, null, person);
            return person;
        }, ct);
    }

    public Task<bool> RemoveOutsideAsync(string countyCode, Guid id, string actor, CancellationToken ct) =>
        database.InTransactionAsync(async s =>
        {
            var removed = await s.DeleteOutsidePostPersonAsync(countyCode, id);
            if (removed)
            {
                await s.WriteAuditAsync(actor, "staffing.posts.outside-remove", "outside-post-person", id, countyCode, new { id }, null);
            }

            return removed;
        }, ct);

    async Task<IReadOnlyList<PostPoolView>> ViewInSessionAsync(DbSession s, string countyCode)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var schools = await s.KnownSchoolsAsync(countyCode);
        var fused = (await s.AlliancesOnAsync(countyCode, today)).Where(a => a.Alliance.Category == "fused").ToList();
        var pooled = fused.SelectMany(a => a.Campuses).ToHashSet();
        var pools = fused.Select(a => ($"alliance:{a.Alliance.Id}", a.Alliance.Name, a.Campuses))
            .Concat(schools.Where(x => x.IsPublic && !pooled.Contains(x.Id)).Select(x => ($"school:{x.Id}", x.Name, (IReadOnlyList<Guid>)[x.Id])))
            .ToList();
        var structures = await s.PostStructuresAsync(countyCode);
        var holders = await s.LevelHoldersAsync(countyCode);
        var outside = (await s.OutsidePostPeopleAsync(countyCode)).ToLookup(p => p.PoolKey);
        return pools.Select(p =>
        {
            var structure = structures.GetValueOrDefault(p.Item1);
            var held = Enum.GetValues<PostLevel>().ToDictionary(level => level, level => p.Item3.Sum(id => holders.GetValueOrDefault((id, level))));
            var listed = outside[p.Item1].ToList();
            return new PostPoolView(p.Item1, p.Item2, p.Item3, structure,
                PostStructureRules.Occupancy(structure?.Posts ?? new Dictionary<PostLevel, int>(), held, listed), listed);
        }).ToList();
    }
}
