using System.Net.Http.Headers;
using System.Text.Json;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Tests;

/// <summary>What every API test needs: the suite's JSON shape and a client carrying a signed token for a role and counties.</summary>
static class TestClients
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static HttpClient WithToken(HttpClient client, string signingKey, string role, string[] counties, Guid[]? alliances = null)
    {
        var token = new DevelopmentTokens(new AuthOptions { SigningKey = signingKey })
            .Issue($"{role}-user", [role], counties, TimeSpan.FromHours(1), alliances);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ServiceDefaultsExtensions.ConfigureJson(options);
        return options;
    }
}
