using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduPlatform.Gateway;

/// <summary>
/// GET /openapi/v1.json on the gateway: the five services' OpenAPI documents as one, so a client is generated once for
/// the front door. Paths are disjoint (each starts /api/{service}); a schema name two services use for different shapes
/// is kept apart as {Service}{Name}, and that service's references follow it. The caller's token goes to each service,
/// which decides, as for its own document, whether it may read it.
/// </summary>
public sealed class MergedOpenApi(IHttpClientFactory clients, ILogger<MergedOpenApi> logger)
{
    public const string Path = "/openapi/v1.json";

    public async Task<IResult> GetAsync(HttpContext context)
    {
        var documents = new List<(string Service, JsonObject Document)>();
        foreach (var service in SuiteServices.Names)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(SuiteServices.Address(service), "/openapi/v1.json"));
            if (AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var token))
            {
                request.Headers.Authorization = token;
            }

            try
            {
                using var response = await clients.CreateClient().SendAsync(request, context.RequestAborted);
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    return Results.Problem($"{service} 服务拒绝提供接口文档：请带上有效的令牌。 {service} refused its API document to this caller.",
                        statusCode: (int)response.StatusCode);
                }

                response.EnsureSuccessStatusCode();
                documents.Add((service, JsonNode.Parse(await response.Content.ReadAsStringAsync(context.RequestAborted))!.AsObject()));
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning(ex, "The {Service} API document could not be read", service);
                return Results.Problem($"{service} 服务暂时无法提供接口文档。 The {service} service did not answer for its API document: {ex.Message}",
                    statusCode: StatusCodes.Status502BadGateway);
            }
        }

        return Results.Text(Merge(documents).ToJsonString(), "application/json");
    }

    public static JsonObject Merge(IReadOnlyList<(string Service, JsonObject Document)> documents)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject();
        var securitySchemes = new JsonObject();
        var tags = new JsonArray();
        var tagNames = new HashSet<string>();
        foreach (var (service, source) in documents)
        {
            var document = source.DeepClone().AsObject();
            var own = document["components"]?["schemas"]?.AsObject() ?? [];
            var renames = own.Where(s => schemas[s.Key] is { } kept && !JsonNode.DeepEquals(kept, s.Value))
                .ToDictionary(s => s.Key, s => char.ToUpperInvariant(service[0]) + service[1..] + s.Key);
            if (renames.Count > 0)
            {
                Rename(document, renames);
                own = document["components"]!["schemas"]!.AsObject();
            }

            foreach (var (name, schema) in own.ToList())
            {
                schemas[name] ??= schema!.DeepClone();
            }

            foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
            {
                paths[path] = item!.DeepClone();
            }

            foreach (var (name, scheme) in document["components"]?["securitySchemes"]?.AsObject() ?? [])
            {
                securitySchemes[name] ??= scheme!.DeepClone();
            }

            foreach (var tag in document["tags"]?.AsArray() ?? [])
            {
                if (tag?["name"]?.GetValue<string>() is { } tagName && tagNames.Add(tagName))
                {
                    tags.Add(tag.DeepClone());
                }
            }
        }

        var first = documents.Count > 0 ? documents[0].Document : new JsonObject();
        var merged = new JsonObject
        {
            ["openapi"] = first["openapi"]?.DeepClone() ?? "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "EduPlatform 教联体 API（全部服务）",
                ["description"] = "The organization, staffing, rotation, zoning and evaluation APIs behind the gateway, as one document.",
                ["version"] = "v1",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas, ["securitySchemes"] = securitySchemes },
        };
        if (first["security"] is { } security)
        {
            merged["security"] = security.DeepClone();
        }

        if (tags.Count > 0)
        {
            merged["tags"] = tags;
        }

        return merged;
    }

    static void Rename(JsonObject document, IReadOnlyDictionary<string, string> renames)
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        foreach (var (from, to) in renames)
        {
            var schema = schemas[from];
            schemas.Remove(from);
            schemas[to] = schema;
        }

        Rewrite(document, renames.ToDictionary(r => "#/components/schemas/" + r.Key, r => "#/components/schemas/" + r.Value));
    }

    static void Rewrite(JsonNode? node, IReadOnlyDictionary<string, string> references)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (key == "$ref" && value?.GetValue<string>() is { } reference && references.TryGetValue(reference, out var renamed))
                    {
                        o[key] = renamed;
                    }
                    else
                    {
                        Rewrite(value, references);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Rewrite(item, references);
                }

                break;
        }
    }
}
