using EduPlatform.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace EduPlatform.Platform.Tests;

/// <summary>What the watchdog does on each look: nothing while the broker is away, reconnect on a stall, stop the process when that did not help.</summary>
public sealed class ConsumptionWatchdogTests
{
    const string Queue = "zoning-school-registered";
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    readonly Clock _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    readonly Depths _depths = new();
    readonly Lifetime _lifetime = new();
    readonly ConsumptionStatus _status = new();
    int _drops;

    ConsumptionWatchdog Watchdog(DeliveryActivity activity) =>
        new([Queue], _depths, activity, _status, () => ++_drops, Timeout, _clock, _lifetime, NullLogger<ConsumptionWatchdog>.Instance);

    [Fact]
    public async Task A_stall_drops_the_connections_once_and_a_second_stall_stops_the_process_with_exit_code_1()
    {
        var watchdog = Watchdog(new DeliveryActivity(_clock));
        var detector = new StallDetector(Timeout, _clock.GetUtcNow());
        _depths.Ready = 120;
        var exitCode = Environment.ExitCode;
        try
        {
            Assert.Equal(StallVerdict.Consuming, await LookAfter(watchdog, detector, seconds: 0));
            Assert.Equal(StallVerdict.Stalled, await LookAfter(watchdog, detector, seconds: 60));
            Assert.Equal(1, _drops);
            Assert.False(_lifetime.Stopped);
            var afterReconnect = await _status.CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Healthy, afterReconnect.Status);
            Assert.Contains($"because {Queue} had stalled", afterReconnect.Description);

            Assert.Equal(StallVerdict.Consuming, await LookAfter(watchdog, detector, seconds: 30));
            Assert.Equal(StallVerdict.StalledAfterReconnect, await LookAfter(watchdog, detector, seconds: 30));
            Assert.Equal(1, _drops);
            Assert.True(_lifetime.Stopped);
            Assert.Equal(ConsumptionWatchdog.ExitCodeWhenStuck, Environment.ExitCode);
            Assert.Equal(HealthStatus.Unhealthy, (await _status.CheckHealthAsync(new HealthCheckContext())).Status);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    [Fact]
    public async Task While_the_broker_cannot_be_asked_nothing_counts_as_a_stall()
    {
        var watchdog = Watchdog(new DeliveryActivity(_clock));
        var detector = new StallDetector(Timeout, _clock.GetUtcNow());
        _depths.Ready = null;

        for (var look = 0; look < 10; look++)
        {
            Assert.Equal(StallVerdict.Consuming, await LookAfter(watchdog, detector, seconds: 60));
        }

        Assert.Equal(0, _drops);
        Assert.Equal(HealthStatus.Healthy, (await _status.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Theory]
    [InlineData("rabbitmq://localhost/e2e-3f2a/zoning-school-registered?prefetch=1000", "zoning-school-registered")]
    [InlineData("rabbitmq://rabbit.county.gov.cn:5672/zoning-school-registered", "zoning-school-registered")]
    [InlineData("loopback://localhost/zoning-school-registered", "zoning-school-registered")]
    public void A_delivery_is_counted_for_the_queue_its_input_address_names(string inputAddress, string queue)
    {
        Assert.Equal(queue, DeliveryActivity.QueueOf(new Uri(inputAddress)));
    }

    async Task<StallVerdict> LookAfter(ConsumptionWatchdog watchdog, StallDetector detector, int seconds)
    {
        _clock.Now += TimeSpan.FromSeconds(seconds);
        return await watchdog.LookOnceAsync(detector, CancellationToken.None);
    }

    sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    sealed class Depths : IQueueDepths
    {
        public long? Ready { get; set; }

        public Task<IReadOnlyDictionary<string, long>?> ReadyAsync(IReadOnlyCollection<string> queues, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, long>?>(Ready is { } ready ? queues.ToDictionary(q => q, _ => ready) : null);
    }

    sealed class Lifetime : IHostApplicationLifetime
    {
        public bool Stopped { get; private set; }
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stopped = true;
    }
}
