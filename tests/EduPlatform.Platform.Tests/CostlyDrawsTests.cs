using System.Net;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Platform.Tests;

public sealed class CostlyDrawsTests
{
    /// <summary>One host's gates; each test is its own host.</summary>
    readonly IServiceProvider _host = new ServiceCollection().AddSingleton<DrawGates>().BuildServiceProvider();

    EndpointFilterInvocationContext Request(string county, string service = "rotation")
    {
        var http = new DefaultHttpContext { RequestServices = _host };
        http.Request.Path = $"/api/{service}/counties/{county}/plans";
        http.Request.RouteValues["countyCode"] = county;
        return new DefaultEndpointFilterInvocationContext(http);
    }

    [Fact]
    public async Task A_second_draw_for_the_same_county_is_429_at_once_while_another_county_or_service_draws()
    {
        var filter = new CostlyDraws();
        var running = new TaskCompletionSource<object?>();
        var first = filter.InvokeAsync(Request("421125"), _ => new ValueTask<object?>(running.Task)).AsTask();

        var second = Request("421125");
        var refused = Assert.IsType<ProblemHttpResult>(await filter.InvokeAsync(second, _ => ValueTask.FromResult<object?>("drawn")));
        Assert.Equal((int)HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(CostlyDraws.RetryAfterSeconds.ToString(), second.HttpContext.Response.Headers.RetryAfter.ToString());
        Assert.Contains("421125", refused.ProblemDetails.Detail);

        Assert.Equal("drawn", await filter.InvokeAsync(Request("421126"), _ => ValueTask.FromResult<object?>("drawn")));
        Assert.Equal("zoned", await filter.InvokeAsync(Request("421125", "zoning"), _ => ValueTask.FromResult<object?>("zoned")));

        running.SetResult("first");
        Assert.Equal("first", await first);
        Assert.Equal("again", await filter.InvokeAsync(Request("421125"), _ => ValueTask.FromResult<object?>("again")));
    }

    [Fact]
    public async Task A_draw_that_fails_frees_its_county()
    {
        var filter = new CostlyDraws();
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await filter.InvokeAsync(Request("421127"), _ => throw new InvalidOperationException("solver failed")));
        Assert.Equal("ok", await filter.InvokeAsync(Request("421127"), _ => ValueTask.FromResult<object?>("ok")));
    }

    [Fact]
    public async Task Another_host_in_the_same_process_keeps_its_own_gates()
    {
        var running = new TaskCompletionSource<object?>();
        var first = new CostlyDraws().InvokeAsync(Request("421125"), _ => new ValueTask<object?>(running.Task)).AsTask();

        var otherHost = new ServiceCollection().AddSingleton<DrawGates>().BuildServiceProvider();
        var elsewhere = new DefaultHttpContext { RequestServices = otherHost };
        elsewhere.Request.Path = "/api/rotation/counties/421125/plans";
        elsewhere.Request.RouteValues["countyCode"] = "421125";
        Assert.Equal("drawn", await new CostlyDraws().InvokeAsync(new DefaultEndpointFilterInvocationContext(elsewhere), _ => ValueTask.FromResult<object?>("drawn")));

        running.SetResult("first");
        Assert.Equal("first", await first);
    }
}
