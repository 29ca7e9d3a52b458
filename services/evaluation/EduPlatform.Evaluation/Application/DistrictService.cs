using System.ComponentModel;
using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Application;

/// <summary>The bureau's districts (学区) for its county, audited.</summary>
public sealed class DistrictService(EvaluationDatabase database)
{
    /// <summary>Replaces the county's districts (学区, seed 004): unique names, known schools, each school in one district.</summary>
    public Task<Outcome<IReadOnlyList<District>>> SaveAsync(string countyCode, IReadOnlyList<DistrictInput>? body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<IReadOnlyList<District>>>(async s =>
        {
            var known = (await s.KnownSchoolsAsync(countyCode)).Select(k => k.Id).ToHashSet();
            var errors = new List<FieldError>();
            var seen = new Dictionary<Guid, string>();
            var districts = new List<District>();
            foreach (var (d, i) in (body ?? []).Select((d, i) => (d, i + 1)))
            {
                if (string.IsNullOrWhiteSpace(d.Name)) { errors.Add(new FieldError("name", Texts.Required, i)); continue; }
                if (districts.Any(x => x.Name == d.Name.Trim())) { errors.Add(new FieldError("name", Texts.AppearsTwice(d.Name), i)); }
                foreach (var school in d.SchoolIds ?? [])
                {
                    if (!known.Contains(school)) { errors.Add(new FieldError("schoolIds", Texts.NotASchool(school), i)); }
                    else if (!seen.TryAdd(school, d.Name)) { errors.Add(new FieldError("schoolIds", Texts.InDistrict(school, seen[school]), i)); }
                }

                districts.Add(new District(Guid.CreateVersion7(), d.Name.Trim(), (d.SchoolIds ?? []).Distinct().ToList()));
            }

            if (errors.Count > 0)
            {
                return new Outcome<IReadOnlyList<District>>.Invalid(errors);
            }

            var before = await s.DistrictsAsync(countyCode);
            await s.ReplaceDistrictsAsync(countyCode, districts);
            await s.WriteAuditAsync(actor, "evaluation.districts", "districts", countyCode, countyCode, before, districts);
            return new Outcome<IReadOnlyList<District>>.Ok(districts);
        }, ct);
}

public sealed record DistrictInput(
    [property: Description("the district's name")] string? Name,
    [property: Description("the schools of the district")] IReadOnlyList<Guid>? SchoolIds = null);
