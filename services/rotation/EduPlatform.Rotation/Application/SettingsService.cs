using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Application;

/// <summary>The bureau's rotation settings for its county, audited and version-checked.</summary>
public sealed class SettingsService(RotationDatabase database)
{
    public Task<Outcome<RotationSettings>> SaveAsync(RotationSettings requested, string actor, CancellationToken ct)
    {
        var errors = requested.Validate();
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<RotationSettings>.Fail(errors));
        }

        return database.InTransactionAsync<Outcome<RotationSettings>>(async s =>
        {
            var current = await s.RotationSettingsAsync(requested.CountyCode);
            var saved = requested with { Version = current.Version + 1 };
            if (current.Version != requested.Version || !await s.SaveRotationSettingsAsync(saved, current.Version))
            {
                return new Outcome<RotationSettings>.Stale($"Rotation settings of {requested.CountyCode}", requested.Version, current.Version);
            }

            await s.WriteAuditAsync(actor, "rotation.settings", "rotation-settings", requested.CountyCode, requested.CountyCode,
                current.Version == 0 ? null : current, saved);
            return saved;
        }, ct);
    }
}
