using EduPlatform.Kernel;
using Microsoft.AspNetCore.Http;

namespace EduPlatform.ServiceDefaults;

/// <summary>An application outcome as the HTTP answer: the success the endpoint chooses, or the ProblemDetails of its failure.</summary>
public static class OutcomeResults
{
    public static IResult ToHttp<T>(this Outcome<T> outcome, Func<T, IResult> onOk) => outcome switch
    {
        Outcome<T>.Ok ok => onOk(ok.Result),
        Outcome<T>.NotFound nf => Problems.NotFound(nf.Detail),
        Outcome<T>.Invalid inv => Problems.Invalid(inv.Errors),
        Outcome<T>.Refused r => Problems.RuleViolations(r.Violations),
        Outcome<T>.Stale st => Problems.VersionConflict(st.Entity, st.Sent, st.Current),
        Outcome<T>.Forbidden f => Problems.Forbidden(f.Detail),
        _ => throw new InvalidOperationException("Unknown outcome."),
    };
}
