using EduPlatform.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlatform.ServiceDefaults;

/// <summary>RFC 9457 problem responses in the suite's shapes: 400 with field errors, 404, and 409 naming the rule.</summary>
public static class Problems
{
    public const string RuleTypeBase = "https://eduplatform.local/rules/";

    public static ProblemHttpResult Validation(params (string Field, string Message)[] errors) =>
        Validation(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    public static ProblemHttpResult Validation(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Title = Texts.InvalidFields,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Status = StatusCodes.Status400BadRequest,
        });

    /// <summary>400 with field errors; import rows carry their row number ("row 7: stage").</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<FieldError> errors)
    {
        var byField = errors
            .GroupBy(e => e.Row > 0 ? $"row {e.Row}: {e.Field}" : e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        var rows = errors.Where(e => e.Row > 0).ToList();
        return rows.Count == 0
            ? Validation(byField)
            : TypedResults.Problem(
                Texts.RowsInvalid(rows.Select(r => r.Row).Distinct().Count()),
                statusCode: StatusCodes.Status400BadRequest,
                title: Texts.InvalidRows,
                extensions: new Dictionary<string, object?> { ["errors"] = byField, ["rows"] = rows });
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: Texts.NotFound);

    /// <summary>403: the role may use the route, but not on this record.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: Texts.NotForYourRole,
            type: RuleTypeBase + "scope", extensions: new Dictionary<string, object?> { ["rule"] = "scope" });

    /// <summary>
    /// A stale version: someone changed the record since the caller read it — or, when the caller sent no version (0),
    /// the record exists already (often the caller's own earlier report), and it is told how to replace it.
    /// </summary>
    public static ProblemHttpResult VersionConflict(string entity, int expected, int? actual) =>
        TypedResults.Problem(
            VersionConflictDetail(entity, expected, actual),
            statusCode: StatusCodes.Status409Conflict, title: Texts.VersionConflict,
            type: RuleTypeBase + "version",
            extensions: new Dictionary<string, object?> { ["rule"] = "version", ["currentVersion"] = actual });

    public static string VersionConflictDetail(string entity, int expected, int? actual) => (expected, actual) switch
    {
        (0, { } current) => Texts.Exists(entity, current),
        (_, null) => Texts.Gone(entity, expected),
        _ => Texts.Changed(entity, expected, actual),
    };

    /// <summary>One or more business rules refused the request; each is named with its policy source.</summary>
    public static ProblemHttpResult RuleViolations(IReadOnlyList<RuleViolation> violations) =>
        TypedResults.Problem(
            string.Join(" ", violations.Select(v => v.Message)),
            statusCode: StatusCodes.Status409Conflict,
            title: violations.Count == 1 ? Texts.RuleViolated(violations[0].Rule) : Texts.RulesViolated(violations.Count),
            type: RuleTypeBase + violations[0].Rule,
            extensions: new Dictionary<string, object?>
            {
                ["rule"] = violations[0].Rule,
                ["violations"] = violations,
            });
}
