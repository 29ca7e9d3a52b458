using EduPlatform.Organization.Domain;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Organization.Application;

/// <summary>The province's report as .xlsx with Chinese headers: the counties at the year's end (or today), the monthly shares, the monthly ranking.</summary>
public static class CoverageExport
{
    public static byte[] Write(CoverageReport r)
    {
        var title = (string)Texts.CoverageTitle(r.Year);
        var counties = r.Counties.Select(c => (IReadOnlyList<object?>)
        [
            c.Code, c.Name, c.Alliances, c.Fused, c.CoBuilt, c.Compulsory.Schools, c.Compulsory.InAlliances, Percent(c.Compulsory.Share),
            Percent(c.Kindergarten.Share), Percent(c.SeniorHigh.Share), c.Demonstration, c.ProvincePilots, c.CityPilots, c.CountyPilots, c.Grants,
            .. c.Targets.Select(t => (object?)(string)Texts.TargetStatus(t.Status)),
        ]);
        var monthHeaders = new List<string> { Texts.MonthHeader };
        monthHeaders.AddRange(r.Counties.Select(c => c.Name));
        var monthly = r.Months.Select(m => (IReadOnlyList<object?>)
            [m.MonthEnd.ToString("yyyy-MM-dd"), .. r.Counties.Select(c => (object?)Percent(m.Counties.Single(x => x.Code == c.Code).CompulsoryShare))]);
        var ranking = r.Months.SelectMany(m => m.Counties.Select(c => (IReadOnlyList<object?>)
            [m.MonthEnd.ToString("yyyy-MM-dd"), c.Rank, c.Code, c.Name, Percent(c.CompulsoryShare), c.Demonstration]));
        return XlsxWriter.Write(
        [
            new XlsxSheet(Texts.CoverageSheet, Texts.CoverageHeaders.Items, counties, $"{title}（截至 {r.AsOf:yyyy-MM-dd}）"),
            new XlsxSheet(Texts.MonthlySheet, monthHeaders, monthly, title),
            new XlsxSheet(Texts.RankingSheet, Texts.RankHeaders.Items, ranking, title),
        ]);
    }

    static string Percent(decimal share) => $"{share * 100:0.0}%";
}
