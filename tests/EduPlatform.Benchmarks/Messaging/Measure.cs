using System.Diagnostics;

namespace EduPlatform.Benchmarks.Messaging;

public sealed record Result(string Path, string Mode, int Events, double Seconds, double PerSecond, double P50Ms, double P99Ms, double MaxMs);

static class Measure
{
    /// <summary>Waits until the i-th event's turn at the given rate (events per second); no wait for a burst.</summary>
    public static async Task PaceAsync(long started, int i, int? rate)
    {
        if (rate is { } perSecond)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
        }
    }

    public static string Mode(int? rate) => rate is null ? "burst" : $"{rate}/s";

    /// <summary>Throughput over the whole run (first send to last effect) and latency percentiles of each event.</summary>
    public static Result Summarise(string path, int? rate, long[] latencyTicks, double seconds)
    {
        var ms = latencyTicks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        double At(double q) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
        return new Result(path, Mode(rate), ms.Length, seconds, ms.Length / seconds, At(0.50), At(0.99), ms[^1]);
    }

    /// <summary>A body of <paramref name="size"/> bytes carrying when it was sent and its index.</summary>
    public static byte[] Body(int size, int index)
    {
        var body = new byte[size];
        BitConverter.TryWriteBytes(body.AsSpan(0, 8), Stopwatch.GetTimestamp());
        BitConverter.TryWriteBytes(body.AsSpan(8, 4), index);
        return body;
    }

    public static async Task WaitAsync(Task done, string what)
    {
        try
        {
            await done.WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what}: not every event arrived within 5 minutes");
        }
    }
}
