using EduPlatform.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlatform.ServiceDefaults;

/// <summary>An application outcome as the HTTP answer: the success the endpoint chooses, or the ProblemDetails of its failure.</summary>
public static class OutcomeResults
{
    /// <summary>The success the endpoint chooses, typed so the API document shows its body, or the failure's ProblemDetails.</summary>
    public static Results<TOk, ProblemHttpResult> ToHttp<T, TOk>(this Outcome<T> outcome, Func<T, TOk> onOk) where TOk : IResult =>
        outcome is Outcome<T>.Ok ok ? onOk(ok.Result) : outcome.ToProblem();

    /// <summary>200 with the result as the body, or the failure's ProblemDetails.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome) =>
        outcome is Outcome<T>.Ok ok ? TypedResults.Ok(ok.Result) : outcome.ToProblem();

    /// <summary>The failure as ProblemDetails (an Ok outcome is not a failure).</summary>
    public static ProblemHttpResult ToProblem<T>(this Outcome<T> outcome) => outcome switch
    {
        Outcome<T>.NotFound nf => Problems.NotFound(nf.Detail),
        Outcome<T>.Invalid inv => Problems.Invalid(inv.Errors),
        Outcome<T>.Refused r => Problems.RuleViolations(r.Violations),
        Outcome<T>.Stale st => Problems.VersionConflict(st.Entity, st.Sent, st.Current),
        Outcome<T>.Forbidden f => Problems.Forbidden(f.Detail),
        _ => throw new InvalidOperationException("Unknown outcome."),
    };
}

/// <summary>
/// A success typed as one of an endpoint's answers, so a handler that also answers a <see cref="Problems"/> result has one
/// return type the API document can read (200 or 201 with the body, or ProblemDetails).
/// </summary>
public static class Reply
{
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(T value) => TypedResults.Ok(value);

    public static Results<Created<T>, ProblemHttpResult> Created<T>(string location, T value) => TypedResults.Created(location, value);
}
