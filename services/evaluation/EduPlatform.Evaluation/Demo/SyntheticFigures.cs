using System.Globalization;
using System.Text;
using EduPlatform.Evaluation.Application;
using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Balance;

namespace EduPlatform.Evaluation.Demo;

/// <summary>A school as the generator needs it.</summary>
public sealed record FigureSchool(string Code, string Stage, string Locality, string SchoolType, int Students, bool IsCore, bool IsMember);

/// <summary>A person as the ratings generator needs them: rotation's id, name, school code and post (wire role).</summary>
public sealed record RatedPerson(Guid Id, string Name, string SchoolCode, string Role);

/// <summary>
/// Invented but plausible figures for demo counties, deterministic for a seed: resource indicators around the 2017
/// standards (county-town schools above them, rural schools and teaching points nearer or under), academic scores by
/// locality with a year-on-year change (member campuses of alliances move more, both ways), surveys in the 80s and 90s.
/// Kindergartens report nothing (their pilots have their own reviews). And the ratings schools propose: about 15%
/// excellent, a few basically competent.
/// </summary>
public static class SyntheticFigures
{
    public static string ToCsv(IReadOnlyList<FigureSchool> schools, int previousYear, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder(string.Join(',', FiguresImport.Sheet.Columns.Select(c => c.Headers[0])) + "\n");
        foreach (var school in schools.Where(s => s.Stage is "primary" or "junior" or "nine-year"))
        {
            var parts = school.Stage == "nine-year"
                ? new[] { (Stages.Primary, school.Students * 2 / 3), (Stages.Junior, school.Students - school.Students * 2 / 3) }
                : [(school.Stage, school.Students)];
            foreach (var (stage, students) in parts.Where(p => p.Item2 > 0))
            {
                var level = school.Locality switch { "urban" => 1.18, "town" => 1.05, _ => 0.97 } * (school.SchoolType == "teaching-point" ? 0.85 : 1);
                var baseScore = (school.IsCore ? 86 : school.Locality switch { "urban" => 81, "town" => 76, _ => 71 }) + random.NextDouble() * 6 - 3;
                var change = school.IsMember ? random.NextDouble() * 7 - 0.5 : random.NextDouble() * 5 - 2;
                var nowStudents = (int)Math.Round(students * (0.97 + random.NextDouble() * 0.07));
                foreach (var (year, pupils, score) in new[] { (previousYear, students, baseScore), (previousYear + 1, nowStudents, baseScore + change) })
                {
                    var cells = new List<string> { school.Code, year.ToString(CultureInfo.InvariantCulture), stage == Stages.Primary ? "小学" : "初中", N(pupils),
                        N(pupils / (stage == Stages.Junior ? 12.5 : 17.0)) };
                    cells.AddRange(ResourceStandards.All.Select(standard =>
                    {
                        var perUnit = standard.For(stage) * level * (0.88 + random.NextDouble() * 0.3);
                        var total = standard.Per100Students ? perUnit * pupils / 100 : perUnit * pupils;
                        return standard.Indicator is ResourceIndicator.TeachingArea or ResourceIndicator.SportsArea or ResourceIndicator.EquipmentValue ? N(total) : N(Math.Round(total));
                    }));
                    cells.Add(D(score));
                    cells.Add(D(Math.Min(100, 96 + random.NextDouble() * 4)));
                    cells.Add(D(85 + random.NextDouble() * 13));
                    cells.Add(D(82 + random.NextDouble() * 14));
                    cells.Add(school.IsMember && school.Locality != "urban" ? N(random.Next(0, 16)) : "0");
                    csv.AppendLine(string.Join(',', cells));
                }
            }
        }

        return csv.ToString();
    }

    public static string RatingsCsv(IReadOnlyList<RatedPerson> people, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder(string.Join(',', RatingsImport.Sheet.Columns.Select(c => c.Headers[0])) + "\n");
        foreach (var p in people)
        {
            var roll = random.NextDouble();
            var rating = roll < 0.15 ? "优秀" : roll < 0.99 ? "合格" : "基本合格";
            csv.AppendLine(string.Join(',', p.Id, p.Name, p.SchoolCode, p.Role, rating, ""));
        }

        return csv.ToString();
    }

    static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    static string D(double value) => Math.Round(value, 1).ToString("0.0", CultureInfo.InvariantCulture);
}
