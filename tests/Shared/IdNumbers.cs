namespace EduPlatform.Tests;

/// <summary>Valid 18-digit resident identity numbers (GB 11643: ISO 7064 MOD 11-2 check character) for generated rosters.</summary>
static class IdNumbers
{
    static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const string CheckCharacters = "10X98765432";

    /// <summary>Area 421125 (浠水县), the birth date, a two-digit sequence and the gender digit (odd for men).</summary>
    public static string For(DateOnly birth, bool female, int sequence)
    {
        var first17 = $"421125{birth:yyyyMMdd}{sequence % 100:D2}{(female ? 2 : 1)}";
        var sum = first17.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return first17 + CheckCharacters[sum % 11];
    }
}
