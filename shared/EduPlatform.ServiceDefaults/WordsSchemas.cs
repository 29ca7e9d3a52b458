using EduPlatform.Kernel;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EduPlatform.ServiceDefaults;

/// <summary>A <see cref="Words"/> is written as one string in the reader's language, so its schema is a string.</summary>
sealed class WordsSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(Words))
        {
            schema.Type = Nullable.GetUnderlyingType(type) is null ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Properties?.Clear();
            schema.Required?.Clear();
            schema.Description = "Chinese by default; English with Accept-Language: en";
        }

        return Task.CompletedTask;
    }
}
