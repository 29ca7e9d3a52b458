using System.Diagnostics;
using System.Net.Sockets;

namespace EduPlatform.EndToEndTests;

/// <summary>
/// The RabbitMQ the end-to-end tests use: EDUPLATFORM_RABBITMQ if set; else a broker already listening on localhost:5672;
/// else a local rabbitmq-server started here (and stopped afterwards). With none of them the tests skip with the reason,
/// unless EDUPLATFORM_REQUIRE_BROKER=1 (CI), where a missing broker is a failure.
/// </summary>
public sealed class Broker : IAsyncLifetime
{
    const string LocalUri = "amqp://guest:guest@localhost:5672/";
    Process? _started;

    public string? Uri { get; private set; }
    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("EDUPLATFORM_RABBITMQ");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Uri = configured;
            return;
        }

        if (await PortOpenAsync())
        {
            Uri = LocalUri;
            return;
        }

        var server = new[] { "/usr/sbin/rabbitmq-server", "/usr/lib/rabbitmq/bin/rabbitmq-server" }.FirstOrDefault(File.Exists);
        if (server is null)
        {
            Unavailable = "no broker: EDUPLATFORM_RABBITMQ is not set, nothing listens on localhost:5672, and rabbitmq-server is not installed";
            return;
        }

        _started = Process.Start(new ProcessStartInfo(server) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (await PortOpenAsync())
            {
                await Task.Delay(2000); // the port opens a moment before the broker accepts logins
                Uri = LocalUri;
                return;
            }

            await Task.Delay(500);
        }

        Unavailable = "rabbitmq-server was started but did not listen on 5672 within 90 s";
    }

    /// <summary>Skips the calling test when there is no broker, or fails it when CI requires one.</summary>
    public string Require()
    {
        if (Uri is not null)
        {
            return Uri;
        }

        if (Environment.GetEnvironmentVariable("EDUPLATFORM_REQUIRE_BROKER") == "1")
        {
            Assert.Fail($"EDUPLATFORM_REQUIRE_BROKER=1 but {Unavailable}");
        }

        Assert.Skip(Unavailable!);
        return "";
    }

    public async ValueTask DisposeAsync()
    {
        if (_started is { HasExited: false })
        {
            using var stop = Process.Start("rabbitmqctl", "shutdown");
            await stop.WaitForExitAsync();
            _started.Kill(entireProcessTree: true);
        }
    }

    static async Task<bool> PortOpenAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", 5672, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}

/// <summary>One broker for every end-to-end test class (so a locally started rabbitmq-server is started once).</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<Broker>
{
    public const string Name = "broker";
}
