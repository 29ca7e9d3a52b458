namespace EduPlatform.Kernel;

/// <summary>
/// A school year is named by the calendar year it starts in (2025 = the 2025–2026 school year, autumn statistics of
/// 2025). It runs from 1 September to 31 August; head counts, pools and eligibility are taken as of its first day. The one
/// range every route and body is held to, so a year like 0 or 9999 is a 400 and never reaches a query.
/// </summary>
public static class SchoolYear
{
    public const int First = 2000;
    public const int Last = 2100;

    public static Words Rule => new("必须是 2000–2100 之间的学年（以开学的年份表示，如 2025）。", "must be a year such as 2025 (2000–2100)");

    public static bool IsValid(int year) => year is >= First and <= Last;

    /// <summary>1 September of the year: the day the school year's figures are taken as of.</summary>
    public static DateOnly StartsOn(int year) => new(year, 9, 1);

    /// <summary>The school year a day falls in (31 August 2026 is in 2025, 1 September 2026 in 2026).</summary>
    public static int Of(DateOnly day) => day.Month >= 9 ? day.Year : day.Year - 1;

    /// <summary>Whether a span [start, end) overlaps the school year at all.</summary>
    public static bool Overlaps(int year, DateOnly start, DateOnly? end) => start < StartsOn(year + 1) && (end is null || end > StartsOn(year));
}
