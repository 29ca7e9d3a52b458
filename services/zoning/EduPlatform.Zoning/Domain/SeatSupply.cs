namespace EduPlatform.Zoning.Domain;

/// <summary>What zoning knows of a school for seat supply.</summary>
public sealed record ZoningSchool(Guid Id, string Name, string Stage, string SchoolType, bool IsPublic, double? Latitude, double? Longitude);

/// <summary>A school's autumn classes by grade (grade 1–9), and its total classes.</summary>
public sealed record AutumnClasses(int TotalClasses, IReadOnlyDictionary<int, int> ClassesByGrade);

public sealed record SchoolSeats(Guid SchoolId, string Name, string Stage, int EntryClasses, int ClassSize, int Seats, string Basis);

/// <summary>
/// Entry seats per school and stage: planned entry classes × class size (domain.md §4). Planned classes are what the
/// bureau set for the year, else last autumn's entry grade (grade 1, grade 7), else the stage's classes spread over its
/// grades. Only public schools of the compulsory stages admit by zone; special-education and vocational schools do not.
/// </summary>
public static class SeatSupply
{
    static readonly IReadOnlySet<string> NotZoned = new HashSet<string> { "special-education", "vocational" };

    public static IReadOnlyList<SchoolSeats> For(IEnumerable<ZoningSchool> schools, IReadOnlyDictionary<Guid, AutumnClasses> lastAutumn,
        IReadOnlyDictionary<(Guid SchoolId, string Stage), int> planned, ZoningSettings settings)
    {
        var seats = new List<SchoolSeats>();
        foreach (var school in schools.Where(s => s.IsPublic && !NotZoned.Contains(s.SchoolType)).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            foreach (var stage in Stages(school.Stage))
            {
                var (classes, basis) = EntryClasses(school, stage, lastAutumn.GetValueOrDefault(school.Id), planned);
                var size = settings.ClassSize(stage);
                seats.Add(new SchoolSeats(school.Id, school.Name, stage, classes, size, classes * size, basis));
            }
        }

        return seats;
    }

    /// <summary>
    /// The zoned stage an input row means for a school: as given, or the school's only one when none is given; with the
    /// problem when the school does not admit it.
    /// </summary>
    public static (string Stage, string? Problem) StageOf(string schoolName, string schoolStage, string? given)
    {
        var stages = Stages(schoolStage).ToList();
        var stage = string.IsNullOrWhiteSpace(given) && stages.Count == 1 ? stages[0] : given?.Trim() ?? "";
        return (stage, stages.Contains(stage) ? null : Texts.Admits(schoolName, schoolStage, stages));
    }

    public static IEnumerable<string> Stages(string schoolStage) => schoolStage switch
    {
        "primary" => ["primary"],
        "junior" => ["junior"],
        "nine-year" => ["primary", "junior"],
        _ => [],
    };

    static (int Classes, string Basis) EntryClasses(ZoningSchool school, string stage, AutumnClasses? autumn, IReadOnlyDictionary<(Guid, string), int> planned)
    {
        if (planned.TryGetValue((school.Id, stage), out var set))
        {
            return (set, Texts.PlannedByBureau);
        }

        var entryGrade = stage == "junior" ? 7 : 1;
        if (autumn is not null && autumn.ClassesByGrade.TryGetValue(entryGrade, out var entry) && entry > 0)
        {
            return (entry, Texts.LastAutumnGrade(entryGrade));
        }

        // No per-grade report: the stage's classes spread evenly over its grades (a nine-year school has 9).
        if (autumn is { TotalClasses: > 0 } total)
        {
            var grades = school.Stage == "nine-year" ? 9 : stage == "junior" ? 3 : 6;
            return (Math.Max(1, (int)Math.Round(total.TotalClasses / (double)grades, MidpointRounding.AwayFromZero)), Texts.LastAutumnSpread(total.TotalClasses, grades));
        }

        return (0, Texts.NoClasses);
    }
}
