using System.Text;
using System.Text.RegularExpressions;

namespace EduPlatform.Zoning.Domain.Lookup;

/// <summary>
/// Chinese address text brought to one spelling so that what a parent types meets what the bureau imported:
/// full-width letters and digits become half-width, Chinese numerals before a building word become digits, the many ways
/// of writing a building (3号楼, 3#楼, 3#, 3幢, 3座, 三栋) become "3栋", and spaces and punctuation go.
/// </summary>
public static partial class AddressText
{
    const string Numerals = "零〇一二两三四五六七八九十百";
    static readonly Dictionary<char, int> DigitValue = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var half = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            half.Append(char.ToLowerInvariant(c switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ => c,
            }));
        }

        var s = ChineseNumberBeforeWord().Replace(half.ToString(), m => ChineseNumber(m.Groups[1].Value) + m.Groups[2].Value);
        s = Building().Replace(s, "$1栋");
        s = Unit().Replace(s, "$1单元");
        var kept = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// The forms a unit's name may take in an address: as written, without a trailing 小区/社区/居委会, and a village committee
    /// (村委会, 村民委员会) as its village. All normalised.
    /// </summary>
    public static IEnumerable<string> NameForms(string name)
    {
        var n = Normalise(name);
        if (n.Length == 0)
        {
            yield break;
        }

        yield return n;
        var village = VillageCommittee().Replace(n, "村");
        if (village != n)
        {
            yield return village;
        }

        var bare = CommunitySuffix().Replace(village, "");
        if (bare != village && bare.Length >= 2)
        {
            yield return bare;
        }
    }

    /// <summary>一 … 九十九 and 一百 … 九百九十九 as digits ("十二" → 12, "二十" → 20, "一百零五" → 105).</summary>
    static string ChineseNumber(string text)
    {
        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            if (c == '百') { total += Math.Max(current, 1) * 100; current = 0; }
            else if (c == '十') { total += Math.Max(current, 1) * 10; current = 0; }
            else { current = DigitValue[c]; }
        }

        return (total + current).ToString();
    }

    [GeneratedRegex($"([{Numerals}]+)(号楼|号|栋|幢|座|单元|楼|组)")]
    private static partial Regex ChineseNumberBeforeWord();

    [GeneratedRegex(@"(\d+)\s*(?:号楼|号栋|#楼|#|幢|座|栋)")]
    private static partial Regex Building();

    [GeneratedRegex(@"(\d+)\s*(?:单元|门)")]
    private static partial Regex Unit();

    [GeneratedRegex("村(?:民委员会|委会)$")]
    private static partial Regex VillageCommittee();

    [GeneratedRegex("(?:小区|社区|居委会|居民委员会)$")]
    private static partial Regex CommunitySuffix();
}
