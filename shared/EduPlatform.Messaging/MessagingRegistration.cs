using EduPlatform.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduPlatform.Messaging;

/// <summary>Settings under <c>Messaging</c>; the broker itself is <c>ConnectionStrings:messaging</c> (amqp://user:pass@host:port/vhost).</summary>
public sealed class MessagingOptions
{
    /// <summary>
    /// Measured on our 2-core machines: MassTransit's default prefetch (16) capped a consumer near 3.3k msg/s;
    /// 1000 with a concurrency limit of 64 reached 5.1k/s (architecture.md, Messaging rules).
    /// </summary>
    public ushort PrefetchCount { get; set; } = 1000;

    public int ConcurrentMessageLimit { get; set; } = 64;

    public int RetryLimit { get; set; } = 5;

    /// <summary>
    /// <c>classic</c> or <c>quorum</c>. Quorum queues are replicated across a RabbitMQ cluster and survive the loss of a
    /// node; a queue keeps the type it was created with, so choose before the first start (deploy/README.md).
    /// </summary>
    public string QueueType { get; set; } = "classic";

    /// <summary>First retry interval; later ones grow exponentially up to <see cref="RetryMaxInterval"/>.</summary>
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The AMQP heartbeat timeout this client asks for: a connection silent this long is dead to both sides. RabbitMQ's
    /// default is 60 s; its docs call 5–20 s optimal for most environments (rabbitmq.com/docs/heartbeats). Zero takes
    /// the broker's value.
    /// </summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a queue may hold ready messages while none reaches this process before the consumption watchdog acts
    /// (<see cref="ConsumptionWatchdog"/>). Longer than any one message's retries take; zero turns the watchdog off.
    /// </summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a service may be unable to reach the broker, or to publish its outbox, before <c>/health</c> (readiness)
    /// answers 503. Longer than a reconnect takes; shorter than anyone would wait for an event.
    /// </summary>
    public TimeSpan ReadinessThreshold { get; set; } = TimeSpan.FromSeconds(30);
}

public static class MessagingRegistration
{
    /// <summary>A module declares one consumer per event it listens to; the queue is "{service}-{event}".</summary>
    public static IHostApplicationBuilder AddServiceConsumer<TConsumer>(this IHostApplicationBuilder builder, string serviceName)
        where TConsumer : class, IConsumer
    {
        var messageType = typeof(TConsumer).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])
            .Single();
        Registry(builder.Services).Consumers.Add(new ConsumerRegistration(typeof(TConsumer), EndpointNames.For(serviceName, messageType)));
        return builder;
    }

    /// <summary>The outbox relay for one service database.</summary>
    public static IHostApplicationBuilder AddOutboxRelay<TDatabase>(this IHostApplicationBuilder builder) where TDatabase : ServiceDatabase
    {
        builder.Services.AddHostedService<OutboxRelay<TDatabase>>();
        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection("Messaging"));
        builder.Services.TryAddSingleton(TimeProvider.System);
        var name = typeof(TDatabase).Name.Replace("Database", "", StringComparison.Ordinal).ToLowerInvariant();
        builder.Services.AddHealthChecks().AddCheck<OutboxReadiness<TDatabase>>($"{name}-outbox", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Configures MassTransit once for the process, after every module has declared its consumers: RabbitMQ when
    /// <c>ConnectionStrings:messaging</c> is set, otherwise the in-memory transport (standalone mode).
    /// </summary>
    public static IHostApplicationBuilder AddEduMessaging(this IHostApplicationBuilder builder)
    {
        var registry = Registry(builder.Services);
        builder.Services.Configure<OutboxRelayOptions>(builder.Configuration.GetSection("Messaging:Outbox"));
        var options = builder.Configuration.GetSection("Messaging").Get<MessagingOptions>() ?? new MessagingOptions();
        Validate(options);
        Validate(builder.Configuration.GetSection("Messaging:Outbox").Get<OutboxRelayOptions>() ?? new OutboxRelayOptions());
        var broker = builder.Configuration.GetConnectionString("messaging");
        var quorum = options.QueueType.ToLowerInvariant() switch
        {
            "quorum" => true,
            "classic" => false,
            _ => throw new InvalidOperationException($"Messaging:QueueType is '{options.QueueType}'; it must be 'classic' or 'quorum'."),
        };

        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection("Messaging"));
        builder.Services.AddSingleton<IOutboxPublisherFactory>(sp => ActivatorUtilities.CreateInstance<OutboxPublisherFactory>(sp, broker ?? ""));
        builder.Services.AddMassTransit(x =>
        {
            // MassTransit reports usage to its vendor unless told not to; a county's deployment sends nothing anywhere
            // it was not configured to (the broker, its databases, its OTLP endpoint).
            x.DisableUsageTelemetry();
            // Its own check stays out of readiness: BusReadiness reads the same state and allows a reconnect's blip.
            x.ConfigureHealthCheckOptions(o =>
            {
                o.Tags.Clear();
                o.Tags.Add("masstransit");
            });

            foreach (var consumer in registry.Consumers)
            {
                x.AddConsumer(consumer.ConsumerType).Endpoint(e =>
                {
                    e.Name = consumer.EndpointName;
                    e.PrefetchCount = options.PrefetchCount;
                    e.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                });
            }

            x.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                if (quorum && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }

                // Retry with back-off, then MassTransit moves the message to "<queue>_error": a poison message never blocks a queue.
                endpoint.UseMessageRetry(r => r.Exponential(options.RetryLimit, options.RetryMinInterval,
                    options.RetryMaxInterval, options.RetryMinInterval));
            });

            if (string.IsNullOrWhiteSpace(broker))
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
            else
            {
                var uri = new Uri(broker);
                x.UsingRabbitMq((context, cfg) =>
                {
                    ConfigureHost(cfg, uri, options);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        if (!string.IsNullOrWhiteSpace(broker))
        {
            builder.Services.TryAddSingleton(TimeProvider.System);
            // A singleton: it remembers since when the bus is down (a check type not registered is created per probe).
            builder.Services.AddSingleton<BusReadiness>();
            builder.Services.AddHealthChecks().AddCheck<BusReadiness>("broker", tags: ["ready"]);
            AddConsumptionWatchdog(builder, broker, registry.Consumers.Select(c => c.EndpointName).ToArray(), options);
        }

        return builder;
    }

    static void Validate(OutboxRelayOptions relay)
    {
        if (relay.BatchSize < 1 || relay.ConfirmWindow < 1)
        {
            throw new InvalidOperationException(
                $"Messaging:Outbox:BatchSize is {relay.BatchSize} and ConfirmWindow {relay.ConfirmWindow}; both must be at least 1.");
        }

        if (relay.PublishTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Messaging:Outbox:PublishTimeout is {relay.PublishTimeout}; it must be positive.");
        }
    }

    static void Validate(MessagingOptions options)
    {
        if (options.StallTimeout < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Messaging:StallTimeout is {options.StallTimeout}; it must be zero (off) or positive.");
        }

        if (options.ReadinessThreshold <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Messaging:ReadinessThreshold is {options.ReadinessThreshold}; it must be positive.");
        }

        if (options.Heartbeat < TimeSpan.Zero || options.Heartbeat.TotalSeconds > ushort.MaxValue)
        {
            throw new InvalidOperationException($"Messaging:Heartbeat is {options.Heartbeat}; it must be between zero (the broker's value) and {ushort.MaxValue} s.");
        }
    }

    static void AddConsumptionWatchdog(IHostApplicationBuilder builder, string broker, string[] queues, MessagingOptions options)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DeliveryActivity>();
        builder.Services.AddReceiveObserver(sp => sp.GetRequiredService<DeliveryActivity>());
        builder.Services.AddSingleton<ConsumptionStatus>();
        builder.Services.AddHealthChecks().AddCheck<ConsumptionStatus>("consumption", tags: ["live"]);
        if (queues.Length == 0 || options.StallTimeout == TimeSpan.Zero)
        {
            return;
        }

        builder.Services.AddHostedService(sp => new ConsumptionWatchdog(
            queues,
            new BrokerQueueDepths(broker),
            sp.GetRequiredService<DeliveryActivity>(),
            sp.GetRequiredService<ConsumptionStatus>(),
            BrokerSocket.DropConnections,
            options.StallTimeout,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IHostApplicationLifetime>(),
            sp.GetRequiredService<ILogger<ConsumptionWatchdog>>()));
    }

    static void ConfigureHost(IRabbitMqBusFactoryConfigurator cfg, Uri uri, MessagingOptions options)
    {
        var userInfo = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (ushort)5672 : (ushort)uri.Port;
        cfg.Host(uri.Host, port, string.IsNullOrEmpty(virtualHost) ? "/" : virtualHost, h =>
        {
            // Called before every (re)connect with the client's ConnectionFactory: the one hook MassTransit 8 offers to it.
            h.OnRefreshConnectionFactory = factory =>
            {
                factory.SocketFactory = BrokerSocket.Create;
                factory.RequestedHeartbeat = options.Heartbeat; // here, not h.Heartbeat: MassTransit reads zero as "its default"
                return Task.CompletedTask;
            };
            if (userInfo[0].Length > 0)
            {
                h.Username(Uri.UnescapeDataString(userInfo[0]));
                h.Password(userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "");
            }
        });
    }

    static ConsumerRegistry Registry(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(ConsumerRegistry))?.ImplementationInstance;
        if (existing is ConsumerRegistry registry)
        {
            return registry;
        }

        registry = new ConsumerRegistry();
        services.AddSingleton(registry);
        return registry;
    }

    sealed record ConsumerRegistration(Type ConsumerType, string EndpointName);

    sealed class ConsumerRegistry
    {
        public List<ConsumerRegistration> Consumers { get; } = [];
    }
}
