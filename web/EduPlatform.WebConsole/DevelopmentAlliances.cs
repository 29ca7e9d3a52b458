using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.ServiceDefaults;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.WebConsole;

/// <summary>
/// The development sign-in's list of a county's alliances, so one can sign in as an alliance office (a token with an
/// <c>alliance</c> claim) by picking the alliance instead of typing its id. Development only: it reads the list with a
/// viewer's development token from the host's own <c>/dev/token</c>.
/// </summary>
public sealed class DevelopmentAlliances(IHttpClientFactory clients, ApiAddress address, IHostEnvironment environment)
{
    public async Task<IReadOnlyList<(string Id, string Name)>> ListAsync(string county, CancellationToken ct = default)
    {
        if (!environment.IsDevelopment() || !CountyAccess.IsCountyCode(county))
        {
            return [];
        }

        using var client = clients.CreateClient(SuiteApi.ClientName);
        client.BaseAddress = address.Value;
        using var issued = await client.PostAsJsonAsync("dev/token", new { subject = "console-sign-in", roles = new[] { Roles.Viewer }, counties = new[] { county }, hours = 1 }, ct);
        if (!issued.IsSuccessStatusCode)
        {
            return [];
        }

        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>(ct)).Str("token");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/organization/counties/{county}/alliances");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, ct);
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).Items().Where(a => !a.Has("dissolvedOn")).Select(a => (a.Str("id"), a.Str("name"))).ToList()
            : [];
    }
}
