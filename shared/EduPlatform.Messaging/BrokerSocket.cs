using System.Collections.Concurrent;
using System.Net.Sockets;
using RabbitMQ.Client;

namespace EduPlatform.Messaging;

/// <summary>
/// The socket MassTransit's RabbitMQ connections use. RabbitMQ.Client 7.2.2, the newest on our feed, ends its socket
/// write loop for good on the first failed write (rabbitmq-dotnet-client#1930, fixed after 7.2.2): later frames pile up
/// in its 128-slot write queue, and once that is full every ack, publish and even the reply to the broker's
/// connection.close wait forever. The connection never reports its shutdown, MassTransit never reconnects, and the
/// service stops consuming while its health check still says Ready. A broker restart during a burst does exactly this.
/// Here a failed write shuts the socket down instead of throwing: the write loop lives on, the reader sees the stream
/// end, the connection shuts down and MassTransit reconnects; deliveries left unacknowledged come again and the inbox
/// drops the ones already applied.
/// </summary>
public static class BrokerSocket
{
    static readonly ConcurrentDictionary<Socket, byte> Open = new();

    public static ITcpClient Create(AddressFamily addressFamily)
    {
        foreach (var closed in Open.Keys.Where(s => s.SafeHandle.IsClosed))
        {
            Open.TryRemove(closed, out _); // disposed without Close: never kept past the next connect
        }

        var socket = new Socket(addressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Open[socket] = 0;
        return new Client(socket);
    }

    /// <summary>
    /// Ends every broker connection of this process from underneath the client, as a broker restart would: reads see
    /// the end, writes are dropped, the connections report their shutdown and MassTransit connects again. The way out
    /// for a connection that stopped delivering without ever reporting why (<see cref="ConsumptionWatchdog"/>).
    /// </summary>
    public static int DropConnections()
    {
        var dropped = 0;
        foreach (var socket in Open.Keys)
        {
            Open.TryRemove(socket, out _);
            try
            {
                socket.Shutdown(SocketShutdown.Both);
                dropped++;
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                // closed already
            }
        }

        return dropped;
    }

    sealed class Client(Socket socket) : TcpClientAdapter(socket)
    {
        public override NetworkStream GetStream() => new FailedWriteEndsConnectionStream(Client);

        public override void Close()
        {
            Open.TryRemove(Client, out _);
            base.Close();
        }
    }
}

/// <summary>A network stream whose first failed write shuts the socket down (so reads end) and drops that write and every later one.</summary>
public sealed class FailedWriteEndsConnectionStream(Socket socket) : NetworkStream(socket, ownsSocket: false)
{
    volatile bool _failed;

    public bool Failed => _failed;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            base.Write(buffer);
        }
        catch (Exception exception) when (IsConnectionLost(exception))
        {
            EndConnection();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            await base.WriteAsync(buffer, cancellationToken);
        }
        catch (Exception exception) when (IsConnectionLost(exception))
        {
            EndConnection();
        }
    }

    static bool IsConnectionLost(Exception exception) => exception is IOException or SocketException or ObjectDisposedException;

    void EndConnection()
    {
        _failed = true;
        try
        {
            Socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // already closed: reads end either way
        }
    }
}
