using System.Text.Json;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Evaluation.Data;

/// <summary>The evaluation service's own database (ConnectionStrings:evaluationdb, or data/evaluation.db).</summary>
[SharedSchema(OrganizationCopySchema.Source, typeof(OrganizationCopySchema))]
public sealed class EvaluationDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

/// <summary>How evaluation stores its JSON columns: the API's shape (camelCase, kebab-case enums).</summary>
static class StoredJson
{
    public static readonly JsonSerializerOptions Options = Configured();

    static JsonSerializerOptions Configured()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ServiceDefaultsExtensions.ConfigureJson(options);
        // Texts people read are kept in both languages, to read in the language of whoever opens the record later.
        options.Converters.Add(new EduPlatform.Kernel.WordsJsonConverter(bothLanguages: true));
        return options;
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");
}
