using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using EduPlatform.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduPlatform.Organization.Tests.Api;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneInTheProcess
{
    /// <summary>Tests that watch the whole process's network traffic run after every other test, alone.</summary>
    public const string Name = "alone in the process";
}

/// <summary>
/// A county's deployment sends nothing anywhere it was not configured to (issue: at every start MassTransit tried to
/// send usage telemetry to its vendor). The organization host runs as deployed — RabbitMQ, its SQLite file, an OTLP
/// endpoint — and every lookup, socket and HTTP request the process starts is checked against those three.
/// </summary>
[Collection(AloneInTheProcess.Name)]
public sealed class NoPhoningHomeTests(ITestOutputHelper output)
{
    static readonly TimeSpan UsageReportDelay = TimeSpan.FromSeconds(30);

    sealed class DeployedHost(string broker, int otlpPort) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Data:Folder", Path.Combine(Path.GetTempPath(), $"eduplatform-outbound-{Guid.NewGuid():N}"));
            builder.UseSetting("Auth:SigningKey", OrganizationApp.SigningKey);
            builder.UseSetting("ConnectionStrings:messaging", broker);
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", $"http://127.0.0.1:{otlpPort}");
            builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "1000");
            builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "500");
            // MassTransit reports usage 5 minutes after start unless told otherwise; 30 s is the soonest it allows. Were
            // the report on, it would go out while this test watches.
            builder.ConfigureServices(services => services.Configure<UsageTelemetryOptions>(o => o.ReportDelay = UsageReportDelay));
        }
    }

    [Fact]
    public async Task The_host_connects_to_the_broker_and_the_OTLP_endpoint_and_nowhere_else()
    {
        var broker = Environment.GetEnvironmentVariable("EDUPLATFORM_RABBITMQ") ?? "amqp://guest:guest@localhost:5672/";
        if (!await ListensAsync(new Uri(broker)))
        {
            Assert.Fail($"no broker at {broker}: this test runs the host as deployed, on RabbitMQ (CI starts one)");
        }

        using var otlp = new TcpListener(IPAddress.Loopback, 0); // accepts connections; what it receives does not matter here
        otlp.Start();
        var otlpPort = ((IPEndPoint)otlp.LocalEndpoint).Port;
        using var traffic = new OutboundConnections();
        await using (var host = new DeployedHost(broker, otlpPort))
        {
            var admin = TestClients.WithToken(host.CreateClient(), OrganizationApp.SigningKey, Roles.CountyAdmin, ["430188"]);
            await admin.PutAsJsonAsync("/api/organization/counties/430188", new { name = "出站县", policyPreset = "national" }).Expect(HttpStatusCode.OK);
            await admin.PostAsJsonAsync("/api/organization/counties/430188/schools",
                new { code = "OUT1", name = "出站小学", stage = "primary", locality = "rural", township = "清泉镇" }).Expect(HttpStatusCode.Created);
            await Task.Delay(UsageReportDelay + TimeSpan.FromSeconds(5)); // the relay's publish, telemetry exports, a usage report
        }

        var brokerPort = new Uri(broker).Port is > 0 and var p ? p : 5672;
        var allowedPorts = new[] { brokerPort, otlpPort };
        output.WriteLine($"lookups: {string.Join(", ", traffic.Lookups.Distinct())}");
        output.WriteLine($"connects: {string.Join(", ", traffic.Connects.Distinct())}");
        output.WriteLine($"http: {string.Join(", ", traffic.HttpRequests.Distinct())}");

        Assert.Contains(traffic.Connects, c => c.Port == brokerPort);
        Assert.Contains(traffic.Connects, c => c.Port == otlpPort);
        Assert.All(traffic.Lookups, host => Assert.Contains(host, new[] { new Uri(broker).Host, "localhost", "127.0.0.1" }));
        Assert.All(traffic.Connects, c => Assert.True(IPAddress.IsLoopback(c.Address) && allowedPorts.Contains(c.Port), $"connected to {c}"));
        // The test's own client reaches the host in memory (WebApplicationFactory's http://localhost, no socket).
        Assert.All(traffic.HttpRequests, r => Assert.Contains(r, new[] { $"http://127.0.0.1:{otlpPort}", "http://localhost:80" }));
    }

    static async Task<bool> ListensAsync(Uri broker)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(broker.Host, broker.Port > 0 ? broker.Port : 5672).WaitAsync(TimeSpan.FromSeconds(3));
            return true;
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException)
        {
            return false;
        }
    }
}
