using System.Collections;
using System.Text.Json;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduPlatform.ServiceDefaults;

/// <summary>The database of the service whose API group an endpoint belongs to (set by <c>MapServiceApi</c>).</summary>
public sealed record ServiceDatabaseOf(Type DatabaseType);

/// <summary>
/// Every import attempt — taken, or refused with its errors — goes into the service's import journal, so the county's
/// open items show the refused imports no later attempt has replaced (GET …/counties/{county}/imports?open=true).
/// </summary>
public static class ImportJournaling
{
    /// <summary>The roles that import somewhere in the suite; the journal's error lines may quote a row's values.</summary>
    public static readonly string[] Readers = [Roles.CountyAdmin, Roles.ProvinceAdmin, Roles.HrBureau, Roles.StaffingOffice];

    public static RouteHandlerBuilder Journaled(this RouteHandlerBuilder builder, ImportSheet sheet) => builder
        .AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            await RecordAsync(context.HttpContext, sheet, result);
            return result;
        });

    /// <summary><c>GET {county}/imports</c>: the county's import attempts, newest first; <c>open=true</c>: the refused ones still to redo.</summary>
    public static RouteHandlerBuilder MapImportJournal(this RouteGroupBuilder county, string service) =>
        county.MapGet("/imports", async (string countyCode, bool? open, int? offset, int? limit, HttpContext http, CancellationToken ct) =>
            {
                var db = DatabaseOf(http);
                if (open == true)
                {
                    var refused = await db.ReadAsync(s => s.ReadRefusedImportsAsync(countyCode), ct);
                    return TypedResults.Ok(Page<ImportAttempt>.Of(refused, refused.Count, new Paging(0, Math.Max(1, refused.Count))));
                }

                var paging = Paging.From(offset, limit);
                var (items, total) = await db.ReadAsync(s => s.ReadImportAttemptsAsync(countyCode, paging.Offset, paging.Limit), ct);
                return TypedResults.Ok(Page<ImportAttempt>.Of(items, total, paging));
            })
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName($"{service}-imports")
            .WithTags("Imports")
            .WithSummary("The county's import attempts in this service, newest first: taken, or refused with the first errors; "
                + "open=true lists each import whose latest attempt was refused.");

    static ServiceDatabase DatabaseOf(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ServiceDatabaseOf>() is { } of
            ? (ServiceDatabase)http.RequestServices.GetRequiredService(of.DatabaseType)
            : throw new InvalidOperationException("The import journal is served only under a service's API group (MapServiceApi).");

    static async Task RecordAsync(HttpContext http, ImportSheet sheet, object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        var fileName = http.Request.HasFormContentType ? http.Request.Form.Files.GetFile("file")?.FileName : null;
        if (http.Request.HasFormContentType && fileName is null)
        {
            return; // nothing was sent: not an attempt at an import
        }

        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var refusal = result as ProblemHttpResult;
        if (refusal is null && status >= 300 || refusal is { StatusCode: not (400 or 409 or 422) })
        {
            return; // not found, forbidden, failed: the import was never judged
        }

        if (refusal?.ProblemDetails is HttpValidationProblemDetails { Errors.Keys: var fields } && fields.All(f => f == "body"))
        {
            return; // no rows were sent
        }

        var errors = refusal is null ? [] : ErrorLines(refusal.ProblemDetails);
        var attempt = new ImportAttempt
        {
            Id = Guid.CreateVersion7(),
            CountyCode = http.GetRouteValue("countyCode") as string ?? "",
            Sheet = sheet.Name,
            Title = (string)sheet.Title,
            FileName = fileName,
            Actor = http.User.ActorName(),
            OccurredAt = DateTimeOffset.UtcNow,
            Accepted = refusal is null,
            Detail = refusal?.ProblemDetails.Detail ?? refusal?.ProblemDetails.Title,
            ErrorCount = refusal is null ? 0 : Math.Max(1, RowErrorCount(refusal.ProblemDetails) ?? errors.Count),
            Errors = errors.Count == 0 ? null : JsonSerializer.Serialize(errors.Take(ImportJournal.ErrorsKept), EventJson.Options),
        };
        try
        {
            await DatabaseOf(http).InTransactionAsync(s => s.WriteImportAttemptAsync(attempt), CancellationToken.None);
        }
        catch (Exception e)
        {
            // The import itself stands (taken and committed, or refused with nothing written); only its journal line is missing.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ImportJournaling))
                .LogWarning(e, "Import attempt of {Sheet} for county {County} not journaled", sheet.Name, attempt.CountyCode);
        }
    }

    /// <summary>"row 3: stage：学段须为…" lines from a validation or rows problem's errors, or a refusal's broken rules.</summary>
    static List<string> ErrorLines(ProblemDetails problem)
    {
        var byField = problem is HttpValidationProblemDetails validation
            ? validation.Errors
            : problem.Extensions.TryGetValue("errors", out var errors) && errors is IDictionary<string, string[]> dictionary ? dictionary : null;
        if (byField is not null)
        {
            return byField.SelectMany(e => e.Value.Select(m => $"{e.Key}：{m}")).ToList();
        }

        return problem.Extensions.TryGetValue("violations", out var violations) && violations is IEnumerable<RuleViolation> rules
            ? rules.Select(v => v.Message).ToList()
            : [];
    }

    static int? RowErrorCount(ProblemDetails problem) =>
        problem.Extensions.TryGetValue("rows", out var rows) && rows is ICollection collection ? collection.Count : null;
}
