using EduPlatform.Kernel;

namespace EduPlatform.ServiceDefaults;

/// <summary>The title row of a sheet a bureau prints: the county by name, what the sheet is, and the day it was exported.</summary>
public static class ExportTitle
{
    /// <summary>China Standard Time has no daylight saving: the bureau's day is UTC+8.</summary>
    static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(ChinaOffset).DateTime);

    public static string For(string county, Words what) => For(county, what, Today);

    public static string For(string county, Words what, DateOnly on) =>
        new Words($"{county}{what.Zh}（{on.Year}年{on.Month}月{on.Day}日导出）", $"{county}: {what.En} (exported {on:yyyy-MM-dd})");
}
