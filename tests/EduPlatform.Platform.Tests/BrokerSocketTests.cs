using System.Net;
using System.Net.Sockets;
using EduPlatform.Messaging;

namespace EduPlatform.Platform.Tests;

/// <summary>A write to a broker that has gone must end the connection (reads see the end) rather than throw into RabbitMQ.Client's write loop.</summary>
public sealed class BrokerSocketTests
{
    [Fact]
    public async Task A_write_after_the_peer_reset_the_connection_ends_the_stream_instead_of_throwing()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = BrokerSocket.Create(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using (var broker = await listener.AcceptSocketAsync())
        {
            broker.LingerState = new LingerOption(true, 0); // close with RST, as a broker process that dies does
        }

        var stream = Assert.IsType<FailedWriteEndsConnectionStream>(client.GetStream());
        var frame = new byte[4096];
        for (var i = 0; i < 100 && !stream.Failed; i++)
        {
            await stream.WriteAsync(frame);
            await Task.Delay(10);
        }

        Assert.True(stream.Failed, "a write to a reset connection never failed");
        await stream.WriteAsync(frame); // dropped, not thrown
        stream.Write(frame, 0, frame.Length);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        Assert.Equal(0, await stream.ReadAsync(new byte[16], timeout.Token));
    }

    [Fact]
    public async Task Writes_to_a_live_peer_arrive_unchanged()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = BrokerSocket.Create(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using var broker = await listener.AcceptSocketAsync();

        var stream = client.GetStream();
        await stream.WriteAsync("AMQP"u8.ToArray());
        var received = new byte[4];
        var read = 0;
        while (read < 4)
        {
            read += await broker.ReceiveAsync(received.AsMemory(read));
        }

        Assert.Equal("AMQP"u8.ToArray(), received);
        Assert.False(((FailedWriteEndsConnectionStream)stream).Failed);
    }
}
