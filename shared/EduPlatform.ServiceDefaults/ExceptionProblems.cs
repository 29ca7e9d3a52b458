using EduPlatform.Kernel;
using System.Text.Json;
using System.Text.RegularExpressions;
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
            var errors = Missing(bad) ?? [Describe(bad)];
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The request has invalid fields.",
                    Detail = errors.Count == 1 ? errors[0].Message : $"{errors.Count} 个字段有误。 {errors.Count} fields are invalid.",
                    Extensions = { ["errors"] = errors.ToDictionary(e => e.Field, e => new[] { e.Message }) },
                },
            });
        }

        if (EduPlatform.Persistence.DatabaseBusy.Is(exception))
        {
            // A lock or deadlock the database gave up waiting on: the request wrote nothing (its transaction rolled back).
            logger.LogWarning(exception, "Database busy on {Method} {Route}", httpContext.Request.Method, RouteOf(httpContext));
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "5";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The database is busy.",
                    Detail = "数据库繁忙，本次请求未写入任何内容，请 5 秒后重试。 The database is busy; nothing was written. Try again in 5 s.",
                },
            });
        }

        logger.LogError(exception, "Unhandled error on {Method} {Route}", httpContext.Request.Method, RouteOf(httpContext));
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = 500, Title = "An unexpected error occurred." },
        });
    }

    /// <summary>The route template, not the path: a path can carry what must not reach a log.</summary>
    static string RouteOf(HttpContext http) =>
        (http.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";

    /// <summary>
    /// Required fields a body left out, as System.Text.Json reports them ("JSON deserialization for type 'T' was missing
    /// required properties including: 'a', 'b'."), each with <see cref="RequiredFields.Message"/>.
    /// </summary>
    static List<(string Field, string Message)>? Missing(BadHttpRequestException bad)
    {
        if (bad.InnerException is not JsonException json
            || Regex.Match(json.Message, "for type '([^']+)' was missing required properties including: (.+)$") is not { Success: true } missing)
        {
            return null;
        }

        var type = LoadedType(missing.Groups[1].Value);
        var at = PathOf(json) ?? "";
        return Regex.Matches(missing.Groups[2].Value, "'([^']+)'")
            .Select(m => m.Groups[1].Value)
            .Select(name => (at.Length == 0 ? name : $"{at}.{name}", RequiredFields.Message(RequiredFields.Property(type, name))))
            .ToList();
    }

    static (string Field, string Message) Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var path = PathOf(json) ?? "body";
            if (Regex.Match(json.Message, "The JSON property '([^']+)' could not be mapped") is { Success: true } unknown)
            {
                var field = path == "body" ? unknown.Groups[1].Value : path;
                return (field, "不是本请求的字段，请对照接口文档（/openapi/v1.json）检查拼写。 is not a field of this request; check its spelling against the API document (/openapi/v1.json)");
            }

            return path == "body"
                ? (path, "is not valid JSON")
                : (path, $"is not {Expected(FieldType(TargetType(json.Message), path))}");
        }

        return ("request", bad.Message);
    }

    /// <summary>The type System.Text.Json names in "The JSON value could not be converted to T. Path: …".</summary>
    static Type? TargetType(string message)
    {
        var match = Regex.Match(message, @"converted to ([^\s]+?)\. Path");
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups[1].Value;
        var nullable = Regex.Match(name, @"^System\.Nullable`1\[(.+)\]$");
        return LoadedType(nullable.Success ? nullable.Groups[1].Value : name);
    }

    /// <summary>A type System.Text.Json names in a message, by its full name, from the assemblies loaded.</summary>
    static Type? LoadedType(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is not null);

    /// <summary>Where in the body the reader stopped ("[0].classes"), or null at the body itself.</summary>
    static string? PathOf(JsonException json) => json.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : null;

    /// <summary>For a record bound through its constructor the message names the record: take the field's own type.</summary>
    static Type? FieldType(Type? reported, string path)
    {
        var property = path.Contains('.') || path.Contains('[') ? null : RequiredFields.Property(reported, path);
        var type = property?.PropertyType ?? reported;
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>What a clerk should have sent, in words.</summary>
    static string Expected(Type? type) => type switch
    {
        null => "a valid value for this field",
        { IsEnum: true } => "one of " + string.Join(", ", WireEnum.Names(type)),
        _ when type == typeof(Guid) => "an id (GUID)",
        _ when type == typeof(DateOnly) => "a date such as 2024-09-01",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(decimal) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "text",
        _ when type.IsArray || type.IsGenericType => "a list",
        _ => "a valid value for this field",
    };
}
