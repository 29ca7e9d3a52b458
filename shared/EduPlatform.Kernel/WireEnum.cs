using System.Text.Json;

namespace EduPlatform.Kernel;

/// <summary>Enum values in URLs as in JSON: kebab-case ("nine-year"); the C# name is accepted too.</summary>
public static class WireEnum
{
    public static string Text<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Every value of an enum type as the API writes it, in declaration order.</summary>
    public static IEnumerable<string> Names(Type enumType) => Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName);

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wanted = text.Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Text(candidate), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses an optional query value, adding a field error naming the allowed values when it is not one of them.</summary>
    public static TEnum? Optional<TEnum>(string? text, string field, ICollection<FieldError> errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        var names = string.Join(", ", Enum.GetValues<TEnum>().Select(v => Text(v)));
        errors.Add(new FieldError(field, new Words($"“{text}”不是允许的值，可用：{names}。", $"'{text}' is not one of {names}")));
        return null;
    }
}
