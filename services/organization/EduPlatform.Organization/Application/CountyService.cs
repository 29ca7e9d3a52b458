using EduPlatform.Kernel;
using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Application;

public sealed record CountySetup(string Name, string PolicyPreset, AlliancePolicyOverrides? PolicyOverrides, int? Version);

/// <summary>Counties: a county is set up once (name and alliance policy preset) before its schools and alliances are entered.</summary>
public sealed class CountyService(OrganizationDatabase database)
{
    public Task<Outcome<County>> SetUpAsync(string code, CountySetup setup, string actor, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(setup.Name) || setup.Name.Length > 100)
        {
            errors.Add(("name", Texts.CountyNameRequired));
        }

        if (AlliancePolicyPresets.Find(setup.PolicyPreset ?? "") is null)
        {
            errors.Add(("policyPreset", Texts.PresetOneOf(AlliancePolicyPresets.Names)));
        }

        errors.AddRange(setup.PolicyOverrides?.Validate() ?? []);
        if (errors.Count > 0)
        {
            return Task.FromResult(Outcome<County>.Fail(errors));
        }

        return database.InTransactionAsync<Outcome<County>>(async s =>
        {
            var existing = await s.FindCountyAsync(code);
            if (existing is null)
            {
                var created = new County(code, setup.Name.Trim(), setup.PolicyPreset!.ToLowerInvariant(), setup.PolicyOverrides, 1);
                await s.InsertCountyAsync(created);
                await s.WriteAuditAsync(actor, "county.set-up", "county", code, code, null, created);
                await s.EnqueueEventAsync(OrganizationEvents.Named(created.Code, created.Name, created.Version));
                return created;
            }

            if (setup.Version != existing.Version)
            {
                return new Outcome<County>.Stale(Texts.CountyEntity(code), setup.Version ?? 0, existing.Version);
            }

            var updated = existing with
            {
                Name = setup.Name.Trim(),
                PolicyPreset = setup.PolicyPreset!.ToLowerInvariant(),
                PolicyOverrides = setup.PolicyOverrides,
                Version = existing.Version + 1,
            };
            if (await s.UpdateCountyAsync(updated, existing.Version) == 0)
            {
                return new Outcome<County>.Stale(Texts.CountyEntity(code), existing.Version, null);
            }

            await s.WriteAuditAsync(actor, "county.update", "county", code, code, existing, updated);
            // Every save re-announces the name (with the new version), so a county set up before names were published
            // reaches the other services' copies by being saved once.
            await s.EnqueueEventAsync(OrganizationEvents.Named(updated.Code, updated.Name, updated.Version));
            return updated;
        }, ct);
    }
}
