using System.Text.Json;

namespace EduPlatform.EndToEndTests;

static class Responses
{
    /// <summary>The call succeeded (or the test fails with its status and body); its JSON body.</summary>
    public static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
