using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.DemoCounty;

/// <summary>The suite's HTTP API as the demo loader uses it: JSON in and out, files as multipart uploads, errors with their problem.</summary>
sealed class DemoApi(HttpClient http)
{
    public async Task<JsonElement> GetAsync(string path, CancellationToken ct) =>
        await ReadAsync(await http.GetAsync(path, ct), ct);

    /// <summary>Every item of a paged list ({items, total}), page by page at the largest page the API serves.</summary>
    public async Task<List<JsonElement>> GetAllAsync(string path, CancellationToken ct)
    {
        var all = new List<JsonElement>();
        var separator = path.Contains('?') ? '&' : '?';
        while (true)
        {
            var page = await GetAsync($"{path}{separator}offset={all.Count}&limit=500", ct);
            all.AddRange(page.GetProperty("items").EnumerateArray());
            if (page.GetProperty("items").GetArrayLength() == 0 || all.Count >= page.GetProperty("total").GetInt32())
            {
                return all;
            }
        }
    }

    /// <summary>A PUT that is done once: 409 (already set, version moved on) counts as done.</summary>
    public async Task<bool> PutOnceAsync(string path, object body, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync(path, body, ct);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }

        await ReadAsync(response, ct);
        return true;
    }

    public async Task<JsonElement> PutAsync(string path, object body, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync(path, body, ct);
        return await ReadAsync(response, ct);
    }

    public async Task<JsonElement> UploadAsync(string path, string fileName, byte[] bytes, CancellationToken ct)
    {
        using var response = await http.PostAsync(path, File(fileName, bytes), ct);
        return await ReadAsync(response, ct);
    }

    /// <summary>
    /// Uploads until the service accepts the file: a service's copy of the schools arrives over the bus, and its import
    /// refuses rows for schools it does not know yet (all or nothing). After <paramref name="patience"/> the last refusal
    /// is the error.
    /// </summary>
    public async Task<JsonElement> UploadWhenKnownAsync(string path, string fileName, byte[] bytes, TimeSpan patience, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            using var response = await http.PostAsync(path, File(fileName, bytes), ct);
            if (response.IsSuccessStatusCode || DateTime.UtcNow > deadline || (int)response.StatusCode >= 500)
            {
                return await ReadAsync(response, ct);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }

    static MultipartFormDataContent File(string fileName, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} 答复 {(int)response.StatusCode}：{body}");
        }

        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body);
    }
}
