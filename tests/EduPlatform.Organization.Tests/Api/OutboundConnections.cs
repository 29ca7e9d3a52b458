using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;

namespace EduPlatform.Organization.Tests.Api;

/// <summary>
/// Every outbound connection this process starts, as .NET's own networking reports it: host names looked up
/// (System.Net.NameResolution), sockets connected (System.Net.Sockets) and HTTP requests sent (System.Net.Http).
/// </summary>
public sealed class OutboundConnections : EventListener
{
    public ConcurrentQueue<string> Lookups { get; } = new();
    public ConcurrentQueue<IPEndPoint> Connects { get; } = new();
    public ConcurrentQueue<string> HttpRequests { get; } = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name is "System.Net.NameResolution" or "System.Net.Sockets" or "System.Net.Http")
        {
            EnableEvents(source, EventLevel.Informational, EventKeywords.All);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventSource.Name, e.EventName)
        {
            case ("System.Net.NameResolution", "ResolutionStart") when e.Payload is [string host, ..]:
                Lookups.Enqueue(host);
                break;
            case ("System.Net.Sockets", "ConnectStart") when e.Payload is [string address, ..] && Parse(address) is { } endpoint:
                Connects.Enqueue(endpoint);
                break;
            case ("System.Net.Http", "RequestStart") when e.Payload is { Count: >= 3 } p:
                HttpRequests.Enqueue($"{p[0]}://{p[1]}:{p[2]}");
                break;
        }
    }

    /// <summary>SocketAddress.ToString(): "InterNetwork:16:{p1,p2,a1,a2,a3,a4,…}" (the bytes after the family: port, then address).</summary>
    static IPEndPoint? Parse(string address)
    {
        var parts = address.Split(':', 3);
        if (parts.Length < 3)
        {
            return null;
        }

        var bytes = parts[2].Trim('{', '}').Split(',', StringSplitOptions.RemoveEmptyEntries).Select(byte.Parse).ToArray();
        var port = bytes[0] << 8 | bytes[1];
        return parts[0] switch
        {
            "InterNetwork" when bytes.Length >= 6 => new IPEndPoint(new IPAddress(bytes[2..6]), port),
            "InterNetworkV6" when bytes.Length >= 22 => new IPEndPoint(new IPAddress(bytes[6..22]), port),
            _ => null,
        };
    }
}
