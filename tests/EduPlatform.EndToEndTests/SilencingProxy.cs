using System.Net;
using System.Net.Sockets;

namespace EduPlatform.EndToEndTests;

/// <summary>
/// A TCP relay between a service and the broker that can silence the connections open through it, as a broken network
/// path (a firewall or NAT dropping a flow) does: bytes in both directions vanish, neither end hears of it, and the
/// sockets stay open. Connections made after the silence pass normally. When a silenced connection's service side
/// closes, the relay closes the broker side too, as the broker's own heartbeat check would a little later.
/// </summary>
public sealed class SilencingProxy : IAsyncDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly DnsEndPoint _broker;
    readonly List<Pair> _pairs = [];
    readonly CancellationTokenSource _stop = new();
    readonly Task _accepting;

    SilencingProxy(DnsEndPoint broker)
    {
        _broker = broker;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>A relay to the broker the given amqp:// address names.</summary>
    public static SilencingProxy To(string brokerUri)
    {
        var uri = new Uri(brokerUri);
        return new SilencingProxy(new DnsEndPoint(uri.Host, uri.IsDefaultPort || uri.Port <= 0 ? 5672 : uri.Port));
    }

    /// <summary>The same broker address (user, virtual host) with the relay in between.</summary>
    public string Route(string brokerUri) =>
        new UriBuilder(brokerUri) { Host = "127.0.0.1", Port = ((IPEndPoint)_listener.LocalEndpoint).Port }.Uri.ToString();

    /// <summary>Silences every connection open now; returns how many.</summary>
    public int Silence()
    {
        lock (_pairs)
        {
            var open = _pairs.Where(p => !p.Closed).ToList();
            open.ForEach(p => p.Silenced = true);
            return open.Count;
        }
    }

    async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket service;
            try
            {
                service = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var broker = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await broker.ConnectAsync(_broker, _stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException)
            {
                service.Dispose();
                broker.Dispose();
                continue;
            }

            var pair = new Pair(service, broker);
            lock (_pairs)
            {
                _pairs.Add(pair);
            }

            _ = pair.PumpAsync(service, broker, fromService: true);
            _ = pair.PumpAsync(broker, service, fromService: false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        lock (_pairs)
        {
            _pairs.ForEach(p => p.Close());
        }
    }

    sealed class Pair(Socket service, Socket broker)
    {
        int _closed;

        public volatile bool Silenced;
        public bool Closed => Volatile.Read(ref _closed) == 1;

        public async Task PumpAsync(Socket from, Socket to, bool fromService)
        {
            var buffer = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                    if (read == 0)
                    {
                        break;
                    }

                    if (!Silenced)
                    {
                        await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
                    }
                }
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                // one side went away
            }

            // Through a silenced path the service never learns that the broker side ended.
            if (fromService || !Silenced)
            {
                Close();
            }
        }

        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                service.Dispose();
                broker.Dispose();
            }
        }
    }
}
