using EduPlatform.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.Platform.Tests;

public sealed class MessagingRegistrationTests
{
    [Fact]
    public void An_unknown_queue_type_is_refused_at_start_with_the_setting_named()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@localhost:5672/",
            ["Messaging:QueueType"] = "mirrored",
        });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddEduMessaging());
        Assert.Contains("Messaging:QueueType is 'mirrored'", error.Message);
    }
}
