using System.Globalization;

namespace EduPlatform.Spreadsheets;

/// <summary>Reading typed values from cell text the way spreadsheets write them.</summary>
public static class CellText
{
    /// <summary>"12", or "12.0" as Excel stores whole numbers.</summary>
    public static bool TryWholeNumber(string text, out int value)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        value = 0;
        return false;
    }
}
