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
    public string Require() => Uri ?? Unmet(Unavailable!);

    static string Unmet(string reason)
    {
        if (Environment.GetEnvironmentVariable("EDUPLATFORM_REQUIRE_BROKER") == "1")
        {
            Assert.Fail($"EDUPLATFORM_REQUIRE_BROKER=1 but {reason}");
        }

        Assert.Skip(reason);
        return "";
    }

    /// <summary>
    /// Restarts the broker application in place (<c>rabbitmqctl stop_app</c>, then <c>start_app</c>): every connection
    /// drops, unacknowledged deliveries go back to their queues, durable queues and persistent messages come back from disk.
    /// Only a broker on this machine can be restarted; otherwise the test skips (or fails under EDUPLATFORM_REQUIRE_BROKER=1).
    /// </summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    /// <summary>Stops the broker application (<c>rabbitmqctl stop_app</c>): every connection drops and none is accepted.</summary>
    public Task StopAsync() => ControlAsync("stop_app");

    /// <summary>Starts the broker application again and waits until it listens.</summary>
    public async Task StartAsync()
    {
        await ControlAsync("start_app");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await PortOpenAsync())
        {
            Assert.True(DateTime.UtcNow < deadline, "the broker did not listen again within 60 s of start_app");
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// A virtual host of the test's own on a local broker (queues, exchanges and messages apart from every other test's, so
    /// one test's leftovers never reach the next), deleted at dispose; on a remote broker, the configured one.
    /// </summary>
    public async Task<VirtualHost> VirtualHostAsync()
    {
        var uri = Require();
        if (Control is null || !new Uri(uri).IsLoopback)
        {
            return new VirtualHost(uri, null);
        }

        var name = $"e2e-{Guid.NewGuid():N}";
        await ControlAsync("add_vhost", name);
        await ControlAsync("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
        return new VirtualHost($"{uri.TrimEnd('/')}/{name}", async () => await ControlAsync("delete_vhost", name));
    }

    public sealed class VirtualHost(string uri, Func<Task>? delete) : IAsyncDisposable
    {
        public string Uri { get; } = uri;

        /// <summary>The virtual host's name as rabbitmqctl takes it ("/" for the default one).</summary>
        public string Name => System.Uri.UnescapeDataString(new System.Uri(Uri).AbsolutePath.Trim('/')) is { Length: > 0 } name ? name : "/";

        public async ValueTask DisposeAsync()
        {
            if (delete is not null)
            {
                await delete();
            }
        }
    }

    /// <summary>Each queue's type (classic, quorum, stream) in a virtual host, as rabbitmqctl reports it.</summary>
    public async Task<Dictionary<string, string>> QueueTypesAsync(VirtualHost vhost)
    {
        var listing = await ControlAsync("list_queues", "-q", "-p", vhost.Name, "name", "type");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 2)
            .ToDictionary(columns => columns[0], columns => columns[1].Trim());
    }

    /// <summary>The heartbeat timeout (seconds) each connection in a virtual host negotiated.</summary>
    public async Task<List<int>> HeartbeatsAsync(VirtualHost vhost)
    {
        var listing = await ControlAsync("list_connections", "-q", "--no-table-headers", "-p", vhost.Name, "timeout");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => int.Parse(line.Trim())).ToList();
    }

    static string? Control => new[] { "/usr/sbin/rabbitmqctl", "/usr/lib/rabbitmq/bin/rabbitmqctl" }.FirstOrDefault(File.Exists);

    async Task<string> ControlAsync(params string[] arguments)
    {
        if (Control is null || !new Uri(Require()).IsLoopback)
        {
            Unmet("controlling the broker needs rabbitmqctl and a broker on this machine");
        }

        var start = new ProcessStartInfo(Control!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {string.Join(' ', arguments)}: {await errors}");
        return await output;
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
