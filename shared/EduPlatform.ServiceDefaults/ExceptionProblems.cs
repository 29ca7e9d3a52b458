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
                    Title = Texts.InvalidFields,
                    Detail = errors.Count == 1 ? errors[0].Message : Texts.FieldsInvalid(errors.Count),
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
                    Title = Texts.DatabaseBusy,
                    Detail = Texts.NothingWrittenRetry,
                },
            });
        }

        logger.LogError(exception, "Unhandled error on {Method} {Route}", httpContext.Request.Method, RouteOf(httpContext));
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = 500, Title = Texts.Unexpected },
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
                return (field, Texts.UnknownField);
            }

            return path == "body"
                ? (path, Texts.NotJson)
                : (path, Texts.NotA(Expected(FieldType(TargetType(json.Message), path))));
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
    static Words Expected(Type? type) => type switch
    {
        null => Texts.AnyValue,
        { IsEnum: true } => Texts.OneOf(WireEnum.Names(type)),
        _ when type == typeof(Guid) => Texts.AnId,
        _ when type == typeof(DateOnly) => Texts.ADate,
        _ when type == typeof(int) || type == typeof(long) => Texts.AWholeNumber,
        _ when type == typeof(double) || type == typeof(decimal) => Texts.ANumber,
        _ when type == typeof(bool) => Texts.TrueOrFalse,
        _ when type == typeof(string) => Texts.AText,
        _ when type.IsArray || type.IsGenericType => Texts.AList,
        _ => Texts.AnyValue,
    };
}
