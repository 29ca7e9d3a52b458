using EduPlatform.Persistence;
using MassTransit;

namespace EduPlatform.Messaging;

/// <summary>
/// Base for every consumer of another service's events: records (MessageId, consumer) in the service's inbox in the
/// same transaction as the effect, so a second delivery of the same message is acknowledged without effect. The message
/// is acknowledged to the broker only after that transaction committed (at least once).
/// </summary>
public abstract class InboxConsumer<TMessage, TDatabase>(TDatabase database) : IConsumer<TMessage>
    where TMessage : class
    where TDatabase : ServiceDatabase
{
    /// <summary>The consumer's name in the inbox; stable across releases (renaming a consumer would re-apply old messages).</summary>
    protected virtual string InboxName => GetType().Name;

    /// <summary>
    /// Applies the message; may write this service's tables, audit rows and outbox events through <paramref name="session"/>,
    /// and nothing outside it: the session may be shared with other messages' effects, and after a failure among them
    /// this runs again alone.
    /// </summary>
    protected abstract Task ApplyAsync(TMessage message, DbSession session);

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; it cannot be deduplicated.");
        // Effects of events arriving together commit together (group commit): one sync of the log for many events.
        var applied = await database.InSharedTransactionAsync(async session =>
        {
            if (!await session.TryRecordAsync(messageId, InboxName))
            {
                return false;
            }

            await ApplyAsync(context.Message, session);
            return true;
        });

        var tags = new[]
        {
            new KeyValuePair<string, object?>("service", database.ServiceName),
            new KeyValuePair<string, object?>("event", typeof(TMessage).Name),
        };
        (applied ? MessagingTelemetry.EventsConsumed : MessagingTelemetry.DuplicatesDropped).Add(1, tags);
    }
}
