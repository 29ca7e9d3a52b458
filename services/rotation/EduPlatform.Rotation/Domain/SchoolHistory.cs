namespace EduPlatform.Rotation.Domain;

/// <summary>Changes to a person's school history when they are placed, come back, or stay for good.</summary>
public static class SchoolHistory
{
    /// <summary>Closes the open stint the day before <paramref name="from"/> and opens one at <paramref name="school"/>.</summary>
    public static Person MoveTo(Person p, Guid school, DateOnly from, bool byRotation, DateOnly? placedUntil = null)
    {
        var history = p.History
            .Select(h => h.SchoolId == p.CurrentSchoolId && h.To is null ? h with { To = Later(h.From, from.AddDays(-1)) } : h)
            .Append(new SchoolStint(school, from, null, byRotation, placedUntil))
            .ToList();
        return p with { CurrentSchoolId = school, History = history, Version = p.Version + 1 };
    }

    static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
