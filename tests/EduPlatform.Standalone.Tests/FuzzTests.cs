using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using EduPlatform.ServiceDefaults;
using EduPlatform.Standalone.Tests.Fuzz;

namespace EduPlatform.Standalone.Tests;

/// <summary>
/// Every operation of the OpenAPI document, driven by generated and mutated requests against the demo county, as an
/// outside tester's fuzzer would (issue: 176 of 5,493 fuzzed requests answered 500). Any 5xx fails, with the request.
/// The seed is printed; set EDUPLATFORM_FUZZ_SEED to replay a run, EDUPLATFORM_FUZZ_ITERATIONS for more requests.
/// </summary>
public sealed class FuzzTests(DemoSuite suite, ITestOutputHelper output) : IClassFixture<DemoSuite>
{
    static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("EDUPLATFORM_FUZZ_ITERATIONS"), out var n) ? n : 64;

    [Fact]
    public async Task No_generated_or_mutated_request_to_any_operation_gets_a_5xx()
    {
        // Every role at once: the fuzzer is after what the handlers do with values, not who may call them (RoleMatrixTests).
        var client = suite.ClientWith(Roles.All, [suite.County]);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var api = ApiOperations.Parse(document);
        var context = new FuzzContext(suite.County, await KnownIdsAsync(client, api), RequestGenerator.HostileFiles());
        var generator = new RequestGenerator(api, context);
        var seed = Environment.GetEnvironmentVariable("EDUPLATFORM_FUZZ_SEED");
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new List<string>();
        var sent = 0;
        var clock = Stopwatch.StartNew();

        foreach (var operation in api.All.Where(o => o.Path != "/dev/token"))
        {
            try
            {
                await generator.For(operation).SampleAsync(async request =>
                {
                    var status = await SendAsync(client, request, context);
                    Interlocked.Increment(ref sent);
                    statuses.AddOrUpdate(status, 1, (_, c) => c + 1);
                    return status < 500;
                }, seed: seed, iter: operation.FileUpload ? Iterations / 2 : Iterations, threads: 1, print: r => r.ToString());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add($"{operation}: {ex.Message}");
            }
        }

        output.WriteLine($"{api.All.Count} operations, {sent} requests in {clock.Elapsed.TotalSeconds:N0} s; statuses: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} operation(s) answered 5xx:\n" + string.Join("\n\n", failures));
        Assert.True(api.All.Count >= 100, $"the document lists {api.All.Count} operations");
        Assert.DoesNotContain(statuses.Keys, s => s >= 500);
    }

    static async Task<int> SendAsync(HttpClient client, FuzzRequest request, FuzzContext context)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Url);
        if (request.File is { } file)
        {
            message.Content = new MultipartFormDataContent { { new ByteArrayContent(file.Content), "file", file.Name } };
        }
        else if (request.Json is { } json)
        {
            message.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300 && request.Json is { Length: > 2 } accepted)
        {
            var list = context.Accepted.TryGetValue(request.Operation, out var l) ? l : context.Accepted[request.Operation] = [];
            if (list.Count < 20)
            {
                list.Add(accepted);
            }
        }

        return status;
    }

    /// <summary>Ids of the demo county's schools, alliances, people, plans…, read from every list the API has.</summary>
    static async Task<IReadOnlyList<Guid>> KnownIdsAsync(HttpClient client, ApiOperations api)
    {
        var ids = new HashSet<Guid>();
        foreach (var operation in api.All.Where(o => o.Method == "GET" && o.Parameters.Where(p => p.In == "path").All(p => p.Name is "countyCode" or "schoolYear")))
        {
            var url = operation.Path.Replace("{countyCode}", EduPlatform.DemoCounty.DemoCountyLoader.CountyCode)
                .Replace("{schoolYear}", EduPlatform.DemoCounty.DemoCountyLoader.RosterYear.ToString());
            using var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                ids.UnionWith(DemoSuite.Ids(await response.Content.ReadFromJsonAsync<JsonElement>()).Take(200));
            }
        }

        return [.. ids];
    }
}
