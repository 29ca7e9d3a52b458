namespace EduPlatform.Messaging;

/// <summary>What the watchdog does about one look at a queue.</summary>
public enum StallVerdict
{
    /// <summary>Nothing waits, or this process is receiving: nothing to do.</summary>
    Consuming,

    /// <summary>Messages have waited a whole stall timeout and none reached this process: drop its broker connections.</summary>
    Stalled,

    /// <summary>Stalled again with no delivery since the connections were dropped: only a restart of the process is left.</summary>
    StalledAfterReconnect,
}

/// <summary>
/// Decides, from what the broker says is waiting in a queue and when this process last received from it, whether the
/// process has silently stopped consuming. A queue stalls when it has held ready messages at every look for
/// <see cref="StallTimeout"/> while this process received nothing from it for as long (since start, or since the last
/// recovery). Pure: the watchdog brings the numbers and the clock.
/// </summary>
public sealed class StallDetector(TimeSpan stallTimeout, DateTimeOffset startedAt)
{
    readonly Dictionary<string, DateTimeOffset> _waitingSince = new(StringComparer.Ordinal);
    DateTimeOffset? _recoveredAt;

    public TimeSpan StallTimeout { get; } = stallTimeout > TimeSpan.Zero
        ? stallTimeout
        : throw new ArgumentOutOfRangeException(nameof(stallTimeout), stallTimeout, "the stall timeout must be positive");

    public StallVerdict Observe(DateTimeOffset now, string queue, long readyMessages, DateTimeOffset? lastDelivery)
    {
        if (readyMessages <= 0)
        {
            _waitingSince.Remove(queue);
            return StallVerdict.Consuming;
        }

        var waitingSince = _waitingSince.TryGetValue(queue, out var since) ? since : _waitingSince[queue] = now;
        var quietSince = Latest(startedAt, lastDelivery, _recoveredAt);
        if (now - waitingSince < StallTimeout || now - quietSince < StallTimeout)
        {
            return StallVerdict.Consuming;
        }

        return _recoveredAt is { } recovered && (lastDelivery is null || lastDelivery < recovered)
            ? StallVerdict.StalledAfterReconnect
            : StallVerdict.Stalled;
    }

    /// <summary>The watchdog dropped the connections: every queue gets a whole timeout to be delivered from again.</summary>
    public void Recovered(DateTimeOffset now) => _recoveredAt = now;

    static DateTimeOffset Latest(DateTimeOffset first, DateTimeOffset? second, DateTimeOffset? third)
    {
        var latest = first;
        if (second > latest)
        {
            latest = second.Value;
        }

        if (third > latest)
        {
            latest = third.Value;
        }

        return latest;
    }
}
