using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Standalone.Tests;

/// <summary>The one paging convention, on the demo county's long lists: offset and limit in, items with the total out.</summary>
public sealed class PagingTests(DemoSuite suite) : IClassFixture<DemoSuite>
{
    [Theory]
    [InlineData("rotation", "people")]
    [InlineData("zoning", "units")]
    [InlineData("organization", "schools")]
    [InlineData("organization", "audit")]
    [InlineData("evaluation", "ratings/2025")]
    public async Task A_long_list_answers_the_page_asked_for_with_the_total_and_stops_at_500(string service, string list)
    {
        var client = suite.As(Roles.CountyAdmin);
        var path = $"/api/{service}/counties/{suite.County}/{list}";

        var first = await client.GetFromJsonAsync<JsonElement>(path);
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 60, $"{list}: {total}");
        Assert.Equal((0, Paging.DefaultLimit, Paging.DefaultLimit), (first.GetProperty("offset").GetInt32(), first.GetProperty("limit").GetInt32(), first.GetProperty("items").GetArrayLength()));

        var later = await client.GetFromJsonAsync<JsonElement>($"{path}?offset=20&limit=10");
        Assert.Equal((20, 10, total), (later.GetProperty("offset").GetInt32(), later.GetProperty("items").GetArrayLength(), later.GetProperty("total").GetInt32()));
        Assert.Equal(first.GetProperty("items")[20].GetRawText(), later.GetProperty("items")[0].GetRawText());

        var greedy = await client.GetFromJsonAsync<JsonElement>($"{path}?limit=100000");
        Assert.Equal(Math.Min(total, Paging.MaxLimit), greedy.GetProperty("items").GetArrayLength());
        Assert.Equal(Paging.MaxLimit, greedy.GetProperty("limit").GetInt32());

        var past = await client.GetFromJsonAsync<JsonElement>($"{path}?offset={total}");
        Assert.Equal((0, total), (past.GetProperty("items").GetArrayLength(), past.GetProperty("total").GetInt32()));
    }
}
