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
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses");
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

        output.WriteLine($"{operations} API operations; {withBody} with a typed success body (or 204)");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(operations >= 100, $"{operations} operations");
    }
}
