using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Authorization;

namespace EduPlatform.WebConsole;

/// <summary>
/// The suite's public HTTP API as the signed-in user: the user's token rides on every request, so each service decides
/// what this user may see and do, exactly as for any other client; the console never decides it alone.
/// </summary>
public sealed class SuiteApi(IHttpClientFactory clients, ApiAddress address, AuthenticationStateProvider authentication)
{
    public const string ClientName = "eduplatform-console";

    public Task<ApiAnswer> GetAsync(string path, CancellationToken ct = default) => SendAsync(HttpMethod.Get, path, null, ct);

    /// <summary>
    /// An anonymous request on behalf of a member of the public, naming their address in X-Forwarded-For so the API's
    /// per-client rate limit counts each parent, not the console (the API trusts that header from loopback only).
    /// </summary>
    public async Task<ApiAnswer> GetForPublicAsync(string path, string? clientAddress, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (clientAddress is not null)
        {
            request.Headers.Add("X-Forwarded-For", clientAddress);
        }

        return await SendAsync(request, ct, signedIn: false);
    }

    /// <summary>Every item of a paged list (<c>items</c>, <c>total</c>), 500 at a time; an empty list when refused.</summary>
    public async Task<List<JsonElement>> GetAllAsync(string path, CancellationToken ct = default)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        while (true)
        {
            var page = await GetAsync($"{path}{separator}offset={items.Count}&limit=500", ct);
            var batch = page.Body.Items("items").ToList();
            items.AddRange(batch);
            if (!page.Ok || batch.Count == 0 || items.Count >= page.Body.Int("total"))
            {
                return items;
            }
        }
    }

    public Task<ApiAnswer> PostAsync(string path, object? body, CancellationToken ct = default) => SendAsync(HttpMethod.Post, path, body, ct);

    public Task<ApiAnswer> PutAsync(string path, object? body, CancellationToken ct = default) => SendAsync(HttpMethod.Put, path, body, ct);

    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: ConsoleJson.Options);
        }

        return await SendAsync(request, ct);
    }

    /// <summary>Uploads a file as the import routes take it (multipart, field <c>file</c>).</summary>
    public async Task<ApiAnswer> UploadAsync(string path, Stream file, string fileName, CancellationToken ct = default)
    {
        using var content = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        return await SendAsync(request, ct);
    }

    async Task<ApiAnswer> SendAsync(HttpRequestMessage request, CancellationToken ct, bool signedIn = true)
    {
        var state = signedIn ? await authentication.GetAuthenticationStateAsync() : null;
        if (state?.User.AccessToken() is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        using var client = clients.CreateClient(ClientName);
        client.BaseAddress = address.Value;
        using var response = await client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var body = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        return new ApiAnswer(response.StatusCode, body);
    }
}

static class ConsoleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
