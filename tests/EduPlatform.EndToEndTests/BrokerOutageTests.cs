using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.EndToEndTests;

using static Responses;

/// <summary>
/// Readiness tells the truth about the broker (issue: with the broker stopped, consumers answered 200 "Degraded", the
/// publisher 200 "Healthy" with 4,686 events waiting, the gateway 200 throughout). With the broker stopped every
/// service's /health and the gateway's aggregate turn 503 within the threshold, and back to 200 once it returns.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerOutageTests(Broker broker, ITestOutputHelper output)
{
    static readonly string[] Services = ["organization", "staffing", "rotation", "zoning", "evaluation"];
    static readonly TimeSpan Threshold = TimeSpan.FromSeconds(5);
    readonly string _county = Counties.Fresh();

    [Fact]
    public async Task Stopping_the_broker_turns_every_readiness_and_the_gateway_to_503_within_the_threshold_and_back()
    {
        var brokerUri = broker.Require();
        await using var suite = await Suite.StartAsync(brokerUri, Services, environment: new Dictionary<string, string>
        {
            ["Messaging__ReadinessThreshold"] = Threshold.ToString("c"),
        });
        var gateway = await suite.StartGatewayAsync();
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.UntilAsync(() => StatusesAsync(probe, suite, gateway), s => s.Values.All(c => c == HttpStatusCode.OK), TimeSpan.FromSeconds(60), Describe);

        using var organization = suite.Client("organization", _county);
        await Ok(organization.PutAsJsonAsync($"/api/organization/counties/{_county}", new { name = "断网县", policyPreset = "xishui" }));
        var stopped = Stopwatch.StartNew();
        await broker.StopAsync();
        try
        {
            // Registered while the broker is away: SchoolRegistered waits in the outbox. Organization consumes nothing, so
            // its waiting event is what makes it not ready; the others also lose their consumers' connections.
            await Ok(organization.PostAsJsonAsync($"/api/organization/counties/{_county}/schools",
                new { code = "D1", name = "断网小学", stage = "primary", locality = "rural", township = "清泉镇" }));

            var down = await Eventually.UntilAsync(() => StatusesAsync(probe, suite, gateway),
                s => s.Values.All(c => c == HttpStatusCode.ServiceUnavailable), Threshold + TimeSpan.FromSeconds(20), Describe);
            output.WriteLine($"all 503 {stopped.Elapsed.TotalSeconds:N1} s after the broker stopped (threshold {Threshold.TotalSeconds} s): {Describe(down)}");
            Assert.True(stopped.Elapsed >= Threshold, "not before the threshold: a reconnect's blip is not an outage");

            // Details need a token outside Development: the outbox backlog and the lost consumers say why.
            var publisher = await ChecksAsync(organization);
            Assert.Equal("Unhealthy", publisher.GetProperty("organization-outbox").GetProperty("status").GetString());
            Assert.True(publisher.GetProperty("organization-outbox").GetProperty("data").GetProperty("outboxBacklog").GetInt64() >= 1, publisher.ToString());
            using var staffing = suite.Client("staffing", _county);
            var consumer = await ChecksAsync(staffing);
            Assert.Equal("Unhealthy", consumer.GetProperty("broker").GetProperty("status").GetString());
            Assert.NotEmpty(consumer.GetProperty("broker").GetProperty("data").GetProperty("endpointsNotReady").EnumerateArray());
            var anonymous = await (await probe.GetAsync(new Uri(suite.Service("organization").BaseAddress, "/health"))).Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(anonymous.TryGetProperty("checks", out _), anonymous.ToString());
        }
        finally
        {
            await broker.StartAsync();
        }

        var restarted = Stopwatch.StartNew();
        var up = await Eventually.UntilAsync(() => StatusesAsync(probe, suite, gateway), s => s.Values.All(c => c == HttpStatusCode.OK), TimeSpan.FromSeconds(90), Describe);
        output.WriteLine($"all 200 again {restarted.Elapsed.TotalSeconds:N1} s after the broker started: {Describe(up)}");
        // Sent rows are stamped within Messaging:Outbox:StampInterval of their confirm.
        await Eventually.UntilAsync(() => suite.CountAsync("organization", "SELECT COUNT(*) FROM outbox_messages WHERE SentAt IS NULL"),
            n => n == 0, TimeSpan.FromSeconds(30), n => $"{n} events unsent");
    }

    static async Task<JsonElement> ChecksAsync(HttpClient service)
    {
        var health = await service.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        return (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
    }

    static async Task<Dictionary<string, HttpStatusCode>> StatusesAsync(HttpClient probe, Suite suite, ServiceProcess gateway)
    {
        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var (name, address) in Services.Select(s => (s, suite.Service(s).BaseAddress)).Append(("gateway", gateway.BaseAddress)))
        {
            try
            {
                statuses[name] = (await probe.GetAsync(new Uri(address, "/health"))).StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                statuses[name] = 0;
            }
        }

        return statuses;
    }

    static string Describe(Dictionary<string, HttpStatusCode> statuses) => string.Join(", ", statuses.Select(s => $"{s.Key} {(int)s.Value}"));
}
