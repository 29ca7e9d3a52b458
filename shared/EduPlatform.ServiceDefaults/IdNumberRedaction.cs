using System.Text.RegularExpressions;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// Resident identity numbers (18 characters, the last a digit or X) are never recorded. No route takes one in its path,
/// but a caller can still put one in a URL (a mistyped <c>…/people/{number}</c>, a search query); telemetry keeps the
/// URL with the number replaced.
/// </summary>
public static partial class IdNumberRedaction
{
    public const string Replacement = "[身份证号已隐去]";

    public static string Redact(string text) => IdNumberLike().Replace(text, Replacement);

    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdNumberLike();
}
