using Microsoft.Extensions.Configuration;

namespace EduPlatform.WebConsole;

/// <summary>
/// The school year a page opens on: <c>Console:SchoolYear</c> when the host sets one (the demo sets its roster year),
/// else the one running today — a school year starts on 1 September and is named by the calendar year it starts in.
/// </summary>
public static class SchoolYear
{
    public static int Current(IConfiguration configuration, DateOnly? today = null)
    {
        if (int.TryParse(configuration["Console:SchoolYear"], out var configured))
        {
            return configured;
        }

        var day = today ?? DateOnly.FromDateTime(DateTime.Now);
        return day.Month >= 9 ? day.Year : day.Year - 1;
    }
}
