using System.Text.Json;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Data;

public sealed record PlanRecord(string CountyCode, int SchoolYear, string Status, IReadOnlyDictionary<StaffingStage, int> Moves,
    DateTimeOffset? ApprovedAt, string? ApprovedBy, int Version)
{
    public const string Draft = "draft";
    public const string Approved = "approved";

    public static PlanRecord NewDraft(string countyCode, int schoolYear) =>
        new(countyCode, schoolYear, Draft, new Dictionary<StaffingStage, int>(), null, null, 0);
}

public sealed record ApprovedQuotaRow(string PoolKey, string PoolName, Guid? AllianceId, Guid? SchoolId, IReadOnlyList<Guid> SchoolIds,
    StaffingStage Stage, int StandardPosts, int ApprovedPosts, int PlanVersion);

public static class PlanData
{
    sealed class Row
    {
        public string CountyCode { get; set; } = "";
        public int SchoolYear { get; set; }
        public string Status { get; set; } = "";
        public string Moves { get; set; } = "{}";
        public DateTimeOffset? ApprovedAt { get; set; }
        public string? ApprovedBy { get; set; }
        public int Version { get; set; }
    }

    public static async Task<PlanRecord> PlanAsync(this DbSession s, string countyCode, int schoolYear)
    {
        var row = await s.QuerySingleOrDefaultAsync<Row>(
            "SELECT CountyCode, SchoolYear, Status, Moves, ApprovedAt, ApprovedBy, Version FROM staffing_plans WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear",
            new { CountyCode = countyCode, SchoolYear = schoolYear });
        return row is null
            ? PlanRecord.NewDraft(countyCode, schoolYear)
            : new PlanRecord(row.CountyCode, row.SchoolYear, row.Status,
                JsonSerializer.Deserialize<Dictionary<StaffingStage, int>>(row.Moves, EventJson.Options) ?? [], row.ApprovedAt, row.ApprovedBy, row.Version);
    }

    /// <summary>Saves the plan if the stored version is still <paramref name="expectedVersion"/> (0 = not stored yet).</summary>
    public static async Task<bool> SavePlanAsync(this DbSession s, PlanRecord plan, int expectedVersion)
    {
        var args = new
        {
            plan.CountyCode, plan.SchoolYear, plan.Status, Moves = JsonSerializer.Serialize(plan.Moves, EventJson.Options), plan.ApprovedAt,
            plan.ApprovedBy, plan.Version, Expected = expectedVersion, Now = DateTimeOffset.UtcNow,
        };
        return expectedVersion == 0
            ? await s.ExecuteAsync(s.Dialect.InsertIfAbsent("staffing_plans",
                "CountyCode, SchoolYear, Status, Moves, ApprovedAt, ApprovedBy, Version, UpdatedAt",
                "@CountyCode, @SchoolYear, @Status, @Moves, @ApprovedAt, @ApprovedBy, @Version, @Now",
                "CountyCode = @CountyCode AND SchoolYear = @SchoolYear"), args) == 1
            : await s.ExecuteAsync(
                """
                UPDATE staffing_plans SET Status = @Status, Moves = @Moves, ApprovedAt = @ApprovedAt, ApprovedBy = @ApprovedBy, Version = @Version, UpdatedAt = @Now
                WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND Version = @Expected
                """, args) == 1;
    }

    public static Task InsertApprovedQuotaAsync(this DbSession s, string countyCode, int schoolYear, ApprovedQuotaRow q) => s.ExecuteAsync(
        """
        INSERT INTO approved_quotas (CountyCode, SchoolYear, PoolKey, PoolName, AllianceId, SchoolId, SchoolIds, Stage, StandardPosts, ApprovedPosts, PlanVersion)
        VALUES (@CountyCode, @SchoolYear, @PoolKey, @PoolName, @AllianceId, @SchoolId, @SchoolIds, @Stage, @StandardPosts, @ApprovedPosts, @PlanVersion)
        """,
        new
        {
            CountyCode = countyCode, SchoolYear = schoolYear, q.PoolKey, q.PoolName, q.AllianceId, q.SchoolId,
            SchoolIds = JsonSerializer.Serialize(q.SchoolIds, EventJson.Options), Stage = q.Stage.ToString(), q.StandardPosts, q.ApprovedPosts, q.PlanVersion,
        });
}
