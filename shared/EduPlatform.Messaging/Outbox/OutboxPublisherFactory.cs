using EduPlatform.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduPlatform.Messaging;

/// <summary>A broker in <c>ConnectionStrings:messaging</c> gets the pipelined RabbitMQ publisher; the in-memory bus gets MassTransit's.</summary>
public sealed class OutboxPublisherFactory(
    IServiceProvider services, IOptions<OutboxRelayOptions> relayOptions, IOptions<MessagingOptions> messagingOptions, string? broker)
    : IOutboxPublisherFactory
{
    public IOutboxPublisher Create(ServiceDatabase database) => string.IsNullOrWhiteSpace(broker)
        ? new BusOutboxPublisher(services.GetRequiredService<IBus>(), database, relayOptions.Value.PublishTimeout)
        : new RabbitMqOutboxPublisher(new Uri(broker), database, relayOptions.Value, messagingOptions.Value.Heartbeat);
}
