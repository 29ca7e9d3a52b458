using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.Standalone.Tests;

/// <summary>
/// The OpenAPI document as an integrator generates a client from it: every API operation states its success body (a
/// schema, a file's media type, or 204) and lists the errors it can answer as ProblemDetails, by what answers them (request rules 400, token 401/403, a county or record not found 404, a rule
/// or version on a write 409, a busy database 503).
/// </summary>
public sealed class OpenApiContractTests(DemoSuite suite, ITestOutputHelper output) : IClassFixture<DemoSuite>
{
    [Fact]
    public async Task Every_api_operation_states_its_success_body_and_lists_its_error_statuses_as_problem_details()
    {
        var document = await suite.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var wrong = new List<string>();
        int operations = 0, withBody = 0;
        var operationIds = new HashSet<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses");
                if (!operation.Value.TryGetProperty("operationId", out var id) || !operationIds.Add(id.GetString()!))
                {
                    wrong.Add($"{name} has no operationId of its own (a named handler gives generated clients a real method name)");
                }

                var anonymous = path.Name.StartsWith("/api/zoning/public/", StringComparison.Ordinal);
                var expected = new List<string> { "400", "503" };
                expected.AddRange(anonymous ? [] : ["401", "403"]);
                expected.AddRange(path.Name.Contains('{') ? ["404"] : []);
                expected.AddRange(operation.Name is "post" or "put" or "delete" ? ["409"] : []);
                foreach (var status in expected)
                {
                    if (!responses.TryGetProperty(status, out var response))
                    {
                        wrong.Add($"{name} does not list {status}");
                    }
                    else if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out _))
                    {
                        wrong.Add($"{name}: {status} is not a ProblemDetails");
                    }
                }

                if (!responses.EnumerateObject().Any(r => r.Name.StartsWith('2')))
                {
                    wrong.Add($"{name} lists no success");
                }

                if (responses.EnumerateObject().Any(r => r.Name == "204" || (r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out _))))
                {
                    withBody++;
                }
                else
                {
                    wrong.Add($"{name} has no success body");
                }
            }
        }

        output.WriteLine($"{operations} API operations, {operationIds.Count} named; {withBody} with a typed success body (or 204)");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(operations >= 100, $"{operations} operations");
    }

    /// <summary>
    /// What the schema marks required is what the API requires, and nothing else: an empty body (an empty item for a
    /// list) to each operation whose body schema has required fields answers 400 naming exactly those fields.
    /// </summary>
    [Fact]
    public async Task Every_json_body_requires_exactly_the_fields_its_schema_marks_required()
    {
        var document = await suite.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var client = suite.As("county-admin");
        var wrong = new List<string>();
        int bodies = 0, withRequired = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("requestBody", out var requestBody)
                    || !requestBody.GetProperty("content").TryGetProperty("application/json", out var json))
                {
                    continue;
                }

                bodies++;
                var (schema, list) = BodySchema(json.GetProperty("schema"), schemas);
                var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
                if (required.Count == 0)
                {
                    continue;
                }

                withRequired++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), Concrete(path.Name))
                {
                    Content = new StringContent(list ? "[{}]" : "{}", System.Text.Encoding.UTF8, "application/json"),
                };
                using var response = await client.SendAsync(request);
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                var named = response.StatusCode == System.Net.HttpStatusCode.BadRequest && problem.TryGetProperty("errors", out var errors)
                    ? errors.EnumerateObject().Select(e => e.Name).Order().ToList()
                    : [];
                var expected = required.Select(f => list ? $"[0].{f}" : f).Order().ToList();
                if (!named.SequenceEqual(expected))
                {
                    wrong.Add($"{name}: schema requires [{string.Join(", ", expected)}]; an empty body answered {(int)response.StatusCode} naming [{string.Join(", ", named)}]");
                }
            }
        }

        output.WriteLine($"{bodies} JSON bodies; {withRequired} with required fields, each refused without them naming exactly those");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(withRequired >= 20, $"{withRequired} bodies with required fields");
    }

    /// <summary>The object schema of a body (following $ref, a list's items, and the nullable wrapper of a list).</summary>
    static (JsonElement Schema, bool List) BodySchema(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return BodySchema(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            return BodySchema(oneOf.EnumerateArray().First(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")), schemas);
        }

        return schema.TryGetProperty("items", out var items) ? (BodySchema(items, schemas).Schema, true) : (schema, false);
    }

    /// <summary>A path with its parameters filled: the demo county, fresh ids, a school year, a term.</summary>
    string Concrete(string template) => System.Text.RegularExpressions.Regex.Replace(template, "{([^}]+)}", m => m.Groups[1].Value switch
    {
        "countyCode" => suite.County,
        "schoolYear" => "2025",
        "year" => "2025",
        "provinceCode" => "42",
        "term" => "2024-autumn",
        "period" => "2025-spring",
        "poolKey" => "pool",
        _ => Guid.NewGuid().ToString(),
    });
}
