using System.Text.Json;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Tests;

/// <summary>
/// A service host in memory on the MassTransit test harness, its own SQLite folder and signing key; tests play the
/// other services by publishing their events as the outbox relay would (MessageId = EventId).
/// </summary>
public abstract class HarnessApp<TEntryPoint>(string service) : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public string SigningKey { get; } = $"{service}-tests-signing-key-0123456789abcdef";

    public static readonly JsonSerializerOptions Json = TestClients.Json;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Folder", Path.Combine(Path.GetTempPath(), $"eduplatform-{service}-tests-{Guid.NewGuid():N}"));
        builder.UseSetting("Auth:SigningKey", SigningKey);
        // Events that arrive before what they change are retried; keep the waits short so tests see them land.
        builder.UseSetting("Messaging:RetryLimit", "40");
        builder.UseSetting("Messaging:RetryMaxInterval", "00:00:01");
        // A long test timeout keeps the harness recording for the whole class; a short inactivity timeout, because
        // the harness lists wait for inactivity before they answer.
        builder.ConfigureServices(services => services.AddMassTransitTestHarness(x =>
            x.SetTestTimeouts(testTimeout: TimeSpan.FromMinutes(10), testInactivityTimeout: TimeSpan.FromSeconds(1))));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The service's clock: the real one until a test moves it on.</summary>
    public TestClock Clock { get; } = new();

    public HttpClient ClientAs(string role, params string[] counties) => TestClients.WithToken(CreateClient(), SigningKey, role, counties);

    /// <summary>An alliance office of the county: alliance-admin for the given alliances only.</summary>
    public HttpClient AllianceOffice(string county, params Guid[] alliances) =>
        TestClients.WithToken(CreateClient(), SigningKey, ServiceDefaults.Roles.AllianceAdmin, [county], alliances);

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    /// <summary>
    /// Whether a matching message is published before the deadline. The outbox relay publishes after the write commits, on
    /// its own schedule, so one harness inactivity window (1 s) is not enough on a loaded machine: ask again until the deadline.
    /// </summary>
    public async Task<bool> WasPublished<T>(FilterDelegate<IPublishedMessage<T>> match, int seconds = 30) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await Harness.Published.Any<T>(match))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    /// <summary>Publishes another service's event as its relay would: MessageId = EventId.</summary>
    public async Task Publish<T>(T message) where T : class
    {
        var id = (Guid)typeof(T).GetProperty("EventId")!.GetValue(message)!;
        await Harness.Bus.Publish(message, ctx => ctx.MessageId = id);
    }
}
