using EduPlatform.Persistence;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Data;

public static class HeadCountData
{
    public static async Task SetHeadCountAsync(this DbSession s, string countyCode, Guid schoolId, StaffingStage stage, int staff)
    {
        var args = new { SchoolId = schoolId, Stage = stage.ToString(), CountyCode = countyCode, Staff = staff, Now = DateTimeOffset.UtcNow };
        if (await s.ExecuteAsync("UPDATE head_counts SET Staff = @Staff, UpdatedAt = @Now WHERE SchoolId = @SchoolId AND Stage = @Stage", args) == 0)
        {
            await s.ExecuteAsync("INSERT INTO head_counts (SchoolId, Stage, CountyCode, Staff, UpdatedAt) VALUES (@SchoolId, @Stage, @CountyCode, @Staff, @Now)", args);
        }
    }

    sealed class HeadRow
    {
        public Guid SchoolId { get; set; }
        public string Stage { get; set; } = "";
        public int Staff { get; set; }
    }

    public static async Task<IReadOnlyDictionary<(Guid SchoolId, StaffingStage Stage), int>> HeadCountsAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<HeadRow>("SELECT SchoolId, Stage, Staff FROM head_counts WHERE CountyCode = @CountyCode", new { CountyCode = countyCode }))
            .ToDictionary(r => (r.SchoolId, Enum.Parse<StaffingStage>(r.Stage)), r => r.Staff);

    sealed class ApprovedRow
    {
        public string PoolKey { get; set; } = "";
        public string PoolName { get; set; } = "";
        public Guid? AllianceId { get; set; }
        public Guid? SchoolId { get; set; }
        public string SchoolIds { get; set; } = "[]";
        public string Stage { get; set; } = "";
        public int StandardPosts { get; set; }
        public int ApprovedPosts { get; set; }
        public int PlanVersion { get; set; }
    }

    /// <summary>The latest school year with an approved plan, and what it approved.</summary>
    public static async Task<(int? SchoolYear, IReadOnlyList<ApprovedQuotaRow> Rows)> LatestApprovedAsync(this DbSession s, string countyCode)
    {
        var year = await s.QuerySingleOrDefaultAsync<int?>(
            "SELECT MAX(SchoolYear) FROM staffing_plans WHERE CountyCode = @CountyCode AND Status = 'approved'", new { CountyCode = countyCode });
        if (year is null)
        {
            return (null, []);
        }

        var rows = await s.QueryAsync<ApprovedRow>(
            """
            SELECT PoolKey, PoolName, AllianceId, SchoolId, SchoolIds, Stage, StandardPosts, ApprovedPosts, PlanVersion
            FROM approved_quotas WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear ORDER BY PoolName, Stage
            """, new { CountyCode = countyCode, SchoolYear = year });
        return (year, rows.Select(r => new ApprovedQuotaRow(r.PoolKey, r.PoolName, r.AllianceId, r.SchoolId,
            System.Text.Json.JsonSerializer.Deserialize<List<Guid>>(r.SchoolIds, EventJson.Options) ?? [],
            Enum.Parse<StaffingStage>(r.Stage), r.StandardPosts, r.ApprovedPosts, r.PlanVersion)).ToList());
    }

    sealed class StateRow
    {
        public string PoolKey { get; set; } = "";
        public string Stage { get; set; } = "";
        public bool IsOpen { get; set; }
    }

    public static async Task<IReadOnlyDictionary<(string PoolKey, StaffingStage Stage), bool>> VacancyStatesAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<StateRow>("SELECT PoolKey, Stage, IsOpen FROM vacancy_states WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear",
            new { CountyCode = countyCode, SchoolYear = schoolYear }))
            .ToDictionary(r => (r.PoolKey, Enum.Parse<StaffingStage>(r.Stage)), r => r.IsOpen);

    public static async Task SetVacancyStateAsync(this DbSession s, string countyCode, int schoolYear, PoolVacancy pool)
    {
        var args = new { CountyCode = countyCode, SchoolYear = schoolYear, pool.PoolKey, Stage = pool.Stage.ToString(), pool.IsOpen, pool.Vacancies };
        if (await s.ExecuteAsync(
            "UPDATE vacancy_states SET IsOpen = @IsOpen, Vacancies = @Vacancies WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND PoolKey = @PoolKey AND Stage = @Stage",
            args) == 0)
        {
            await s.ExecuteAsync(
                "INSERT INTO vacancy_states (CountyCode, SchoolYear, PoolKey, Stage, IsOpen, Vacancies) VALUES (@CountyCode, @SchoolYear, @PoolKey, @Stage, @IsOpen, @Vacancies)",
                args);
        }
    }
}
