namespace EduPlatform.Kernel;

/// <summary>What an application operation came to, so endpoints, importers and the demo loader share one code path.</summary>
public abstract record Outcome<T>
{
    public sealed record Ok(T Result) : Outcome<T>;
    public sealed record NotFound(string Detail) : Outcome<T>;
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : Outcome<T>;
    public sealed record Refused(IReadOnlyList<RuleViolation> Violations) : Outcome<T>;
    public sealed record Stale(string Entity, int Sent, int? Current) : Outcome<T>;
    /// <summary>The caller's role allows the route but not this record (an alliance office and another alliance's record).</summary>
    public sealed record Forbidden(string Detail) : Outcome<T>;

    public static implicit operator Outcome<T>(T value) => new Ok(value);

    public static Outcome<T> Fail(IEnumerable<(string Field, string Message)> errors) =>
        new Invalid(errors.Select(e => new FieldError(e.Field, e.Message)).ToList());

    public static Outcome<T> Fail(string field, string message) => new Invalid([new FieldError(field, message)]);

    /// <summary>This failure as an outcome of another type (for an operation made of others); not for <see cref="Ok"/>.</summary>
    public Outcome<TOther> Failure<TOther>() => this switch
    {
        NotFound nf => new Outcome<TOther>.NotFound(nf.Detail),
        Invalid inv => new Outcome<TOther>.Invalid(inv.Errors),
        Refused r => new Outcome<TOther>.Refused(r.Violations),
        Stale st => new Outcome<TOther>.Stale(st.Entity, st.Sent, st.Current),
        Forbidden f => new Outcome<TOther>.Forbidden(f.Detail),
        _ => throw new InvalidOperationException("An Ok outcome is not a failure."),
    };

    /// <summary>The value, or an exception describing the failure (for callers that cannot go on without it).</summary>
    public T ValueOrThrow() => this is Ok ok ? ok.Result : throw new InvalidOperationException(Describe());

    /// <summary>A readable account of the outcome, for logs and exceptions.</summary>
    public string Describe() => this switch
    {
        Ok ok => $"ok: {ok.Result}",
        NotFound nf => $"not found: {nf.Detail}",
        Invalid inv => "invalid: " + string.Join("; ", inv.Errors.Select(e => (e.Row > 0 ? $"row {e.Row} " : "") + $"{e.Field}: {e.Message}")),
        Refused r => "refused: " + string.Join("; ", r.Violations.Select(v => $"{v.Rule}: {v.Message}")),
        Stale st => $"stale: {st.Entity} (sent {st.Sent}, now {st.Current})",
        Forbidden f => $"forbidden: {f.Detail}",
        _ => GetType().Name,
    };
}
