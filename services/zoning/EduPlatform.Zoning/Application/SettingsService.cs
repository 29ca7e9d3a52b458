using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain;

namespace EduPlatform.Zoning.Application;

/// <summary>The bureau's zoning settings for its county, audited and version-checked.</summary>
public sealed class SettingsService(ZoningDatabase database)
{
    public Task<Outcome<ZoningSettings>> SaveAsync(ZoningSettings requested, string actor, CancellationToken ct)
    {
        var errors = requested.Validate();
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<ZoningSettings>.Fail(errors));
        }

        return database.InTransactionAsync<Outcome<ZoningSettings>>(async s =>
        {
            var current = await s.ZoningSettingsAsync(requested.CountyCode);
            var saved = requested with { Version = current.Version + 1 };
            if (current.Version != requested.Version || !await s.SaveZoningSettingsAsync(saved, current.Version))
            {
                return new Outcome<ZoningSettings>.Stale($"Zoning settings of {requested.CountyCode}", requested.Version, current.Version);
            }

            await s.WriteAuditAsync(actor, "zoning.settings", "zoning-settings", requested.CountyCode, requested.CountyCode, current.Version == 0 ? null : current, saved);
            return saved;
        }, ct);
    }
}
