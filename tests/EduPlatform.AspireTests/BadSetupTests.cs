using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EduPlatform.AspireTests;

/// <summary>
/// The AppHost as a user starts it, on a set-up that cannot work: it says what is wrong and exits with code 2 within
/// seconds, before DCP or any resource starts (never a hang).
/// </summary>
public sealed class BadSetupTests
{
    static readonly TimeSpan Quickly = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_port_in_use_is_named_and_nothing_starts()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, errors, elapsed) = await RunAppHostAsync(("Gateway__Port", port.ToString()), ("ConnectionStrings__messaging", "amqp://guest:guest@localhost:5672/"));

        Assert.True(exitCode == 2, $"exit code {exitCode}: {errors}");
        Assert.Contains($"端口 {port} 已被占用", errors);
        Assert.Contains("gateway", errors);
        Assert.True(elapsed < Quickly, $"took {elapsed.TotalSeconds:0} s");
    }

    /// <summary>No container engine (the one named does not exist), no rabbitmq-server where one is named, no broker given.</summary>
    [Fact]
    public async Task Without_any_broker_it_says_what_to_install_or_set_and_nothing_starts()
    {
        var (exitCode, errors, elapsed) = await RunAppHostAsync(("ASPIRE_CONTAINER_RUNTIME", "no-such-container-engine"),
            ("Messaging__RabbitMqServer", "/nonexistent/rabbitmq-server"));

        Assert.True(exitCode == 2, $"exit code {exitCode}: {errors}");
        Assert.Contains("apt-get install -y rabbitmq-server", errors);
        Assert.Contains("ConnectionStrings__messaging", errors);
        Assert.True(elapsed < Quickly, $"took {elapsed.TotalSeconds:0} s");
    }

    [Fact]
    public async Task A_broker_that_is_asked_for_but_not_given_is_named_and_nothing_starts()
    {
        var (exitCode, errors, elapsed) = await RunAppHostAsync(("Messaging__Broker", "connection-string"));

        Assert.True(exitCode == 2, $"exit code {exitCode}: {errors}");
        Assert.Contains("ConnectionStrings__messaging", errors);
        Assert.True(elapsed < Quickly, $"took {elapsed.TotalSeconds:0} s");
    }

    /// <summary>
    /// The AppHost from its own build output (as <c>dotnet run</c> starts it), with the dashboard on free ports so only the
    /// set-up under test can be wrong.
    /// </summary>
    static async Task<(int ExitCode, string Errors, TimeSpan Elapsed)> RunAppHostAsync(params (string Name, string Value)[] environment)
    {
        var project = Path.Combine(Repo.Root, "aspire-host", "EduPlatform.AppHost");
        // bin/<configuration>/net10.0/, as this test's own output
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        var start = new ProcessStartInfo("dotnet", Path.Combine(project, "bin", configuration, "net10.0", "EduPlatform.AppHost.dll"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = project,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{EduPlatform.AppHost.FreePorts.Next()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{EduPlatform.AppHost.FreePorts.Next()}";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["Data__Folder"] = Path.Combine(Path.GetTempPath(), $"eduplatform-badsetup-{Guid.NewGuid():N}");
        start.Environment.Remove("ConnectionStrings__messaging");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Quickly * 2);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the AppHost did not exit within {(Quickly * 2).TotalSeconds:0} s");
        }

        return (process.ExitCode, await errors, clock.Elapsed);
    }
}
