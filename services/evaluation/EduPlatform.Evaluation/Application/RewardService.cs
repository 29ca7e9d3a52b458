using System.ComponentModel;
using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain.Rankings;
using EduPlatform.Evaluation.Domain.Rewards;
using EduPlatform.Kernel;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Application;

public sealed record RewardRequest(
    [property: Description("the year's reward fund in yuan, above 0")] long? Fund,
    [property: Description("awards to named units; the rest is split by the bundled ratings")] IReadOnlyList<UnitAwardInput>? Units = null,
    [property: Description("the share for exchanged teachers; the county setting when left out")] double? ExchangedShare = null,
    [property: Description("the version you read; leave out for the year's first split")] int? Version = null);

public sealed record UnitAwardInput(Guid AllianceId, long Award);

public sealed record PersonReward(Guid PersonId, string? Name, long Amount);

public sealed record UnitReward(Guid AllianceId, string Name, long Award, long ToExchanged, long ToUnit, IReadOnlyList<PersonReward> People);

public sealed record RewardReport(int SchoolYear, long Fund, double ExchangedShare, Words Basis, IReadOnlyList<UnitReward> Units, long Undistributed, int Version);

/// <summary>
/// 以奖代补 [001] 四(四)3: the county's fund among its advanced units (named by the bureau, or the top of the composite
/// ranking in proportion to their scores), and each unit's share for the teachers it exchanged to member campuses during
/// the year, per person. Saved per year with a version.
/// </summary>
public sealed class RewardService(EvaluationDatabase database)
{
    public Task<RewardReport?> ReadAsync(string countyCode, int schoolYear, CancellationToken ct) =>
        database.ReadAsync(async s => (await s.RewardSplitAsync<RewardReport>(countyCode, schoolYear))?.Split, ct);

    public Task<Outcome<RewardReport>> SplitAsync(string countyCode, int schoolYear, RewardRequest body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<RewardReport>>(async s =>
        {
            var year = await CountyYear.ReadAsync(s, countyCode, schoolYear, withRatings: true);
            var share = body.ExchangedShare ?? year.Settings.ExchangedShare;
            var errors = new List<(string, string)>();
            if (body.Fund is not > 0) { errors.Add(("fund", Texts.FundRequired)); }
            if (share is < 0 or > RewardSplit.ExchangedShareCeiling)
            {
                errors.Add(("exchangedShare", Texts.ExchangedShare(share)));
            }

            var alliances = year.Alliances.ToDictionary(a => a.Alliance.Id);
            foreach (var unit in body.Units ?? [])
            {
                if (!alliances.ContainsKey(unit.AllianceId)) { errors.Add(("units", Texts.NotAnAlliance(unit.AllianceId, schoolYear))); }
                if (unit.Award <= 0) { errors.Add(("units", Texts.AwardAboveZero(unit.AllianceId))); }
            }

            if (body.Units is { Count: > 0 } named && named.Sum(u => u.Award) > body.Fund)
            {
                errors.Add(("units", Texts.AwardsExceedFund(named.Sum(u => u.Award), body.Fund!.Value)));
            }

            if (errors.Count > 0)
            {
                return Outcome<RewardReport>.Fail(errors);
            }

            var fund = body.Fund!.Value;
            IReadOnlyList<(Guid Id, long Award)> awards;
            Words basis;
            if (body.Units is { Count: > 0 } units)
            {
                awards = units.Select(u => (u.AllianceId, u.Award)).ToList();
                basis = Texts.NamedByBureau;
            }
            else
            {
                var top = CompositeRanking.Rank(RankingService.AllianceUnits(year), year.Settings.Weights).Where(r => r.Composite is not null)
                    .Take(year.Settings.AdvancedUnits).ToList();
                if (top.Count == 0)
                {
                    return Outcome<RewardReport>.Fail("units", Texts.NoAllianceToRank(schoolYear));
                }

                var amounts = RewardSplit.Proportional(fund, top.Select(t => t.Composite!.Value).ToList());
                awards = top.Select((t, i) => (Guid.Parse(t.Id), amounts[i])).ToList();
                basis = Texts.TopOfRanking(top.Count);
            }

            var names = year.Proposed.ToDictionary(p => p.PersonId, p => p.Name);
            var split = RewardSplit.Split(awards.Select(a =>
            {
                var alliance = alliances[a.Id].Alliance;
                return new RewardSplit.UnitAward(a.Id.ToString(), alliance.Name, a.Award, year.ExchangedToMembers(alliance).Select(p => p.PersonId).ToList());
            }).ToList(), share);

            var current = await s.RewardSplitAsync<RewardReport>(countyCode, schoolYear);
            var expected = current?.Version ?? 0;
            if ((body.Version ?? 0) != expected)
            {
                return new Outcome<RewardReport>.Stale(Texts.RewardEntity(schoolYear), body.Version ?? 0, expected);
            }

            var report = new RewardReport(schoolYear, fund, share, basis,
                split.Select(u => new UnitReward(Guid.Parse(u.UnitId), u.Name, u.Award, u.ToExchanged, u.ToUnit,
                    u.People.Select(p => new PersonReward(p.PersonId, names.GetValueOrDefault(p.PersonId), p.Amount)).ToList())).ToList(),
                fund - split.Sum(u => u.Award), expected + 1);
            if (!await s.SaveRewardSplitAsync(countyCode, schoolYear, fund, report, report.Version, expected))
            {
                return new Outcome<RewardReport>.Stale(Texts.RewardEntity(schoolYear), body.Version ?? 0, null);
            }

            await s.WriteAuditAsync(actor, "evaluation.rewards", "reward-split", $"{countyCode}/{schoolYear}", countyCode, current?.Split, report);
            return report;
        }, ct);
}
