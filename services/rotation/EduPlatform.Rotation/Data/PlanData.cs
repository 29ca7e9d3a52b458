using EduPlatform.Kernel;
using System.Text.Json;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Data;

/// <summary>A stored plan: the planner's outcome for a county (or one alliance) and year, with its review status.</summary>
public sealed record StoredPlan(
    Guid Id, string CountyCode, int SchoolYear, Guid? AllianceId, PlanStatus Status, string Objective,
    IReadOnlyList<TargetResult> Targets, PlanFigures Figures, string CreatedBy, DateTimeOffset CreatedAt, int Version,
    IReadOnlyList<StoredMove> Moves, PublicNotice? Notice = null);

/// <summary>One hand edit in a plan's trail: what was done to whom (and with whom, to which school), why, by whom and when.</summary>
public sealed record PlanEditEntry(EditAction Action, Guid PersonId, Guid? WithPersonId, Guid? ToSchoolId, string Reason, string Actor, DateTimeOffset At);

/// <summary>A planned move and the person's record version it was planned on (a later change makes it stale).</summary>
public sealed record StoredMove(PlannedMove Move, int PersonVersion);

public static class PlanData
{
    sealed class PlanRow
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public int SchoolYear { get; set; }
        public Guid? AllianceId { get; set; }
        public string Status { get; set; } = "";
        public string Objective { get; set; } = "";
        public string Targets { get; set; } = "[]";
        public string Figures { get; set; } = "{}";
        public string CreatedBy { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public int Version { get; set; }
        public DateOnly? NoticeFrom { get; set; }
        public DateOnly? NoticeUntil { get; set; }
        public int? NoticeDays { get; set; }
    }

    sealed class MoveRow
    {
        public Guid PlanId { get; set; }
        public Guid PersonId { get; set; }
        public int PersonVersion { get; set; }
        public Guid FromSchoolId { get; set; }
        public Guid ToSchoolId { get; set; }
        public Guid GroupId { get; set; }
        public string Mode { get; set; } = "";
        public string Stage { get; set; } = "";
        public string? Subject { get; set; }
        public DateOnly StartOn { get; set; }
        public DateOnly EndOn { get; set; }
        public string Reasons { get; set; } = "[]";
        public Guid? InReturnFor { get; set; }
        public bool Pinned { get; set; }
    }

    sealed class EditRow
    {
        public string Action { get; set; } = "";
        public Guid PersonId { get; set; }
        public Guid? WithPersonId { get; set; }
        public Guid? ToSchoolId { get; set; }
        public string Reason { get; set; } = "";
        public string Actor { get; set; } = "";
        public DateTimeOffset At { get; set; }
    }

    sealed class ReviewRow
    {
        public string Step { get; set; } = "";
        public Guid? Party { get; set; }
        public string Decision { get; set; } = "";
        public string Comment { get; set; } = "";
        public string Actor { get; set; } = "";
        public DateTimeOffset At { get; set; }
    }

    sealed class NeedRow
    {
        public Guid SchoolId { get; set; }
        public string Stage { get; set; } = "";
        public string Subject { get; set; } = "";
        public int Count { get; set; }
    }

    const string PlanColumns = "Id, CountyCode, SchoolYear, AllianceId, Status, Objective, Targets, Figures, CreatedBy, CreatedAt, Version";
    const string PlanReadColumns = PlanColumns + ", NoticeFrom, NoticeUntil, NoticeDays";
    const string MoveColumns = "PlanId, PersonId, PersonVersion, FromSchoolId, ToSchoolId, GroupId, Mode, Stage, Subject, StartOn, EndOn, Reasons, InReturnFor, Pinned";

    public static async Task InsertPlanAsync(this DbSession s, StoredPlan plan)
    {
        await s.ExecuteAsync(
            $"INSERT INTO rotation_plans ({PlanColumns}, UpdatedAt) VALUES (@Id, @CountyCode, @SchoolYear, @AllianceId, @Status, @Objective, @Targets, @Figures, @CreatedBy, @CreatedAt, @Version, @CreatedAt)",
            new
            {
                plan.Id, plan.CountyCode, plan.SchoolYear, plan.AllianceId, Status = plan.Status.ToString(), plan.Objective,
                Targets = JsonSerializer.Serialize(plan.Targets, StoredJson.Options), Figures = JsonSerializer.Serialize(plan.Figures, EventJson.Options),
                plan.CreatedBy, plan.CreatedAt, plan.Version,
            });
        await InsertMovesAsync(s, plan.Id, plan.Moves);
    }

    static Task InsertMovesAsync(DbSession s, Guid planId, IReadOnlyList<StoredMove> moves) => s.ExecuteAsync(
        $"INSERT INTO rotation_plan_moves ({MoveColumns}) VALUES (@PlanId, @PersonId, @PersonVersion, @FromSchoolId, @ToSchoolId, @GroupId, @Mode, @Stage, @Subject, @StartOn, @EndOn, @Reasons, @InReturnFor, @Pinned)",
        moves.Select(m => new
        {
            PlanId = planId, m.Move.PersonId, m.PersonVersion, m.Move.FromSchoolId, m.Move.ToSchoolId, m.Move.GroupId, Mode = m.Move.Mode.ToString(),
            m.Move.Stage, Subject = m.Move.Subject?.ToString(), m.Move.StartOn, m.Move.EndOn, Reasons = JsonSerializer.Serialize(m.Move.Reasons, StoredJson.Options),
            m.Move.InReturnFor, m.Move.Pinned,
        }));

    /// <summary>A hand-edited plan: its moves, targets and figures replaced, its version one up; false when someone else changed it first.</summary>
    public static async Task<bool> ReplacePlanMovesAsync(this DbSession s, StoredPlan plan, int expectedVersion)
    {
        var updated = await s.ExecuteAsync(
            "UPDATE rotation_plans SET Targets = @Targets, Figures = @Figures, Version = @Version, UpdatedAt = @Now WHERE Id = @Id AND Version = @Expected",
            new
            {
                plan.Id, Targets = JsonSerializer.Serialize(plan.Targets, StoredJson.Options), Figures = JsonSerializer.Serialize(plan.Figures, EventJson.Options),
                plan.Version, Expected = expectedVersion, Now = DateTimeOffset.UtcNow,
            });
        if (updated != 1)
        {
            return false;
        }

        await s.ExecuteAsync("DELETE FROM rotation_plan_moves WHERE PlanId = @Id", new { plan.Id });
        await InsertMovesAsync(s, plan.Id, plan.Moves);
        return true;
    }

    public static async Task<IReadOnlyList<PlanEditEntry>> EditsAsync(this DbSession s, Guid planId) =>
        (await s.QueryAsync<EditRow>("SELECT Action, PersonId, WithPersonId, ToSchoolId, Reason, Actor, At FROM rotation_plan_edits WHERE PlanId = @Id ORDER BY Seq",
            new { Id = planId }))
        .Select(r => new PlanEditEntry(Enum.Parse<EditAction>(r.Action), r.PersonId, r.WithPersonId, r.ToSchoolId, r.Reason, r.Actor, r.At)).ToList();

    public static async Task AddEditAsync(this DbSession s, Guid planId, PlanEditEntry edit)
    {
        var seq = await s.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM rotation_plan_edits WHERE PlanId = @Id", new { Id = planId });
        await s.ExecuteAsync(
            "INSERT INTO rotation_plan_edits (PlanId, Seq, Action, PersonId, WithPersonId, ToSchoolId, Reason, Actor, At) VALUES (@PlanId, @Seq, @Action, @PersonId, @WithPersonId, @ToSchoolId, @Reason, @Actor, @At)",
            new { PlanId = planId, Seq = seq + 1, Action = edit.Action.ToString(), edit.PersonId, edit.WithPersonId, edit.ToSchoolId, edit.Reason, edit.Actor, edit.At });
    }

    public static async Task<StoredPlan?> FindPlanAsync(this DbSession s, string countyCode, Guid id)
    {
        var row = await s.QuerySingleOrDefaultAsync<PlanRow>($"SELECT {PlanReadColumns} FROM rotation_plans WHERE Id = @Id AND CountyCode = @CountyCode", new { Id = id, CountyCode = countyCode });
        if (row is null)
        {
            return null;
        }

        var moves = await s.QueryAsync<MoveRow>($"SELECT {MoveColumns} FROM rotation_plan_moves WHERE PlanId = @Id", new { Id = id });
        return ToPlan(row, moves.Select(ToMove).ToList());
    }

    /// <summary>The county's plans for a year without their moves, newest first.</summary>
    public static async Task<IReadOnlyList<StoredPlan>> PlansAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<PlanRow>($"SELECT {PlanReadColumns} FROM rotation_plans WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear ORDER BY CreatedAt DESC",
            new { CountyCode = countyCode, SchoolYear = schoolYear })).Select(r => ToPlan(r, [])).ToList();

    /// <summary>Sets the status and the plan's public notice (kept while the plan is in notice or approved, cleared when it goes back).</summary>
    public static async Task<bool> SetPlanStatusAsync(this DbSession s, Guid id, PlanStatus status, int expectedVersion, PublicNotice? notice = null) =>
        await s.ExecuteAsync(
            """
            UPDATE rotation_plans SET Status = @Status, Version = @Version, UpdatedAt = @Now, NoticeFrom = @NoticeFrom, NoticeUntil = @NoticeUntil, NoticeDays = @NoticeDays
            WHERE Id = @Id AND Version = @Expected
            """,
            new
            {
                Id = id, Status = status.ToString(), Version = expectedVersion + 1, Expected = expectedVersion, Now = DateTimeOffset.UtcNow,
                NoticeFrom = notice?.From, NoticeUntil = notice?.Until, NoticeDays = notice?.WorkingDays,
            }) == 1;

    /// <summary>Earlier plans of the same year and scope that are not approved give way to a new draft.</summary>
    public static Task<int> SupersedeOpenPlansAsync(this DbSession s, string countyCode, int schoolYear, Guid? allianceId) => s.ExecuteAsync(
        """
        UPDATE rotation_plans SET Status = 'Superseded', Version = Version + 1, UpdatedAt = @Now
        WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND Status NOT IN ('Approved', 'Superseded')
          AND ((@AllianceId IS NULL AND AllianceId IS NULL) OR AllianceId = @AllianceId)
        """, new { CountyCode = countyCode, SchoolYear = schoolYear, AllianceId = allianceId, Now = DateTimeOffset.UtcNow });

    public static async Task<IReadOnlyList<PlanReview>> ReviewsAsync(this DbSession s, Guid planId) =>
        (await s.QueryAsync<ReviewRow>("SELECT Step, Party, Decision, Comment, Actor, At FROM rotation_plan_reviews WHERE PlanId = @Id ORDER BY Seq", new { Id = planId }))
        .Select(r => new PlanReview(Enum.Parse<PlanStatus>(r.Step), r.Party, Enum.Parse<ReviewDecision>(r.Decision), r.Comment, r.Actor, r.At)).ToList();

    public static Task AddReviewAsync(this DbSession s, Guid planId, int seq, PlanReview review) => s.ExecuteAsync(
        "INSERT INTO rotation_plan_reviews (PlanId, Seq, Step, Party, Decision, Comment, Actor, At) VALUES (@PlanId, @Seq, @Step, @Party, @Decision, @Comment, @Actor, @At)",
        new { PlanId = planId, Seq = seq, Step = review.Step.ToString(), review.Party, Decision = review.Decision.ToString(), review.Comment, review.Actor, review.At });

    /// <summary>Posts the county's campuses asked to fill by rotation in a year.</summary>
    public static async Task<IReadOnlyList<CampusNeed>> NeedsAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<NeedRow>(
            "SELECT SchoolId, Stage, Subject, Count FROM rotation_needs WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear ORDER BY SchoolId, Stage, Subject",
            new { CountyCode = countyCode, SchoolYear = schoolYear }))
        .Select(r => new CampusNeed(r.SchoolId, r.Stage, r.Subject.Length == 0 ? null : Enum.Parse<Subject>(r.Subject), r.Count)).ToList();

    public static async Task ReplaceNeedsAsync(this DbSession s, string countyCode, int schoolYear, IReadOnlyList<CampusNeed> needs)
    {
        await s.ExecuteAsync("DELETE FROM rotation_needs WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear", new { CountyCode = countyCode, SchoolYear = schoolYear });
        await s.ExecuteAsync(
            "INSERT INTO rotation_needs (CountyCode, SchoolYear, SchoolId, Stage, Subject, Count) VALUES (@CountyCode, @SchoolYear, @SchoolId, @Stage, @Subject, @Count)",
            needs.Select(n => new { CountyCode = countyCode, SchoolYear = schoolYear, n.SchoolId, n.Stage, Subject = n.Subject?.ToString() ?? "", n.Count }));
    }

    static StoredPlan ToPlan(PlanRow r, IReadOnlyList<StoredMove> moves) => new(
        r.Id, r.CountyCode, r.SchoolYear, r.AllianceId, Enum.Parse<PlanStatus>(r.Status), r.Objective,
        JsonSerializer.Deserialize<List<TargetResult>>(r.Targets, StoredJson.Options) ?? [],
        JsonSerializer.Deserialize<PlanFigures>(r.Figures, EventJson.Options)!, r.CreatedBy, r.CreatedAt, r.Version, moves,
        r.NoticeFrom is { } from && r.NoticeUntil is { } until ? new PublicNotice(from, until, r.NoticeDays ?? 0) : null);

    static StoredMove ToMove(MoveRow r) => new(new PlannedMove(
        r.PersonId, r.FromSchoolId, r.ToSchoolId, r.GroupId, Enum.Parse<MoveMode>(r.Mode), r.Stage, r.Subject is null ? null : Enum.Parse<Subject>(r.Subject),
        r.StartOn, r.EndOn, JsonSerializer.Deserialize<List<Words>>(r.Reasons, StoredJson.Options) ?? [], r.InReturnFor, r.Pinned), r.PersonVersion);
}
