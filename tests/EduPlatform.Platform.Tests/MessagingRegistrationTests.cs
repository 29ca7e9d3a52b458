using EduPlatform.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EduPlatform.Platform.Tests;

public sealed class MessagingRegistrationTests
{
    [Theory]
    [InlineData("Messaging:QueueType", "mirrored", "Messaging:QueueType is 'mirrored'")]
    [InlineData("Messaging:Heartbeat", "-00:00:05", "Messaging:Heartbeat is -00:00:05")]
    [InlineData("Messaging:Heartbeat", "1.00:00:00", "Messaging:Heartbeat is 1.00:00:00")]
    [InlineData("Messaging:StallTimeout", "-00:01:00", "Messaging:StallTimeout is -00:01:00")]
    public void A_bad_messaging_setting_is_refused_at_start_with_the_setting_named(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Builder((key, value)).AddEduMessaging());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void On_rabbitmq_a_service_with_consumers_runs_the_consumption_watchdog_and_reports_it_on_alive()
    {
        var builder = Builder();
        builder.AddServiceConsumer<WidgetCreatedConsumer>("widgets").AddEduMessaging();

        using var host = builder.Build();
        Assert.Single(host.Services.GetServices<IHostedService>(), s => s is ConsumptionWatchdog);
        var checks = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Contains("live", Assert.Single(checks, c => c.Name == "consumption").Tags);
    }

    [Fact]
    public void A_stall_timeout_of_zero_turns_the_watchdog_off()
    {
        var builder = Builder(("Messaging:StallTimeout", "00:00:00"));
        builder.AddServiceConsumer<WidgetCreatedConsumer>("widgets").AddEduMessaging();

        using var host = builder.Build();
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is ConsumptionWatchdog);
    }

    static HostApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
            .Append(new("ConnectionStrings:messaging", "amqp://guest:guest@localhost:5672/")));
        return builder;
    }
}
