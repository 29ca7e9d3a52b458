using System.Security.Claims;
using System.Text.Json;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.WebConsole;

/// <summary>The county's import attempts across the five services' journals (GET …/counties/{county}/imports).</summary>
public static class ImportJournalReader
{
    static readonly string[] Services = ["organization", "staffing", "rotation", "zoning", "evaluation"];

    /// <summary>The roles the services let read their journals.</summary>
    public static bool MayRead(ClaimsPrincipal user) => user.Any(ImportJournaling.Readers);

    /// <summary>Each import whose latest attempt was refused: an open item until the clerk imports it again.</summary>
    public static Task<List<JsonElement>> OpenAsync(SuiteApi api, string county) => ReadAsync(api, county, "?open=true");

    /// <summary>The newest attempts of all services together.</summary>
    public static async Task<List<JsonElement>> RecentAsync(SuiteApi api, string county, int count) =>
        (await ReadAsync(api, county, $"?limit={count}")).Take(count).ToList();

    static async Task<List<JsonElement>> ReadAsync(SuiteApi api, string county, string query)
    {
        var answers = await Task.WhenAll(Services.Select(s => api.GetAsync($"api/{s}/counties/{county}/imports{query}")));
        return answers.Where(a => a.Ok).SelectMany(a => a.Body.Items("items"))
            .OrderByDescending(a => a.Get("occurredAt").GetDateTimeOffset())
            .ToList();
    }

    /// <summary>The journal's error lines (at most the first 50 of a refusal).</summary>
    public static IReadOnlyList<string> Errors(JsonElement attempt) =>
        attempt.Str("errors") is { Length: > 0 } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];
}
