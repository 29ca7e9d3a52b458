using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// Plan draws (rotation plans, zoning plans, reappointment rounds) solve an optimisation over the whole county and
/// write it in one transaction. One runs per county and service at a time (a rotation draw and a reappointment round of
/// the same county take turns; a zoning draw does not wait for them) and at most one per core in the process; a request past
/// either gets 429 with Retry-After at once, instead of queueing until the database gives up (200 concurrent draws
/// once ended in 62 "database is locked" 500s after a median 79 s). The gates belong to the host (<see cref="DrawGates"/>),
/// so hosts sharing a process, as tests run them, do not turn each other's draws away.
/// </summary>
public sealed class CostlyDraws : IEndpointFilter
{
    /// <summary>A draw takes seconds; asking again after this is reasonable.</summary>
    public const int RetryAfterSeconds = 10;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var gates = context.HttpContext.RequestServices.GetRequiredService<DrawGates>();
        var county = context.HttpContext.Request.RouteValues["countyCode"] as string ?? "";
        var service = context.HttpContext.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault() ?? "";
        var gate = gates.Counties.GetOrAdd($"{service}:{county}", _ => new SemaphoreSlim(1, 1));
        if (!gate.Wait(0))
        {
            return Busy(context.HttpContext, Texts.CountyDrawRunning(county));
        }

        try
        {
            if (!gates.Process.Wait(0))
            {
                return Busy(context.HttpContext, Texts.ServerDrawing);
            }

            try
            {
                return await next(context);
            }
            finally
            {
                gates.Process.Release();
            }
        }
        finally
        {
            gate.Release();
        }
    }

    static IResult Busy(HttpContext http, string detail)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: Texts.DrawRunning,
            type: Problems.RuleTypeBase + "one-draw-at-a-time", extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = RetryAfterSeconds });
    }
}

/// <summary>A host's draw gates: one per county and service, and one per core.</summary>
public sealed class DrawGates
{
    public ConcurrentDictionary<string, SemaphoreSlim> Counties { get; } = new(StringComparer.Ordinal);
    public SemaphoreSlim Process { get; } = new(Environment.ProcessorCount, Environment.ProcessorCount);
}

public static class CostlyDrawsExtensions
{
    /// <summary>Marks a route as a plan draw: see <see cref="CostlyDraws"/>.</summary>
    public static RouteHandlerBuilder OneDrawPerCounty(this RouteHandlerBuilder route) =>
        route.AddEndpointFilter<CostlyDraws>().ProducesProblem(StatusCodes.Status429TooManyRequests);
}
