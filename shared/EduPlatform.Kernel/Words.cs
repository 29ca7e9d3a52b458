using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EduPlatform.Kernel;

/// <summary>
/// The language people read the suite in: Chinese unless the request asked for English (<c>Accept-Language: en</c>,
/// which the hosts put into <see cref="CultureInfo.CurrentUICulture"/>). Background work (consumers, the relay, the demo
/// loader) has no request and so writes Chinese.
/// </summary>
public static class Language
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Runs <paramref name="action"/> with the UI language set (tests, the demo loader, exports built off-request).</summary>
    public static T In<T>(string culture, Func<T> action)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

/// <summary>
/// One sentence people read, in Chinese (the policy documents' own terms) and in English; it reads as the current
/// language wherever it becomes a string. Each service keeps its sentences in one catalogue (its <c>Texts</c> class);
/// what is stored (a plan's reasons) keeps both, so it reads in the language of whoever reads it later.
/// </summary>
[JsonConverter(typeof(WordsJsonConverter))]
public readonly record struct Words(string Zh, string En)
{
    public override string ToString() => Language.IsEnglish ? En : Zh;

    public static implicit operator string(Words words) => words.ToString();

    /// <summary>A list kept as one "a|b|c" text per language (a sheet's headers), read in the reader's language.</summary>
    public IReadOnlyList<string> Items => ToString().Split('|');

    /// <summary>The same text in both languages (a name, a code, a figure).</summary>
    public static Words Same(string text) => new(text, text);

    /// <summary>Sentences joined in each language: Chinese with "；", English with "; ".</summary>
    public static Words Join(IEnumerable<Words> parts)
    {
        var list = parts.Where(p => p.Zh.Length > 0 || p.En.Length > 0).ToList();
        return new(string.Join("；", list.Select(p => p.Zh)), string.Join("; ", list.Select(p => p.En)));
    }
}

/// <summary>
/// Written as the reader's language (a string) in answers; written as both languages (<c>{"zh":…,"en":…}</c>) where it is
/// stored (<see cref="ForStorage"/>); read from either, or from a plain string stored before texts were kept in two languages.
/// </summary>
public sealed class WordsJsonConverter(bool bothLanguages) : JsonConverter<Words>
{
    public WordsJsonConverter() : this(false)
    {
    }

    /// <summary>The options to store with: these, and texts kept in both languages.</summary>
    public static JsonSerializerOptions ForStorage(JsonSerializerOptions options) => new(options) { Converters = { new WordsJsonConverter(true) } };

    public override Words Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Words.Same(reader.GetString() ?? "");
        }

        string zh = "", en = "";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.GetString() ?? "";
            if (string.Equals(name, "zh", StringComparison.OrdinalIgnoreCase)) { zh = value; }
            else if (string.Equals(name, "en", StringComparison.OrdinalIgnoreCase)) { en = value; }
        }

        return new(zh, en);
    }

    public override void Write(Utf8JsonWriter writer, Words value, JsonSerializerOptions options)
    {
        if (!bothLanguages)
        {
            writer.WriteStringValue(value.ToString());
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("zh", value.Zh);
        writer.WriteString("en", value.En);
        writer.WriteEndObject();
    }
}
