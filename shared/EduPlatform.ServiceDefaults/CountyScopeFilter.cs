using Microsoft.AspNetCore.Http;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// On every <c>/counties/{countyCode}/…</c> route: a malformed code is a 400, and a county the user may not see is a
/// 404 (not 403), so nobody learns which other counties hold data.
/// </summary>
public sealed class CountyScopeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var countyCode = http.Request.RouteValues["countyCode"] as string;
        if (!CountyAccess.IsCountyCode(countyCode))
        {
            return Problems.Validation(("countyCode", "must be a 6-digit administrative division code (行政区划代码)"));
        }

        if (!http.User.CanAccessCounty(countyCode!))
        {
            return Problems.NotFound($"County {countyCode} was not found.");
        }

        return await next(context);
    }
}
