using EduPlatform.Persistence;

namespace EduPlatform.Messaging;

/// <summary>How far a batch got: the rows from its start the broker confirmed, and why it stopped short (null when it did not).</summary>
public readonly record struct PublishOutcome(int Confirmed, Exception? Failure);

/// <summary>Puts one relay's outbox rows on the bus, in row order; one per relay, so one channel keeps one order.</summary>
public interface IOutboxPublisher : IAsyncDisposable
{
    Task<PublishOutcome> PublishAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken ct);
}

/// <summary>Makes each relay its publisher: raw RabbitMQ.Client with pipelined confirms on a broker, MassTransit's bus in memory.</summary>
public interface IOutboxPublisherFactory
{
    IOutboxPublisher Create(ServiceDatabase database);
}
