using EduPlatform.Kernel;

namespace EduPlatform.Organization.Application;

/// <summary>Enum values as they appear in events and JSON: kebab-case ("nine-year", "co-built").</summary>
public static class WireText
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => WireEnum.Text(value);

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? Of(v) : null;
}
