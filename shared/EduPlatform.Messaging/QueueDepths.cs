using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace EduPlatform.Messaging;

/// <summary>How many messages wait, ready for a consumer, in each of some queues; null when the broker cannot be asked.</summary>
public interface IQueueDepths
{
    Task<IReadOnlyDictionary<string, long>?> ReadyAsync(IReadOnlyCollection<string> queues, CancellationToken cancellationToken);
}

/// <summary>
/// Asks the broker itself, on a short connection of its own (not MassTransit's, which may be the one that is stuck):
/// a passive declare answers with the queue's ready-message count. A queue not declared yet holds nothing.
/// </summary>
public sealed class BrokerQueueDepths(string brokerUri) : IQueueDepths
{
    const ushort NotFound = 404;
    static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyDictionary<string, long>?> ReadyAsync(IReadOnlyCollection<string> queues, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(brokerUri),
            ClientProvidedName = "eduplatform-consumption-watchdog",
            RequestedConnectionTimeout = ConnectTimeout,
            AutomaticRecoveryEnabled = false,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout * 2);
        try
        {
            await using var connection = await factory.CreateConnectionAsync(timeout.Token);
            var depths = new Dictionary<string, long>(StringComparer.Ordinal);
            IChannel? channel = null;
            try
            {
                foreach (var queue in queues)
                {
                    channel ??= await connection.CreateChannelAsync(cancellationToken: timeout.Token);
                    try
                    {
                        depths[queue] = (await channel.QueueDeclarePassiveAsync(queue, timeout.Token)).MessageCount;
                    }
                    catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == NotFound)
                    {
                        depths[queue] = 0; // the broker closed the channel with the 404; the next queue opens another
                        await channel.DisposeAsync();
                        channel = null;
                    }
                }
            }
            finally
            {
                if (channel is not null)
                {
                    await channel.DisposeAsync();
                }
            }

            await connection.CloseAsync(timeout.Token);
            return depths;
        }
        catch (Exception exception) when (exception is BrokerUnreachableException or OperationInterruptedException
                                              or AlreadyClosedException or IOException or OperationCanceledException
                                          && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
