using System.Text;
using System.Text.Json;

namespace EduPlatform.Tests;

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

    /// <summary>A CSV file as the import endpoints take it: a multipart form with the file in the "file" field.</summary>
    public static MultipartFormDataContent Csv(string text, string fileName = "upload.csv") =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", fileName } };
}
