namespace EduPlatform.Messaging;

/// <summary>Settings under <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxRelayOptions
{
    /// <summary>How often the relay looks for rows written by other processes (same-process writes wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one relay holds the per-database lease before it must renew it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows read, published and stamped sent together; a crash between publishing and stamping sends them again.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Publishes whose confirms may be outstanding at once on a broker. One at a time held a relay near 1,000 events/s
    /// on our 2-core machines; 256 lets the broker's own rate through (docs/benchmarks/messaging.md).
    /// </summary>
    public int ConfirmWindow { get; set; } = 256;

    /// <summary>
    /// How long the relay waits for the broker to confirm anything more of a batch (or to take a publish). Past it the
    /// first unconfirmed row and those after it are sent again after the back-off (consumers' inboxes drop a repeat). A broker that lost the connection without telling
    /// the client, or that blocks publishers on a memory alarm, otherwise holds the relay forever.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long confirmed rows may wait to be stamped sent (a write the relay defers to spare the database). A crash in
    /// this time sends them again, which the consumers' inboxes absorb.
    /// </summary>
    public TimeSpan StampInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>First wait after a failed publish; doubles up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sent rows are kept this long, then purged: the replay feed (GET /api/{service}/events) reaches back this far, so a
    /// system that subscribes late can catch up. 400 days covers a whole school year and its reviews.
    /// </summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(400);
}
