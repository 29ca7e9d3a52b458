using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// The errors every API route can answer, declared once for the OpenAPI document from what answers them: 400 with field
/// errors (<see cref="RequestValidation"/> and each handler's checks), 401/403 where a token is required, 404 on a
/// county route (<see cref="CountyScopeFilter"/>) or a route naming a record, 409 naming the rule or the version on a write,
/// 503 when the database is busy (<see cref="ExceptionProblems"/>).
/// </summary>
public static class ProblemConventions
{
    const string ProblemJson = "application/problem+json";

    public static TBuilder WithStandardProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route)
            {
                return;
            }

            var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
            void Add(int status, Type type)
            {
                if (declared.Add(status))
                {
                    endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, type, [ProblemJson]));
                }
            }

            // An endpoint that declares no success keeps the plain "200" the document gave it before any error was declared.
            if (!declared.Any(status => status is >= 200 and < 300))
            {
                declared.Add(StatusCodes.Status200OK);
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK));
            }

            var anonymous = endpoint.Metadata.OfType<IAllowAnonymous>().Any();
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var writes = methods.Any(m => m is "POST" or "PUT" or "DELETE" or "PATCH");
            var pattern = route.RoutePattern;

            Add(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
            if (!anonymous)
            {
                Add(StatusCodes.Status401Unauthorized, typeof(ProblemDetails));
                Add(StatusCodes.Status403Forbidden, typeof(ProblemDetails));
            }

            if (pattern.Parameters.Count > 0)
            {
                Add(StatusCodes.Status404NotFound, typeof(ProblemDetails));
            }

            if (writes)
            {
                Add(StatusCodes.Status409Conflict, typeof(ProblemDetails));
            }

            Add(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails));
        });
        return builder;
    }
}
