using EduPlatform.Kernel;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Organization.Application;

public sealed record DesignationCommand(DesignationKind Kind, DesignationLevel Level, int Year, decimal? GrantYuan, string? Note);

/// <summary>
/// The province's view: how far each county is with alliances against the province's targets, month by month; and the
/// demonstration and pilot designations it counts.
/// </summary>
public sealed class CoverageService(OrganizationDatabase database, TimeProvider clock)
{
    public Task<CoverageReport> ReportAsync(string provinceCode, int year, CancellationToken ct) => database.ReadAsync(async s =>
    {
        var counties = (await s.ListCountiesAsync()).Where(c => c.Code.StartsWith(provinceCode, StringComparison.Ordinal)).ToList();
        var codes = counties.Select(c => c.Code).ToList();
        var alliances = new List<Alliance>();
        foreach (var code in codes)
        {
            alliances.AddRange(await s.ListAlliancesAsync(code, new AllianceQuery(null, null, null, true)));
        }

        var targets = (await s.ProvinceTargetsAsync(provinceCode))?.Targets ?? CoverageTargets.HubeiPreset;
        return CoverageCalculator.Report(year, ExportTitle.Today,
            counties.Select(c => (c.Code, c.Name)).ToList(), await s.CoverageSchoolsAsync(codes), alliances, await s.DesignationsAsync(codes), targets);
    }, ct);

    public Task<(CoverageTargets Targets, int Version)> TargetsAsync(string provinceCode, CancellationToken ct) =>
        database.ReadAsync(async s => await s.ProvinceTargetsAsync(provinceCode) ?? (CoverageTargets.HubeiPreset, 0), ct);

    public Task<Outcome<CoverageTargets>> SaveTargetsAsync(string provinceCode, CoverageTargets targets, int version, string actor, CancellationToken ct)
    {
        var errors = targets.Validate();
        return errors.Count > 0
            ? Task.FromResult(Outcome<CoverageTargets>.Fail(errors))
            : database.InTransactionAsync<Outcome<CoverageTargets>>(async s =>
            {
                var before = await s.ProvinceTargetsAsync(provinceCode);
                var saved = targets with { Preset = CoverageTargets.Hubei + "+province" };
                if (!await s.SaveProvinceTargetsAsync(provinceCode, saved, version))
                {
                    return new Outcome<CoverageTargets>.Stale(Texts.ProvinceTargetsEntity(provinceCode), version, before?.Version ?? 0);
                }

                await s.WriteAuditAsync(actor, "province.targets", "province", provinceCode, provinceCode, before?.Targets, saved);
                return saved;
            }, ct);
    }

    /// <summary>Records an alliance as a demonstration or pilot alliance of a year; a provincial pilot's grant defaults to the targets'.</summary>
    public Task<Outcome<AllianceDesignation>> DesignateAsync(string countyCode, Guid allianceId, DesignationCommand c, string actor, CancellationToken ct)
    {
        if (!CoverageTargets.IsPlanYear(c.Year))
        {
            return Task.FromResult(Outcome<AllianceDesignation>.Fail("year", Texts.TargetYearRange));
        }

        if (c.Note is { Length: > 500 })
        {
            return Task.FromResult(Outcome<AllianceDesignation>.Fail("note", Texts.NoteTooLong));
        }

        if (c.GrantYuan is < 0)
        {
            return Task.FromResult(Outcome<AllianceDesignation>.Fail("grantYuan", Texts.NotNegative));
        }

        return database.InTransactionAsync<Outcome<AllianceDesignation>>(async s =>
        {
            if (await s.FindAllianceAsync(countyCode, allianceId) is not { } alliance)
            {
                return new Outcome<AllianceDesignation>.NotFound(Texts.AllianceNotFound(allianceId));
            }

            if (await s.DesignationExistsAsync(allianceId, c.Kind, c.Level, c.Year))
            {
                return Outcome<AllianceDesignation>.Fail("year", Texts.AlreadyDesignated(alliance.Name, c.Year));
            }

            var grant = c.GrantYuan ?? (c.Kind == DesignationKind.Pilot && c.Level == DesignationLevel.Province
                ? ((await s.ProvinceTargetsAsync(countyCode[..2]))?.Targets ?? CoverageTargets.HubeiPreset).PilotGrantYuan
                : 0);
            var designation = new AllianceDesignation(Guid.CreateVersion7(), allianceId, c.Kind, c.Level, c.Year, grant,
                string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim(), clock.GetUtcNow(), actor);
            await s.InsertDesignationAsync(countyCode, designation);
            await s.WriteAuditAsync(actor, "alliance.designate", "alliance", allianceId, countyCode, null, designation);
            return designation;
        }, ct);
    }

    public Task<IReadOnlyList<AllianceDesignation>> DesignationsAsync(Guid allianceId, CancellationToken ct) =>
        database.ReadAsync(s => s.DesignationsOfAsync(allianceId), ct);
}
