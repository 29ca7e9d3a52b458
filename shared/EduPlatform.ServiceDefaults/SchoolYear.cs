namespace EduPlatform.ServiceDefaults;

/// <summary>
/// A school year is named by the calendar year it starts in (2025 = the 2025–2026 school year, autumn statistics of
/// 2025). The one range every route and body is held to, so a year like 0 or 9999 is a 400 and never reaches a query.
/// </summary>
public static class SchoolYear
{
    public const int First = 2000;
    public const int Last = 2100;

    public const string Rule = "必须是 2000–2100 之间的学年（以开学的年份表示，如 2025）。 must be a year such as 2025 (2000–2100)";

    public static bool IsValid(int year) => year is >= First and <= Last;
}
