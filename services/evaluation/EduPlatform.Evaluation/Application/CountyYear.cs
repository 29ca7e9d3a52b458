using EduPlatform.Evaluation.Data;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Bundled;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Application;

/// <summary>Everything evaluation knows about a county's school year (and the year before), read in one go.</summary>
public sealed record CountyYear(
    string CountyCode, int SchoolYear, EvaluationSettings Settings, IReadOnlyDictionary<Guid, KnownSchool> Schools,
    IReadOnlyList<(KnownAlliance Alliance, IReadOnlyList<Guid> Campuses)> Alliances, IReadOnlyList<SchoolFigures> Figures,
    IReadOnlyList<SchoolFigures> PreviousFigures, IReadOnlyList<PlacementRow> Placements, IReadOnlyList<ProposedRating> Proposed)
{
    /// <summary>Alliances as they stood on the last day of the school year (31 August), when the year is judged.</summary>
    public static DateOnly JudgedOn(int schoolYear) => new(schoolYear + 1, 8, 31);

    /// <summary>Reads the year; the schools' proposed ratings (thousands of rows) only for the readers that decide or name people.</summary>
    public static async Task<CountyYear> ReadAsync(DbSession s, string countyCode, int schoolYear, bool withRatings = false)
    {
        var figures = await s.FiguresAsync(countyCode, schoolYear, schoolYear - 1);
        return new CountyYear(countyCode, schoolYear, await s.EvaluationSettingsAsync(countyCode),
            (await s.KnownSchoolsAsync(countyCode)).ToDictionary(k => k.Id), await s.AlliancesOnAsync(countyCode, JudgedOn(schoolYear)),
            figures.Where(f => f.SchoolYear == schoolYear).ToList(), figures.Where(f => f.SchoolYear == schoolYear - 1).ToList(),
            (await s.PlacementsAsync(countyCode)).Where(p => p.ServedIn(schoolYear)).ToList(),
            withRatings ? await s.ProposedRatingsAsync(countyCode, schoolYear) : []);
    }

    public string SchoolName(Guid id) => Schools.TryGetValue(id, out var school) ? school.Name : id.ToString();

    /// <summary>People the lead school sent to a member campus during the year (people sent back to the lead school are not covered).</summary>
    public IReadOnlyList<Secondment> SecondedFrom(KnownAlliance alliance, IReadOnlyList<Guid> campuses) =>
        ExchangedToMembers(alliance).Where(p => p.HomeSchoolId == alliance.CoreSchoolId && campuses.Contains(p.HostSchoolId))
            .Select(p => new Secondment(p.PersonId, p.HostSchoolId, p.Role, p.Mode)).ToList();

    /// <summary>Placements of the alliance during the year that took someone to a member campus (not shadowing at the lead school).</summary>
    public IEnumerable<PlacementRow> ExchangedToMembers(KnownAlliance alliance) =>
        Placements.Where(p => p.AllianceId == alliance.Id && p.HostSchoolId != alliance.CoreSchoolId && p.Mode != Shadowing);

    const string Shadowing = "shadowing";

    /// <summary>The figures of a school summed over its stages (a nine-year school reports primary and junior apart).</summary>
    public static (double? Score, int Students, int Returning)? Combined(IEnumerable<SchoolFigures> figures, Guid schoolId)
    {
        var rows = figures.Where(f => f.SchoolId == schoolId).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var scored = rows.Where(r => r.AcademicScore is not null && r.Students > 0).ToList();
        double? score = scored.Count == 0 ? null : Math.Round(scored.Sum(r => r.AcademicScore!.Value * r.Students) / scored.Sum(r => r.Students), 2);
        return (score, rows.Sum(r => r.Students), rows.Sum(r => r.ReturningStudents ?? 0));
    }
}
