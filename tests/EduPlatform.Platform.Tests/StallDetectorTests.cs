using EduPlatform.Messaging;

namespace EduPlatform.Platform.Tests;

/// <summary>When a queue that holds ready messages counts as stalled for this process, and when it does not.</summary>
public sealed class StallDetectorTests
{
    static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    const string Queue = "staffing-school-registered";

    static DateTimeOffset At(int seconds) => Start.AddSeconds(seconds);

    [Fact]
    public void Ready_messages_with_no_delivery_for_a_whole_timeout_are_a_stall()
    {
        var detector = new StallDetector(Timeout, Start);

        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(15), Queue, 40, null));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(74), Queue, 40, null)); // waiting only 59 s
        Assert.Equal(StallVerdict.Stalled, detector.Observe(At(75), Queue, 40, null));
    }

    [Fact]
    public void A_process_that_keeps_receiving_is_consuming_however_deep_the_queue()
    {
        var detector = new StallDetector(Timeout, Start);

        for (var second = 15; second <= 600; second += 15)
        {
            Assert.Equal(StallVerdict.Consuming, detector.Observe(At(second), Queue, 5_000, At(second - 59)));
        }
    }

    [Fact]
    public void An_empty_queue_is_never_a_stall_and_emptying_starts_the_wait_again()
    {
        var detector = new StallDetector(Timeout, Start);

        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(500), Queue, 0, null));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(510), Queue, 3, null));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(520), Queue, 0, null));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(530), Queue, 3, null));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(589), Queue, 3, null));
        Assert.Equal(StallVerdict.Stalled, detector.Observe(At(590), Queue, 3, null));
    }

    [Fact]
    public void A_process_just_started_gets_a_whole_timeout_before_it_can_stall()
    {
        var detector = new StallDetector(Timeout, At(100));

        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(100), Queue, 9, null));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(159), Queue, 9, null));
        Assert.Equal(StallVerdict.Stalled, detector.Observe(At(160), Queue, 9, null));
    }

    [Fact]
    public void After_a_recovery_the_queue_gets_a_whole_timeout_again_then_stalling_means_a_restart()
    {
        var detector = new StallDetector(Timeout, Start);
        detector.Observe(At(0), Queue, 9, null);
        Assert.Equal(StallVerdict.Stalled, detector.Observe(At(60), Queue, 9, null));
        detector.Recovered(At(60));

        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(119), Queue, 9, null));
        Assert.Equal(StallVerdict.StalledAfterReconnect, detector.Observe(At(120), Queue, 9, null));
    }

    [Fact]
    public void A_stall_long_after_a_recovery_that_worked_is_a_new_stall_not_a_restart()
    {
        var detector = new StallDetector(Timeout, Start);
        detector.Observe(At(0), Queue, 9, null);
        Assert.Equal(StallVerdict.Stalled, detector.Observe(At(60), Queue, 9, null));
        detector.Recovered(At(60));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(90), Queue, 0, At(70))); // delivered again, drained

        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(3_600), Queue, 9, At(3_000)));
        Assert.Equal(StallVerdict.Stalled, detector.Observe(At(3_660), Queue, 9, At(3_000)));
    }

    [Fact]
    public void Each_queue_waits_on_its_own()
    {
        var detector = new StallDetector(Timeout, Start);

        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(10), "a", 1, null));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(60), "b", 1, null));
        Assert.Equal(StallVerdict.Stalled, detector.Observe(At(70), "a", 1, null));
        Assert.Equal(StallVerdict.Consuming, detector.Observe(At(70), "b", 1, null));
    }

    [Fact]
    public void The_timeout_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StallDetector(TimeSpan.Zero, Start));
    }
}
