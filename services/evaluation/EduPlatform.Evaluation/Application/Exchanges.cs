namespace EduPlatform.Evaluation.Application;

public sealed record SchoolExchanges(Guid SchoolId, string Name, int Sent, int Received, int BackboneSent);

/// <summary>Rotation counts per school for a school year, from the placements rotation published.</summary>
public static class Exchanges
{
    public static IReadOnlyList<SchoolExchanges> Count(CountyYear year)
    {
        var schools = year.Placements.SelectMany(p => new[] { p.HomeSchoolId, p.HostSchoolId }).Distinct();
        return schools.Select(id => new SchoolExchanges(id, year.SchoolName(id),
                year.Placements.Where(p => p.HomeSchoolId == id).Select(p => p.PersonId).Distinct().Count(),
                year.Placements.Where(p => p.HostSchoolId == id).Select(p => p.PersonId).Distinct().Count(),
                year.Placements.Where(p => p.HomeSchoolId == id && p.Backbone).Select(p => p.PersonId).Distinct().Count()))
            .OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }
}
