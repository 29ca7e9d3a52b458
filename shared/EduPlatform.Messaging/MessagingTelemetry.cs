using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace EduPlatform.Messaging;

/// <summary>The suite's own messaging metrics: outbox backlog and age, events published and consumed, duplicates dropped.</summary>
public static class MessagingTelemetry
{
    public const string MeterName = "EduPlatform.Messaging";

    static readonly Meter Meter = new(MeterName);
    static readonly ConcurrentDictionary<string, (long Count, double AgeSeconds)> Backlogs = new();

    public static readonly Counter<long> EventsPublished =
        Meter.CreateCounter<long>("eduplatform.events.published", "{event}", "Events the outbox relay published to the bus");

    public static readonly Counter<long> EventsConsumed =
        Meter.CreateCounter<long>("eduplatform.events.consumed", "{event}", "Events a consumer applied (committed effect)");

    public static readonly Counter<long> DuplicatesDropped =
        Meter.CreateCounter<long>("eduplatform.events.duplicates_dropped", "{event}", "Deliveries the inbox recognised as already applied");

    public static readonly Counter<long> PublishFailures =
        Meter.CreateCounter<long>("eduplatform.outbox.publish_failures", "{event}", "Outbox publish attempts that failed and will be retried");

    public static readonly Counter<long> ConsumerStalls =
        Meter.CreateCounter<long>("eduplatform.consumer.stalls", "{stall}", "Times the consumption watchdog found this process not consuming (action: reconnect or restart)");

    static MessagingTelemetry()
    {
        Meter.CreateObservableGauge("eduplatform.outbox.backlog", ObserveBacklog, "{event}", "Unsent events in a service's outbox");
        Meter.CreateObservableGauge("eduplatform.outbox.oldest_age", ObserveAge, "s", "Age of the oldest unsent event in a service's outbox");
    }

    public static void ReportBacklog(string service, long count, double oldestAgeSeconds) =>
        Backlogs[service] = (count, oldestAgeSeconds);

    static IEnumerable<Measurement<long>> ObserveBacklog() =>
        Backlogs.Select(b => new Measurement<long>(b.Value.Count, new KeyValuePair<string, object?>("service", b.Key)));

    static IEnumerable<Measurement<double>> ObserveAge() =>
        Backlogs.Select(b => new Measurement<double>(b.Value.AgeSeconds, new KeyValuePair<string, object?>("service", b.Key)));
}
