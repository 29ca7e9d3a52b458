using System.Net;
using System.Text.Json;

namespace EduPlatform.WebConsole;

/// <summary>One answer of the suite's API: its status and JSON body, and — when refused — the problem it explains.</summary>
public sealed class ApiAnswer(HttpStatusCode status, JsonElement body)
{
    public HttpStatusCode Status { get; } = status;
    public JsonElement Body { get; } = body;
    public bool Ok => (int)Status is >= 200 and < 300;
    public bool NotFound => Status == HttpStatusCode.NotFound;

    /// <summary>The problem's title (e.g. 不符合规则 alliance.members.min), or the status when the body has none.</summary>
    public string Title => Text("title") ?? $"请求未完成（{(int)Status}）";

    public string? Detail => Text("detail");

    /// <summary>The rule a 409 names (<c>alliance.core.urban</c>), when it names one.</summary>
    public string? Rule => Text("rule");

    /// <summary>Field errors of a 400, by field (<c>schoolIds</c>, <c>row 3: stage</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Array
                ? p.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray()
                : [p.Value.ToString()])
            : new Dictionary<string, string[]>();

    /// <summary>Each violated rule of a 409: its id and message (naming its policy source).</summary>
    public IReadOnlyList<(string Rule, string Message)> Violations =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("violations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(v => (v.Str("rule"), v.Str("message"))).ToList()
            : [];

    string? Text(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
