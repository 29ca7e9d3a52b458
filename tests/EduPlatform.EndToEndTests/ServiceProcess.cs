using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace EduPlatform.EndToEndTests;

/// <summary>A service host started as its own process (the distributed mode), on a free loopback port.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();
    bool _disposed;

    ServiceProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>Ended on its own (a crash, or the consumption watchdog's exit for its supervisor), not stopped by the test.</summary>
    public bool ExitedOnItsOwn => !_disposed && _process.HasExited;

    public int ExitCode => _process.ExitCode;
    public string Output => string.Join('\n', _output);

    public string Name { get; }

    /// <summary>
    /// Starts services/{service}/EduPlatform.{Name}.Api from its build
    /// output and waits for /health. A port may be given so a restarted service keeps its address.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(string service, IDictionary<string, string> environment, int? port = null)
    {
        var dll = HostAssembly(service);
        Assert.True(File.Exists(dll), $"{dll} is not built");

        var chosenPort = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosenPort}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var host = new ServiceProcess(service, Process.Start(start)!, new Uri($"http://127.0.0.1:{chosenPort}"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(host._process.HasExited, $"{service} exited at start:\n{host.Output}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            await Task.Delay(250);
        }

        await host.DisposeAsync();
        throw new TimeoutException($"{service} was not healthy within 60 s:\n{host.Output}");
    }

    /// <summary>What production's OOM killer or a pulled plug does: SIGKILL, no shutdown hooks, nothing flushed.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// SIGSTOP: the process stops where it is (what a long GC pause or a paused VM does), holding its unacknowledged
    /// deliveries and any open transaction, so the test can fix the moment a fault falls on it.
    /// </summary>
    public void Freeze() => Signal(SigStop);

    /// <summary>SIGCONT: the frozen process runs on and finds what changed around it meanwhile.</summary>
    public void Thaw() => Signal(SigCont);

    const int SigStop = 19, SigCont = 18; // Linux numbering

    void Signal(int signal) =>
        Assert.True(Kill(_process.Id, signal) == 0, $"signal {signal} to {Name} failed: errno {Marshal.GetLastPInvokeError()}");

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    static extern int Kill(int pid, int signal);

    static string HostAssembly(string service)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        if (service == "gateway")
        {
            return Path.Combine(Repo.Root, "aspire-host", "EduPlatform.Gateway", "bin", configuration, "net10.0", "EduPlatform.Gateway.dll");
        }

        var name = char.ToUpperInvariant(service[0]) + service[1..];
        return Path.Combine(Repo.Root, "services", service, $"EduPlatform.{name}.Api", "bin", configuration, "net10.0", $"EduPlatform.{name}.Api.dll");
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
