using System.Collections.Concurrent;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain.Lookup;
using Microsoft.Extensions.Options;

namespace EduPlatform.Zoning.Application;

/// <summary>The public look-up's settings (section "Zoning:Lookup").</summary>
public sealed class LookupOptions
{
    /// <summary>How often a replica asks the database whether a new plan was published (its own publications apply at once).</summary>
    public double RefreshSeconds { get; set; } = 5;
    /// <summary>A coordinate farther than this from every unit is not found.</summary>
    public double CoordinateRadiusMetres { get; set; } = 1500;
    /// <summary>Look-ups per client address per minute before 429.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}

/// <summary>
/// Each county's published zones held in memory for the enrolment-season look-up, keyed by a version stamp: a request
/// reads the directory without touching the database; at most every <see cref="LookupOptions.RefreshSeconds"/> one request
/// checks the stamp (others keep answering from the current directory meanwhile), and only a changed stamp rebuilds it.
/// </summary>
public sealed class PublishedZones(ZoningDatabase database, TimeProvider clock, IOptions<LookupOptions> options)
{
    sealed record Snapshot(string Stamp, ZoneDirectory Directory, DateTimeOffset CheckedAt);

    sealed class County
    {
        public volatile Snapshot? Current;
        public readonly SemaphoreSlim Refreshing = new(1, 1);
    }

    readonly ConcurrentDictionary<string, County> _counties = new();
    readonly TimeSpan _refresh = TimeSpan.FromSeconds(options.Value.RefreshSeconds);

    /// <summary>The county's directory, or null when it has published nothing.</summary>
    public async ValueTask<ZoneDirectory?> DirectoryAsync(string countyCode, CancellationToken ct)
    {
        var county = _counties.GetOrAdd(countyCode, _ => new County());
        var current = county.Current;
        if (current is not null && clock.GetUtcNow() - current.CheckedAt < _refresh)
        {
            return current.Directory;
        }

        if (current is not null && !county.Refreshing.Wait(0))
        {
            return current.Directory; // another request is checking; this one need not wait
        }

        if (current is null)
        {
            await county.Refreshing.WaitAsync(ct);
        }

        try
        {
            current = county.Current;
            if (current is not null && clock.GetUtcNow() - current.CheckedAt < _refresh)
            {
                return current.Directory;
            }

            var stamp = await database.ReadAsync(s => s.PublishedStampAsync(countyCode), ct);
            if (stamp.Length == 0)
            {
                _counties.TryRemove(countyCode, out _); // nothing published: keep no entry for it
                return null;
            }

            var directory = current?.Stamp == stamp ? current.Directory : await BuildAsync(countyCode, ct);
            county.Current = new Snapshot(stamp, directory, clock.GetUtcNow());
            return directory;
        }
        finally
        {
            county.Refreshing.Release();
        }
    }

    /// <summary>This process changed what the county publishes: the next look-up checks the stamp.</summary>
    public void Forget(string countyCode)
    {
        if (_counties.TryGetValue(countyCode, out var county) && county.Current is { } current)
        {
            county.Current = current with { CheckedAt = DateTimeOffset.MinValue };
        }
    }

    Task<ZoneDirectory> BuildAsync(string countyCode, CancellationToken ct) => database.ReadAsync(async s =>
    {
        var plans = await s.PublishedPlansAsync(countyCode);
        var units = (await s.UnitsAsync(countyCode)).Select(u => new DirectoryUnit(u.Id, u.Name, u.Township, u.Latitude, u.Longitude, u.Aliases)).ToList();
        var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(x => x.Id, x => new DirectorySchool(x.Id, x.Code, x.Name, x.Township));
        var published = plans.Select(p => new DirectoryPlan(p.Id, p.SchoolYear, p.Stage, WireEnum.Text(p.Kind), p.Number, p.PublishedAt ?? p.CreatedAt,
            p.Assignments.ToDictionary(a => a.UnitId, a => a.Zone),
            p.Zones.ToDictionary(z => z.Number, z => (IReadOnlyList<DirectorySchool>)z.Schools.Select(id => schools.GetValueOrDefault(id) ?? new DirectorySchool(id, "", "", "")).ToList())))
            .ToList();
        return new ZoneDirectory(units, published, options.Value.CoordinateRadiusMetres);
    }, ct);
}
