using EduPlatform.Persistence;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Data;

public static class HeadCountData
{
    public static async Task SetHeadCountAsync(this DbSession s, string countyCode, Guid schoolId, StaffingStage stage, int staff)
    {
        var args = new { SchoolId = schoolId, Stage = stage.ToString(), CountyCode = countyCode, Staff = staff, Now = DateTimeOffset.UtcNow };
        if (await s.ExecuteAsync("UPDATE head_counts SET Staff = @Staff, UpdatedAt = @Now, SnapshotAt = @Now WHERE SchoolId = @SchoolId AND Stage = @Stage", args) == 0)
        {
            await s.ExecuteAsync("INSERT INTO head_counts (SchoolId, Stage, CountyCode, Staff, UpdatedAt, SnapshotAt) VALUES (@SchoolId, @Stage, @CountyCode, @Staff, @Now, @Now)", args);
        }
    }

    /// <summary>
    /// Applies one change from rotation's events to a school's stage unless an import taken after it already counts it;
    /// records it either way. A head count never goes below zero. Returns whether it was applied.
    /// </summary>
    public static async Task<bool> ApplyHeadCountChangeAsync(this DbSession s, HeadCountChange change)
    {
        var args = new
        {
            change.EventId, change.SchoolId, change.CountyCode, Stage = change.Stage.ToString(), change.Delta, change.Reason, change.PersonId,
            change.OccurredAt, Now = DateTimeOffset.UtcNow, Start = Math.Max(0, change.Delta),
        };
        var applied = await s.ExecuteAsync(
            """
            UPDATE head_counts SET Staff = CASE WHEN Staff + @Delta < 0 THEN 0 ELSE Staff + @Delta END, UpdatedAt = @Now
            WHERE SchoolId = @SchoolId AND Stage = @Stage AND (SnapshotAt IS NULL OR SnapshotAt < @OccurredAt)
            """, args) == 1;
        if (!applied && await s.ExecuteAsync(
                s.Dialect.InsertIfAbsent("head_counts", "SchoolId, Stage, CountyCode, Staff, UpdatedAt, SnapshotAt", "@SchoolId, @Stage, @CountyCode, @Start, @Now, NULL",
                    "SchoolId = @SchoolId AND Stage = @Stage"), args) == 1)
        {
            applied = true;
        }

        await s.ExecuteAsync(
            s.Dialect.InsertIfAbsent("head_count_changes", "EventId, SchoolId, CountyCode, Stage, Delta, Reason, PersonId, OccurredAt, Applied",
                "@EventId, @SchoolId, @CountyCode, @Stage, @Delta, @Reason, @PersonId, @OccurredAt, @Applied", "EventId = @EventId AND SchoolId = @SchoolId"),
            new { args.EventId, args.SchoolId, args.CountyCode, args.Stage, args.Delta, args.Reason, args.PersonId, args.OccurredAt, Applied = applied });
        return applied;
    }

    sealed class ChangeRow
    {
        public Guid EventId { get; set; }
        public Guid SchoolId { get; set; }
        public string CountyCode { get; set; } = "";
        public string Stage { get; set; } = "";
        public int Delta { get; set; }
        public string Reason { get; set; } = "";
        public Guid PersonId { get; set; }
        public DateTimeOffset OccurredAt { get; set; }
        public bool Applied { get; set; }
    }

    /// <summary>The county's head-count changes from rotation's events, newest first.</summary>
    public static async Task<IReadOnlyList<(HeadCountChange Change, bool Applied)>> HeadCountChangesAsync(this DbSession s, string countyCode, int limit) =>
        (await s.QueryAsync<ChangeRow>(
            $"SELECT EventId, SchoolId, CountyCode, Stage, Delta, Reason, PersonId, OccurredAt, Applied FROM head_count_changes WHERE CountyCode = @CountyCode ORDER BY OccurredAt DESC, EventId {s.Dialect.Paging}",
            new { CountyCode = countyCode, Offset = 0, Limit = limit }))
        .Select(r => (new HeadCountChange(r.EventId, r.CountyCode, r.SchoolId, Enum.Parse<StaffingStage>(r.Stage), r.Delta, r.Reason, r.PersonId, r.OccurredAt), r.Applied))
        .ToList();

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
