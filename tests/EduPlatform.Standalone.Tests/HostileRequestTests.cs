using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Standalone.Tests;

/// <summary>The requests the outside tester sent that once answered 500 or lost data, each now a 400 naming its field.</summary>
public sealed class HostileRequestTests(DemoSuite suite, ITestOutputHelper output) : IClassFixture<DemoSuite>
{
    async Task<JsonElement> RefusedAsync(Task<HttpResponseMessage> call, string field)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), body);
        return problem;
    }

    static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_issues_500s_and_silent_losses_are_400s_naming_the_field()
    {
        var bureau = suite.ClientWith(Roles.All, [suite.County]);
        var viewer = suite.As(Roles.Viewer);
        var county = suite.County;
        var school = (await bureau.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{county}/schools?stage=primary&limit=1"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        // A school year out of range, reachable by a viewer.
        foreach (var url in new[] { "staffing/counties/{0}/plans/0", "staffing/counties/{0}/quotas/0", "rotation/counties/{0}/eligibility/0", "evaluation/counties/{0}/rankings/9999", "evaluation/counties/{0}/balance/-1" })
        {
            await RefusedAsync(viewer.GetAsync("/api/" + string.Format(url, county)), "schoolYear");
        }

        // Lists holding a null.
        await RefusedAsync(bureau.PutAsync($"/api/rotation/counties/{county}/needs/2025", Json("[null]")), "[0]");
        await RefusedAsync(bureau.PutAsync($"/api/zoning/counties/{county}/entry-classes/2025", Json($"[{{\"schoolId\":\"{school}\",\"classes\":2}},null]")), "[1]");

        // Integer overflow, and NaN as text.
        await RefusedAsync(bureau.PutAsync($"/api/staffing/counties/{county}/plans/2025/moves",
            Json("{\"moves\":{\"primary\":2147483647,\"junior\":2147483647},\"version\":1}")), "moves.primary");
        await RefusedAsync(bureau.PutAsync($"/api/evaluation/counties/{county}/settings", Json("{\"clearImprovementPoints\":\"NaN\"}")), "clearImprovementPoints");

        // A misspelt field once set a school's entry classes and seats to 0; now nothing changes.
        var before = await bureau.GetStringAsync($"/api/zoning/counties/{county}/seats/2025");
        await RefusedAsync(bureau.PutAsync($"/api/zoning/counties/{county}/entry-classes/2025", Json($"[{{\"schoolId\":\"{school}\",\"entryClasses\":4}}]")), "[0].entryClasses");
        Assert.Equal(before, await bureau.GetStringAsync($"/api/zoning/counties/{county}/seats/2025"));

        // A required field sent as null, or left out of a list's item, is named with what to send; a field the schema
        // leaves optional may be left out (the entry-classes item without stage above was accepted).
        var missing = await RefusedAsync(bureau.PutAsync($"/api/organization/counties/{county}/schools/{school}/terms/2024-autumn",
            Json("{\"students\":null,\"classes\":3}")), "students");
        Assert.StartsWith("必填。", missing.GetProperty("errors").GetProperty("students")[0].GetString());
        var leftOut = await RefusedAsync(bureau.PutAsync($"/api/zoning/counties/{county}/entry-classes/2025", Json("[{\"classes\":2}]")), "[0].schoolId");
        Assert.Single(leftOut.GetProperty("errors").EnumerateObject());
        var version = await RefusedAsync(bureau.PostAsync($"/api/zoning/counties/{county}/plans/{Guid.NewGuid()}/approve", Json("{}")), "version");
        Assert.Equal("必填。", version.GetProperty("errors").GetProperty("version")[0].GetString());
        // In English the field's description says what to send.
        var english = new HttpRequestMessage(HttpMethod.Post, $"/api/zoning/counties/{county}/plans/{Guid.NewGuid()}/approve") { Content = Json("{}") };
        english.Headers.AcceptLanguage.ParseAdd("en");
        version = await RefusedAsync(bureau.SendAsync(english), "version");
        Assert.Equal("is required: the version you read", version.GetProperty("errors").GetProperty("version")[0].GetString());

        // A query name the route does not take was ignored (pageSize on a list paged by offset and limit); now it is named.
        await RefusedAsync(viewer.GetAsync($"/api/organization/counties/{county}/schools?pageSize=10"), "pageSize");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/organization/counties/{county}/schools?Limit=10&offset=0")).StatusCode);
    }

    /// <summary>
    /// Many clerks press "draw" at once (issue: 200 concurrent rotation draws gave 62 × 500 "database is locked" after a
    /// median 79 s): one draw per county runs, the rest are told at once to retry, and nothing fails.
    /// </summary>
    [Fact]
    public async Task Concurrent_rotation_and_zoning_draws_get_201_or_429_with_retry_after_and_never_a_5xx()
    {
        var bureau = suite.As(Roles.CountyAdmin);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rotation = Enumerable.Range(0, 100).Select(_ => bureau.PostAsJsonAsync($"/api/rotation/counties/{suite.County}/plans", new { schoolYear = 2025 }));
        var zoning = Enumerable.Range(0, 50).Select(_ => bureau.PostAsJsonAsync($"/api/zoning/counties/{suite.County}/plans", new { schoolYear = 2025, stage = "primary" }));
        var responses = await Task.WhenAll(rotation.Concat(zoning));

        var byStatus = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{responses.Length} draws in {clock.Elapsed.TotalSeconds:N1} s: " + string.Join(", ", byStatus.Select(s => $"{(int)s.Key} × {s.Value}")));
        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        Assert.Contains(responses.Take(100), r => r.StatusCode == HttpStatusCode.Created);
        var busy = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(busy);
        Assert.All(busy, r => Assert.Equal(TimeSpan.FromSeconds(CostlyDraws.RetryAfterSeconds), r.Headers.RetryAfter?.Delta));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.TooManyRequests or HttpStatusCode.BadRequest or HttpStatusCode.Conflict,
            $"{(int)r.StatusCode} {r.RequestMessage?.RequestUri}"));
    }
}
