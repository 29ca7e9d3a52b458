using EduPlatform.Contracts.Staffing;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

public sealed record VacancyTable(string CountyCode, int? SchoolYear, IReadOnlyList<PoolVacancy> Pools, int ApprovedPosts, int ActualStaff, int Vacancies);

/// <summary>Vacancies of the latest approved plan: approved quota minus actual staff per pool and stage [000].</summary>
public sealed class VacancyService(StaffingDatabase database)
{
    public Task<VacancyTable> ViewAsync(string countyCode, CancellationToken ct) =>
        database.ReadAsync(async s => (await ComputeAsync(s, countyCode)).Table, ct);

    /// <summary>Recomputes vacancies and publishes VacancyOpened / VacancyClosed for every pool and stage that crossed zero.</summary>
    public static async Task RefreshInSessionAsync(DbSession s, string countyCode)
    {
        var (table, _) = await ComputeAsync(s, countyCode);
        if (table.SchoolYear is not { } year)
        {
            return;
        }

        var was = await s.VacancyStatesAsync(countyCode, year);
        foreach (var (pool, change) in Vacancies.Crossings(table.Pools, was))
        {
            await s.EnqueueEventAsync<object>(change == VacancyChange.Opened ? Opened(countyCode, year, pool) : Closed(countyCode, year, pool));
        }

        foreach (var pool in table.Pools)
        {
            await s.SetVacancyStateAsync(countyCode, year, pool);
        }
    }

    static async Task<(VacancyTable Table, int? Year)> ComputeAsync(DbSession s, string countyCode)
    {
        var (year, approved) = await s.LatestApprovedAsync(countyCode);
        var heads = await s.HeadCountsAsync(countyCode);
        var pools = approved.Select(q => new PoolVacancy(q.PoolKey, q.PoolName, q.AllianceId, q.SchoolId, q.Stage, q.ApprovedPosts,
            q.SchoolIds.Sum(id => heads.GetValueOrDefault((id, q.Stage))))).ToList();
        return (new VacancyTable(countyCode, year, pools, pools.Sum(p => p.ApprovedPosts), pools.Sum(p => p.ActualStaff),
            pools.Where(p => p.Vacancies > 0).Sum(p => p.Vacancies)), year);
    }

    static VacancyOpened Opened(string county, int year, PoolVacancy p) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolYear = year, AllianceId = p.AllianceId,
        SchoolId = p.SchoolId, PoolName = p.PoolName, Stage = WireEnum.Text(p.Stage), ApprovedPosts = p.ApprovedPosts, ActualStaff = p.ActualStaff,
        Vacancies = p.Vacancies,
    };

    static VacancyClosed Closed(string county, int year, PoolVacancy p) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolYear = year, AllianceId = p.AllianceId,
        SchoolId = p.SchoolId, PoolName = p.PoolName, Stage = WireEnum.Text(p.Stage), ApprovedPosts = p.ApprovedPosts, ActualStaff = p.ActualStaff,
        Vacancies = p.Vacancies,
    };
}
