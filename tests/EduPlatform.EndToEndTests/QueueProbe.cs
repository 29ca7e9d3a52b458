using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace EduPlatform.EndToEndTests;

/// <summary>What the broker holds in a queue, asked with a passive declare (which never creates the queue).</summary>
static class QueueProbe
{
    public sealed record Depth(uint Messages, uint Consumers);

    /// <summary>The queue's ready messages and consumers, or null when it does not exist.</summary>
    public static async Task<Depth?> DepthAsync(string brokerUri, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(brokerUri) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue);
            return new Depth(ok.MessageCount, ok.ConsumerCount);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }
}
