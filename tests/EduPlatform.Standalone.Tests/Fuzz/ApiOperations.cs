using System.Text.Json;

namespace EduPlatform.Standalone.Tests.Fuzz;

/// <summary>A parameter of an operation: where it goes, its name and its JSON schema.</summary>
public sealed record ApiParameter(string In, string Name, JsonElement Schema, bool Required);

/// <summary>One operation of the OpenAPI document, as the fuzzer drives it.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? JsonBody, bool FileUpload)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The operations of an OpenAPI 3.1 document, with <c>$ref</c>s resolved against its components.</summary>
public sealed class ApiOperations
{
    readonly JsonElement _schemas;

    ApiOperations(JsonElement root, IReadOnlyList<ApiOperation> operations)
    {
        _schemas = root.GetProperty("components").GetProperty("schemas");
        All = operations;
    }

    public IReadOnlyList<ApiOperation> All { get; }

    public static ApiOperations Parse(JsonElement root)
    {
        var operations = new List<ApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject())
            {
                var op = method.Value;
                var parameters = op.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("in").GetString()!, p.GetProperty("name").GetString()!,
                        p.GetProperty("schema"), p.TryGetProperty("required", out var r) && r.GetBoolean())).ToList()
                    : [];
                JsonElement? json = null;
                var upload = false;
                if (op.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    if (content.TryGetProperty("application/json", out var j))
                    {
                        json = j.GetProperty("schema");
                    }

                    upload = content.TryGetProperty("multipart/form-data", out _);
                }

                operations.Add(new ApiOperation(method.Name.ToUpperInvariant(), path.Name, parameters, json, upload));
            }
        }

        return new ApiOperations(root, operations);
    }

    /// <summary>The schema itself, or the component it refers to.</summary>
    public JsonElement Resolve(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference)
            ? Resolve(_schemas.GetProperty(reference.GetString()!.Split('/')[^1]))
            : schema;
}
