using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EduPlatform.Benchmarks.Messaging;

/// <summary>
/// RabbitMQ.Client alone, persistent messages the size of the suite's envelope, consumed with manual acks at prefetch
/// 1000, latency from publish to the consumer's ack: (a) confirms pipelined, at most <c>window</c> outstanding, tracked
/// from the broker's acks (RabbitMQ.Client's own "publisher confirms, asynchronously" pattern), and (b) one awaited
/// confirm at a time.
/// </summary>
static class RawPaths
{
    public static async Task<Result> RunAsync(string broker, int count, int? rate, int bodySize, int? window)
    {
        var factory = new ConnectionFactory { Uri = new Uri(broker) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: window is null));
        await using var consuming = await connection.CreateChannelAsync();
        var queue = $"bench-raw-{Guid.NewGuid():N}";
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: true);
        await consuming.BasicQosAsync(0, 1000, false);

        var latencies = new long[count];
        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(consuming);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var sent = BitConverter.ToInt64(delivery.Body.Span[..8]);
            var index = BitConverter.ToInt32(delivery.Body.Span[8..12]);
            await consuming.BasicAckAsync(delivery.DeliveryTag, false);
            latencies[index] = Stopwatch.GetTimestamp() - sent;
            if (Interlocked.Increment(ref received) == count)
            {
                done.TrySetResult();
            }
        };
        await consuming.BasicConsumeAsync(queue, autoAck: false, consumer);

        // Pipelined: a slot per outstanding confirm, given back as the broker acks (one ack may cover many tags; one
        // queue's confirms come in order).
        var slots = new SemaphoreSlim(window ?? 1);
        var confirmedGate = new object();
        var confirmedUpTo = await publisher.GetNextPublishSequenceNumberAsync() - 1;
        publisher.BasicAcksAsync += (_, args) =>
        {
            int freed;
            lock (confirmedGate)
            {
                freed = (int)(Math.Max(confirmedUpTo, args.DeliveryTag) - confirmedUpTo);
                confirmedUpTo = Math.Max(confirmedUpTo, args.DeliveryTag);
            }

            if (freed > 0 && window is not null)
            {
                slots.Release(freed);
            }

            return Task.CompletedTask;
        };
        publisher.BasicNacksAsync += (_, args) => throw new InvalidOperationException($"the broker refused {args.DeliveryTag}");

        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await Measure.PaceAsync(started, i, rate);
            if (window is not null)
            {
                await slots.WaitAsync(); // one confirm at a time needs no slot: the tracked publish itself awaits it
            }

            await publisher.BasicPublishAsync("", queue, mandatory: false, properties, Measure.Body(bodySize, i));
        }

        await Measure.WaitAsync(done.Task, "raw");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var path = window is { } w ? $"(a) raw RabbitMQ.Client, confirms pipelined ({w})" : "(b) raw RabbitMQ.Client, one confirm at a time";
        return Measure.Summarise(path, rate, latencies, seconds);
    }
}
