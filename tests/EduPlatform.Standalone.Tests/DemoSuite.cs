using System.Net.Http.Headers;
using System.Text.Json;
using EduPlatform.DemoCounty;
using EduPlatform.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.Standalone.Tests;

/// <summary>The standalone suite with the demo county loaded, and clients signed for any roles, counties and alliances.</summary>
public sealed class DemoSuite : IAsyncLifetime
{
    public DemoCountyTests.StandaloneApp App { get; } = new();

    public string County => DemoCountyLoader.CountyCode;

    public async ValueTask InitializeAsync()
    {
        App.CreateClient().Dispose(); // starts the host
        await App.Services.GetServices<IHostedService>().OfType<EduPlatform.Standalone.DemoCounty>().Single().LoadAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    /// <summary>A client whose token carries exactly these claims (no role at all when <paramref name="roles"/> is empty).</summary>
    public HttpClient ClientWith(IEnumerable<string> roles, IEnumerable<string> counties, IEnumerable<Guid>? alliances = null)
    {
        var client = App.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(2);
        var token = App.Services.GetRequiredService<DevelopmentTokens>().Issue("test-user", roles, counties, TimeSpan.FromHours(1), alliances);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient As(string role) => ClientWith([role], [County]);

    /// <summary>Every GUID in a JSON document: ids to aim requests at.</summary>
    public static IEnumerable<Guid> Ids(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Ids(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Ids),
        JsonValueKind.String when Guid.TryParse(element.GetString(), out var id) => [id],
        _ => [],
    };
}
