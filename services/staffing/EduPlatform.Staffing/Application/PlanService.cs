using EduPlatform.Contracts.Staffing;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

public sealed record PlanStageView(StaffingStage Stage, int StandardPosts, int Move, int PlannedPosts, int UnallocatedReserve);

public sealed record PlanPoolView(string PoolKey, string Name, Guid? AllianceId, Guid? SchoolId, IReadOnlyList<PlannedPoolStage> Stages, int StandardPosts, int PlannedPosts);

/// <summary>The county plan for a year as the staffing office sees it: standard against total, moves, and what each pool gets.</summary>
public sealed record PlanView(
    string CountyCode, int SchoolYear, string Status, int Version, DateTimeOffset? ApprovedAt, string? ApprovedBy,
    IReadOnlyList<PlanStageView> Stages, int StandardTotal, int PlannedTotal, int? CountyTotal, int? Headroom,
    IReadOnlyList<PlanPoolView> Pools, IReadOnlyList<RuleViolation> OpenViolations, IReadOnlyList<QuotaIssue> Issues);

/// <summary>Moving quota between stages inside the county total, and approving the plan (which publishes one event per pool).</summary>
public sealed class PlanService(StaffingDatabase database)
{
    public const string AlreadyApproved = "staffing.plan.approved";

    public Task<PlanView> ViewAsync(string countyCode, int schoolYear, CancellationToken ct) =>
        database.ReadAsync(async s => (await BuildAsync(s, countyCode, schoolYear, null)).View, ct);

    public Task<Outcome<PlanView>> SetMovesAsync(string countyCode, int schoolYear, IReadOnlyDictionary<StaffingStage, int> moves, int version,
        string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<PlanView>>(async s =>
        {
            var plan = await s.PlanAsync(countyCode, schoolYear);
            if (Refuse(plan, version) is { } refusal)
            {
                return refusal;
            }

            var (_, standardByStage, settings, _) = await BuildAsync(s, countyCode, schoolYear, moves);
            var violations = CountyPlan.Check(standardByStage, moves, settings.CountyTotal, forApproval: false);
            if (violations.Count > 0)
            {
                return new Outcome<PlanView>.Refused(violations);
            }

            var saved = plan with { Moves = moves.Where(m => m.Value != 0).ToDictionary(), Version = plan.Version + 1 };
            if (!await s.SavePlanAsync(saved, plan.Version))
            {
                return new Outcome<PlanView>.Stale(Texts.PlanEntity(schoolYear), version, null);
            }

            await s.WriteAuditAsync(actor, "staffing.plan.moves", "staffing-plan", $"{countyCode}:{schoolYear}", countyCode, plan, saved);
            return (await BuildAsync(s, countyCode, schoolYear, null)).View;
        }, ct);

    public Task<Outcome<PlanView>> ApproveAsync(string countyCode, int schoolYear, int version, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<PlanView>>(async s =>
        {
            var plan = await s.PlanAsync(countyCode, schoolYear);
            if (Refuse(plan, version) is { } refusal)
            {
                return refusal;
            }

            var (view, standardByStage, settings, table) = await BuildAsync(s, countyCode, schoolYear, null);
            var violations = CountyPlan.Check(standardByStage, plan.Moves, settings.CountyTotal, forApproval: true);
            if (violations.Count > 0)
            {
                return new Outcome<PlanView>.Refused(violations);
            }

            var approved = plan with
            {
                Status = PlanRecord.Approved, ApprovedAt = DateTimeOffset.UtcNow, ApprovedBy = actor, Version = plan.Version + 1,
            };
            if (!await s.SavePlanAsync(approved, plan.Version))
            {
                return new Outcome<PlanView>.Stale(Texts.PlanEntity(schoolYear), version, null);
            }

            var schoolIdsByPool = table.Pools.ToDictionary(Key, p => (IReadOnlyList<Guid>)p.Schools.Select(x => x.SchoolId).ToList());
            foreach (var pool in view.Pools)
            {
                var schoolIds = schoolIdsByPool[pool.PoolKey];
                foreach (var stage in pool.Stages)
                {
                    await s.InsertApprovedQuotaAsync(countyCode, schoolYear, new ApprovedQuotaRow(pool.PoolKey, pool.Name, pool.AllianceId, pool.SchoolId,
                        schoolIds, stage.Stage, stage.StandardPosts, stage.PlannedPosts, approved.Version));
                }

                await s.EnqueueEventAsync(new StaffingQuotaApproved
                {
                    EventId = Guid.CreateVersion7(),
                    CountyCode = countyCode,
                    OccurredAt = DateTimeOffset.UtcNow,
                    SchoolYear = schoolYear,
                    AllianceId = pool.AllianceId,
                    SchoolId = pool.SchoolId,
                    PoolName = pool.Name,
                    SchoolIds = schoolIds,
                    Stages = pool.Stages.Select(st => new StagePosts
                    {
                        Stage = WireEnum.Text(st.Stage), StandardPosts = st.StandardPosts, ApprovedPosts = st.PlannedPosts,
                    }).ToList(),
                    Posts = pool.PlannedPosts,
                    PlanVersion = approved.Version,
                });
            }

            await VacancyService.RefreshInSessionAsync(s, countyCode);
            await s.WriteAuditAsync(actor, "staffing.plan.approve", "staffing-plan", $"{countyCode}:{schoolYear}", countyCode, plan, approved);
            return (await BuildAsync(s, countyCode, schoolYear, null)).View;
        }, ct);

    static Outcome<PlanView>? Refuse(PlanRecord plan, int version)
    {
        if (plan.Status == PlanRecord.Approved)
        {
            return new Outcome<PlanView>.Refused([new RuleViolation(AlreadyApproved,
                Texts.AlreadyApproved(plan.SchoolYear, plan.ApprovedAt, plan.ApprovedBy), Texts.OnceAYearSource)]);
        }

        return plan.Version != version ? new Outcome<PlanView>.Stale(Texts.PlanEntity(plan.SchoolYear), version, plan.Version) : null;
    }

    /// <summary>The plan view; with <paramref name="proposedMoves"/> the figures are shown as if those moves were saved.</summary>
    static async Task<(PlanView View, IReadOnlyDictionary<StaffingStage, int> StandardByStage, StaffingSettings Settings, QuotaTable Table)> BuildAsync(
        DbSession s, string countyCode, int schoolYear, IReadOnlyDictionary<StaffingStage, int>? proposedMoves)
    {
        var plan = await s.PlanAsync(countyCode, schoolYear);
        var settings = await s.SettingsAsync(countyCode);
        var table = await QuotaTables.ComputeInSessionAsync(s, countyCode, schoolYear);
        var moves = proposedMoves ?? plan.Moves;
        var standardByStage = table.StageTotals.ToDictionary(t => t.Stage, t => t.Posts);

        var poolStages = table.Pools.SelectMany(p => p.Stages.Select(st => new PoolStagePosts(Key(p), st.Stage, st.Posts))).ToList();
        var planned = CountyPlan.Distribute(poolStages, moves).ToLookup(p => p.PoolKey);
        var pools = table.Pools.Select(p => new PlanPoolView(Key(p), p.Name, p.AllianceId, p.AllianceId is null ? p.Schools.Single().SchoolId : null,
            planned[Key(p)].OrderBy(x => x.Stage).ToList(), p.Posts, planned[Key(p)].Sum(x => x.PlannedPosts))).ToList();

        var stages = Enum.GetValues<StaffingStage>().Select(stage =>
        {
            var standard = standardByStage.GetValueOrDefault(stage);
            var move = moves.GetValueOrDefault(stage);
            var allocated = pools.SelectMany(p => p.Stages).Where(x => x.Stage == stage).Sum(x => x.PlannedPosts - x.StandardPosts);
            return new PlanStageView(stage, standard, move, standard + move, move - allocated);
        }).ToList();
        var standardTotal = stages.Sum(x => x.StandardPosts);
        var plannedTotal = stages.Sum(x => x.PlannedPosts);
        var open = plan.Status == PlanRecord.Approved ? [] : CountyPlan.Check(standardByStage, moves, settings.CountyTotal, forApproval: true);
        var view = new PlanView(countyCode, schoolYear, plan.Status, plan.Version, plan.ApprovedAt, plan.ApprovedBy, stages, standardTotal, plannedTotal,
            settings.CountyTotal, settings.CountyTotal - plannedTotal, pools, open, table.Issues);
        return (view, standardByStage, settings, table);
    }

    static string Key(PoolView pool) => pool.AllianceId is { } id ? $"alliance:{id}" : $"school:{pool.Schools.Single().SchoolId}";
}
