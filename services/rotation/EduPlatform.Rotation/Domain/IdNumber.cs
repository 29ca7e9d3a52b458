namespace EduPlatform.Rotation.Domain;

/// <summary>
/// The resident identity number (公民身份号码, GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence
/// (odd for men), and a check character computed with ISO 7064 MOD 11-2. Never logged; masked in responses.
/// </summary>
public static class IdNumber
{
    static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const string CheckCharacters = "10X98765432";

    /// <summary>Why <paramref name="text"/> is not a valid identity number, or null when it is.</summary>
    public static string? Problem(string text)
    {
        if (text.Length != 18)
        {
            return Texts.IdLength(text.Length);
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return Texts.IdNotDigit(i + 1);
            }
        }

        if (BirthDate(text) is null)
        {
            return Texts.IdNoBirthDate(text[6..14]);
        }

        var expected = CheckCharacter(text);
        return char.ToUpperInvariant(text[17]) == expected ? null : Texts.IdCheck;
    }

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public static DateOnly? BirthDate(string text) =>
        DateOnly.TryParseExact(text[6..14], "yyyyMMdd", out var date) ? date : null;

    /// <summary>The sequence's last digit is odd for men and even for women.</summary>
    public static Gender GenderOf(string text) => (text[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;

    /// <summary>Area code and last four kept, the birth date hidden: 421125********123X.</summary>
    public static string Mask(string text) => text.Length == 18 ? $"{text[..6]}********{text[14..]}" : new string('*', text.Length);

    /// <summary>Upper-cases the check character and drops spaces, as clerks type it.</summary>
    public static string Normalize(string text) => text.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
