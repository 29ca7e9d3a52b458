using System.Globalization;
using System.Text.Json;

namespace EduPlatform.WebConsole;

/// <summary>Reading the API's JSON in pages: absent or null fields read as empty, never throw.</summary>
public static class Json
{
    public static JsonElement Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static string Str(this JsonElement element, string name) => element.Get(name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? "",
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.ToString(),
        _ => "",
    };

    public static int Int(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var i) ? i : 0;

    public static double Num(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : 0;

    public static bool Bool(this JsonElement element, string name) => element.Get(name).ValueKind == JsonValueKind.True;

    public static bool Has(this JsonElement element, string name) =>
        element.Get(name).ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    public static IEnumerable<JsonElement> Items(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [];

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) => element.Get(name).Items();

    /// <summary>A count the Chinese way: 4,213 → 4,213; large sums in 万 are left to the page.</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double share, int decimals = 1) =>
        (share * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";
}
