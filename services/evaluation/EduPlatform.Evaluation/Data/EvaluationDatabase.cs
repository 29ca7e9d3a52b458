using System.Text.Json;
using System.Text.Json.Serialization;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Data;

/// <summary>The evaluation service's own database (ConnectionStrings:evaluationdb, or data/evaluation.db).</summary>
public sealed class EvaluationDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

/// <summary>How evaluation stores its JSON columns: the API's shape (camelCase, kebab-case enums).</summary>
static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");
}
