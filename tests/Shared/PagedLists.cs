using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.Tests;

/// <summary>Lists answered a page at a time ({items, total, offset, limit}), read as a client that wants all of one.</summary>
static class PagedLists
{
    /// <summary>Every item, page by page at the largest page the API serves.</summary>
    public static async Task<List<JsonElement>> GetAllAsync(this HttpClient client, string path)
    {
        var all = new List<JsonElement>();
        var separator = path.Contains('?') ? '&' : '?';
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"{path}{separator}offset={all.Count}&limit=500");
            var items = page.GetProperty("items");
            all.AddRange(items.EnumerateArray());
            if (items.GetArrayLength() == 0 || all.Count >= page.GetProperty("total").GetInt32())
            {
                return all;
            }
        }
    }

    /// <summary>How many the list holds in all.</summary>
    public static async Task<int> CountAsync(this HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>($"{path}{(path.Contains('?') ? '&' : '?')}limit=1")).GetProperty("total").GetInt32();
}
