using System.Net;
using System.Net.Http.Json;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Standalone.Tests;

/// <summary>
/// Many clerks press "draw" at once (issue: 200 concurrent rotation draws gave 62 × 500 "database is locked" after a
/// median 79 s): one draw per county runs, the rest are told at once to retry, and nothing fails.
/// </summary>
public sealed class ConcurrentDrawTests(DemoSuite suite, ITestOutputHelper output) : IClassFixture<DemoSuite>
{
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
