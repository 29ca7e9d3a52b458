using System.Text.Json;
using EduPlatform.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace EduPlatform.ServiceDefaults;

/// <summary>The JSON rows beside every file import, and the blank templates: both from the import's <see cref="ImportSheet"/>.</summary>
public static class ImportEndpoints
{
    /// <summary>
    /// The rows as the import reads a file: the same checks, all rows or none. An error names the field by its place in
    /// the body (<c>[1].stage</c> for the second object's stage), as on every JSON body, where a file's would say "row 3: stage".
    /// </summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> ImportRowsAsync<T>(ImportSheet sheet, IReadOnlyList<JsonElement>? rows,
        Func<Outcome<RosterFile>, Task<Outcome<T>>> import) => await import(sheet.TableOf(rows)) switch
        {
            Outcome<T>.Invalid invalid => Problems.Invalid(invalid.Errors.Select(e => e.Row > 0 ? new FieldError($"[{e.Row - 1}].{e.Field}", e.Message) : e).ToList()),
            var outcome => outcome.ToOk(),
        };

    /// <summary>Marks a rows route with its sheet, so the API document describes each row's fields (<see cref="ImportRowSchemas"/>), and journals its attempts.</summary>
    public static RouteHandlerBuilder ForRowsOf(this RouteHandlerBuilder builder, ImportSheet sheet) => builder
        .WithMetadata(sheet)
        .Journaled(sheet)
        .Accepts<IReadOnlyList<JsonElement>>("application/json")
        .WithDescription($"The rows of {sheet.Title.En} as JSON, one object per row with the file's fields; the same checks as the file, all rows or none.");

    /// <summary><c>GET {prefix}/templates/{name}.xlsx</c>: the blank template of each of the service's imports.</summary>
    public static RouteHandlerBuilder MapImportTemplates(this IEndpointRouteBuilder app, string prefix, string service, params ImportSheet[] sheets)
    {
        var byName = sheets.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        return app.MapGet(prefix + "/templates/{name}.xlsx", Results<FileContentHttpResult, ProblemHttpResult> (string name) =>
                byName.TryGetValue(name, out var sheet)
                    ? TypedResults.File(sheet.Template(), FileDownloads.Xlsx, $"{(string)sheet.Title}-导入模板.xlsx")
                    : Problems.NotFound(Texts.NoTemplate(name, byName.Keys)))
            .RequireAuthorization()
            .WithName($"{service}-import-templates")
            .WithTags("Templates")
            .ProducesFile(FileDownloads.Xlsx)
            .WithSummary($"A blank import template with Chinese headers, a sample row and a sheet describing every column; names: {string.Join(", ", byName.Keys)}.");
    }
}

/// <summary>The request body of a rows route: an array of objects with the import's fields, the required ones marked.</summary>
sealed class ImportRowSchemas : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ImportSheet>().FirstOrDefault() is not { } sheet
            || operation.RequestBody?.Content is not { } content)
        {
            return Task.CompletedTask;
        }

        var row = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            AdditionalPropertiesAllowed = false,
            Properties = sheet.Columns.ToDictionary(c => c.Field, c => (IOpenApiSchema)new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Boolean | JsonSchemaType.Null,
                Description = $"{c.Headers[0]}: {c.Meaning.En}{(c.Allowed is { } allowed ? $" ({allowed.En})" : "")}",
            }),
            Required = sheet.Columns.Where(c => c.Required).Select(c => c.Field).ToHashSet(),
        };
        content["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = row, MinItems = 1 } };
        return Task.CompletedTask;
    }
}
