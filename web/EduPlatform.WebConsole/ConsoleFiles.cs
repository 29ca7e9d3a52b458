using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.WebConsole;

/// <summary>
/// Downloads for the browser: a link cannot carry the user's bearer token, so <c>/console/files?path=/api/…</c> fetches
/// the export with it and passes the file through (name and type as the API gave them). Only the API's export and
/// template routes pass.
/// </summary>
public static class ConsoleFiles
{
    public static string Link(string apiPath) => "/console/files?path=" + Uri.EscapeDataString(apiPath);

    public static void Map(RouteGroupBuilder console) =>
        console.MapGet("/files", async (string path, HttpContext http, IHttpClientFactory clients, ApiAddress address) =>
        {
            if (!IsFile(path))
            {
                return Results.NotFound();
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", http.User.AccessToken());
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
            using var client = clients.CreateClient(SuiteApi.ClientName);
            client.BaseAddress = address.Value;
            using var response = await client.SendAsync(request, http.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                return Results.StatusCode((int)response.StatusCode);
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(http.RequestAborted);
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
            return Results.File(bytes, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", name);
        }).RequireAuthorization(ConsoleSignIn.Policy).ExcludeFromDescription();

    static bool IsFile(string path) =>
        path.StartsWith("/api/", StringComparison.Ordinal) && !path.Contains("..", StringComparison.Ordinal)
        && (path.Split('?')[0] is var route && (route.EndsWith(".xlsx", StringComparison.Ordinal) || route.EndsWith(".geojson", StringComparison.Ordinal)
            || route.EndsWith("/export", StringComparison.Ordinal)));
}
