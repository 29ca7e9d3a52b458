using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Staffing.Data;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

/// <summary>The staffing office's settings for its county, audited and version-checked.</summary>
public sealed class SettingsService(StaffingDatabase database)
{
    public Task<Outcome<StaffingSettings>> SaveAsync(StaffingSettings requested, string actor, CancellationToken ct)
    {
        var errors = requested.Validate();
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<StaffingSettings>.Fail(errors));
        }

        return database.InTransactionAsync<Outcome<StaffingSettings>>(async s =>
        {
            var current = await s.SettingsAsync(requested.CountyCode);
            if (current.Version != requested.Version)
            {
                return new Outcome<StaffingSettings>.Stale($"Staffing settings of {requested.CountyCode}", requested.Version, current.Version);
            }

            var saved = requested with { Version = current.Version + 1 };
            if (!await s.SaveSettingsAsync(saved, current.Version))
            {
                return new Outcome<StaffingSettings>.Stale($"Staffing settings of {requested.CountyCode}", requested.Version, null);
            }

            await s.WriteAuditAsync(actor, "staffing.settings", "staffing-settings", requested.CountyCode, requested.CountyCode,
                current.Version == 0 ? null : current, saved);
            return saved;
        }, ct);
    }
}
