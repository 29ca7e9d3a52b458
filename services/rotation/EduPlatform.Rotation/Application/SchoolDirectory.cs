using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Application;

/// <summary>The schools rotation knows in a county, with whether each is an alliance's core school on a date.</summary>
public static class SchoolDirectory
{
    public static async Task<IReadOnlyDictionary<Guid, SchoolFacts>> FactsAsync(DbSession s, string countyCode, DateOnly on)
    {
        var schools = await s.KnownSchoolsAsync(countyCode);
        var cores = (await s.AlliancesOnAsync(countyCode, on)).Select(a => a.Alliance.CoreSchoolId).ToHashSet();
        return schools.ToDictionary(x => x.Id, x => new SchoolFacts(x.Id, x.Name, x.Stage, x.Locality, cores.Contains(x.Id)));
    }
}
