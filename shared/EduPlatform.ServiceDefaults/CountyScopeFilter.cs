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
            return Problems.Validation(("countyCode", Texts.CountyCode));
        }

        if (!http.User.CanAccessCounty(countyCode!))
        {
            return Problems.NotFound(Texts.CountyNotFound(countyCode!));
        }

        return await next(context);
    }
}
