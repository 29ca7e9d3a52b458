using EduPlatform.Organization.Data;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Organization.Application;

/// <summary>The school and alliance rosters a bureau prints, titled with the county's name; null when the county is not set up.</summary>
public sealed class OrganizationExports(OrganizationDatabase database)
{
    public Task<byte[]?> SchoolsAsync(string countyCode, CancellationToken ct) => database.ReadAsync(async s =>
    {
        if (await s.FindCountyAsync(countyCode) is not { } county)
        {
            return null;
        }

        var (schools, _) = await s.SearchSchoolsAsync(countyCode, new SchoolQuery(null, null, null, null, null, 0, int.MaxValue));
        var alliances = await s.ListAlliancesAsync(countyCode, new AllianceQuery(null, null, null, false));
        var allianceOf = alliances.SelectMany(a => a.Memberships.Where(m => m.LeftOn is null).Select(m => (m.SchoolId, a.Name)))
            .ToLookup(x => x.SchoolId, x => x.Name);
        var rows = schools.OrderBy(x => x.Code, StringComparer.Ordinal).Select(x => (IReadOnlyList<object?>)
        [
            x.Code, x.Name, (string)Texts.Stage(x.Stage), (string)Texts.Locality(x.Locality), (string)Texts.SchoolType(x.Type), x.Township,
            (string)Texts.PublicOrPrivate(x.IsPublic), (string)Texts.Yes(x.IsBoarding), (string)Texts.KindergartenDay(x.KindergartenDay),
            (string)Texts.Yes(x.IsWeak), (string)Texts.Yes(x.IsNew),
            (string)Texts.Yes(x.IsLegalPerson), string.Join("、", allianceOf[x.Id]), x.Latitude, x.Longitude,
        ]);
        return XlsxWriter.Write(Texts.SchoolRosterSheet, Texts.SchoolRosterHeaders.Items, rows, ExportTitle.For(county.Name, Texts.SchoolRosterTitle));
    }, ct);

    /// <summary>One row per current campus: the alliance, its form and stage, the campus's role and executive principal.</summary>
    public Task<byte[]?> AlliancesAsync(string countyCode, CancellationToken ct) => database.ReadAsync(async s =>
    {
        if (await s.FindCountyAsync(countyCode) is not { } county)
        {
            return null;
        }

        var alliances = await s.ListAlliancesAsync(countyCode, new AllianceQuery(null, null, null, false));
        var schools = (await s.FindSchoolsAsync(countyCode, alliances.SelectMany(a => a.Memberships.Select(m => m.SchoolId)).Distinct().ToList()))
            .ToDictionary(x => x.Id);
        var rows = alliances.OrderBy(a => a.Name, StringComparer.Ordinal).SelectMany(a => a.Memberships
            .Where(m => m.LeftOn is null).OrderBy(m => m.Role).ThenBy(m => m.JoinedOn)
            .Select(m =>
            {
                var school = schools.GetValueOrDefault(m.SchoolId);
                return (IReadOnlyList<object?>)
                [
                    a.Name, (string)Texts.Kind(a.Kind), (string)Texts.Stage(a.Stage), a.FormedOn.ToString("yyyy-MM-dd"), school?.Name, school?.Code,
                    (string)Texts.Role(m.Role), school is null ? null : (string)Texts.Locality(school.Locality), school?.Township, m.ExecutivePrincipal,
                    m.JoinedOn.ToString("yyyy-MM-dd"), school is null ? null : (string)Texts.Yes(school.IsLegalPerson),
                ];
            }));
        return XlsxWriter.Write(Texts.AllianceRosterSheet, Texts.AllianceRosterHeaders.Items, rows, ExportTitle.For(county.Name, Texts.AllianceRosterTitle));
    }, ct);
}
