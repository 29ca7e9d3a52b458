using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// Unreadable request bodies become 400 ProblemDetails naming the field (never a 500); anything else unexpected is a
/// 500 ProblemDetails carrying the trace id, with the details only in the log.
/// </summary>
sealed class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            var (field, message) = Describe(bad);
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The request has invalid fields.",
                    Detail = message,
                    Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } },
                },
            });
        }

        logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = 500, Title = "An unexpected error occurred." },
        });
    }

    static (string Field, string Message) Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var path = json.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : "body";
            return (path, $"{path}: the value could not be read ({FirstSentence(json.Message)})");
        }

        return ("request", bad.Message);
    }

    static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
