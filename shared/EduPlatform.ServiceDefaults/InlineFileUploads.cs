using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// An upload's file field is written inline as <c>{type: string, format: binary}</c>, the form client generators
/// recognise as a file, instead of a reference to an "IFormFile" component (NSwag's C# client then lacked its
/// FileParameter type and did not compile).
/// </summary>
sealed class InlineFileUploads : IOpenApiDocumentTransformer
{
    const string FormFile = "IFormFile";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var forms = document.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .Select(operation => operation.RequestBody?.Content)
            .Where(content => content is not null && content.ContainsKey("multipart/form-data"))
            .Select(content => content!["multipart/form-data"].Schema)
            .OfType<OpenApiSchema>();
        foreach (var form in forms)
        {
            foreach (var (name, property) in form.Properties?.ToList() ?? new List<KeyValuePair<string, IOpenApiSchema>>())
            {
                if (property is OpenApiSchemaReference { Reference.Id: FormFile })
                {
                    form.Properties![name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                }
            }
        }

        document.Components?.Schemas?.Remove(FormFile);
        return Task.CompletedTask;
    }
}
