using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// An enum is a string with its kebab-case values (as the API writes them), and null is not one of the values: a field
/// that may be null says so where it is used (oneOf null). The generated schemas had no type and, for an enum first
/// met as nullable, a null value, so NSwag made a class of it and could not read "full-day".
/// </summary>
sealed class EnumSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type).IsEnum && schema.Enum is { Count: > 0 } values)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = values.Where(v => v is not null).ToList();
        }

        return Task.CompletedTask;
    }
}
