using System.Collections.Concurrent;
using MassTransit;

namespace EduPlatform.Messaging;

/// <summary>When this process last received a delivery from each of its queues (the watchdog's evidence that it consumes).</summary>
public sealed class DeliveryActivity(TimeProvider clock) : IReceiveObserver
{
    readonly ConcurrentDictionary<string, DateTimeOffset> _lastDelivery = new(StringComparer.Ordinal);

    public DateTimeOffset? LastDelivery(string queue) => _lastDelivery.TryGetValue(queue, out var at) ? at : null;

    public Task PreReceive(ReceiveContext context)
    {
        _lastDelivery[QueueOf(context.InputAddress)] = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    /// <summary>rabbitmq://host/vhost/queue?options and loopback://localhost/queue both end in the queue's name.</summary>
    public static string QueueOf(Uri inputAddress) => inputAddress.AbsolutePath.TrimEnd('/').Split('/')[^1];

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
