using System.Text.Json;

namespace EduPlatform.Organization.Application;

/// <summary>Enum values as they appear in events and JSON: kebab-case ("nine-year", "co-built").</summary>
public static class WireText
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? Of(v) : null;
}
