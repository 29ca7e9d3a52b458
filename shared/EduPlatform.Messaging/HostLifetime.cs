using Microsoft.Extensions.Hosting;

namespace EduPlatform.Messaging;

public static class HostLifetime
{
    /// <summary>
    /// Completes once the host has started (the bus among it), so a background service does not publish or probe before
    /// the bus is up; throws <see cref="OperationCanceledException"/> if the host stops first.
    /// </summary>
    public static async Task WaitForStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }
}
