using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using System.Text;
using RabbitMQ.Client;

namespace EduPlatform.AppHost;

/// <summary>
/// An installed <c>rabbitmq-server</c> run by the AppHost as an executable resource, for machines without a container
/// runtime: its own node name, loopback ports and data folder, so it never meets a broker the machine already runs.
/// The connection string is <c>amqp://guest:guest@127.0.0.1:{port}/</c> (RabbitMQ lets guest in from loopback only).
/// </summary>
public sealed class RabbitMqServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string AmqpEndpointName = "amqp";

    public EndpointReference Amqp => new(this, AmqpEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Amqp.Property(EndpointProperty.Port)}/");
}

public static class RabbitMqServerExtensions
{
    /// <summary>Where Debian, Ubuntu and Homebrew put the script that runs the broker in the foreground.</summary>
    static readonly string[] KnownLocations =
        ["/usr/lib/rabbitmq/bin/rabbitmq-server", "/opt/homebrew/sbin/rabbitmq-server", "/usr/local/sbin/rabbitmq-server"];

    /// <summary>
    /// The broker script to run: the one <c>Messaging:RabbitMqServer</c> names, if it exists; else Debian's script behind
    /// <c>/usr/sbin/rabbitmq-server</c> (a wrapper that switches to the rabbitmq user and its folders) or Homebrew's;
    /// else the first <c>rabbitmq-server</c> on PATH.
    /// </summary>
    public static string? FindInstalled(string? configured) => configured is not null
        ? (File.Exists(configured) ? configured : null)
        : KnownLocations.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "rabbitmq-server")).FirstOrDefault(File.Exists);

    /// <summary>
    /// Adds the broker with the management plugin. Ports are free loopback ports chosen now (AMQP, management UI, Erlang
    /// distribution); the node name is derived from the data folder, so two AppHosts with different folders run side by
    /// side. Healthy once a client connection opens, which is what <c>WaitFor</c> waits for.
    /// </summary>
    public static IResourceBuilder<RabbitMqServerResource> AddRabbitMqServer(this IDistributedApplicationBuilder builder,
        string name, string command, string dataFolder)
    {
        var folder = Path.GetFullPath(Path.Combine(dataFolder, "rabbitmq"));
        Directory.CreateDirectory(folder);
        // RabbitMQ reads its plugin list, settings and environment file from here, never from /etc/rabbitmq.
        File.WriteAllText(Path.Combine(folder, "enabled_plugins"), "[rabbitmq_management].\n");
        File.WriteAllText(Path.Combine(folder, "rabbitmq-env.conf"), "");
        var (amqp, management, distribution) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        File.WriteAllText(Path.Combine(folder, "rabbitmq.conf"), $"""
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {management}
            """);

        var resource = new RabbitMqServerResource(name, command, folder);
        var healthCheck = $"{name}_check";
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, ct) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct));
        IConnection? connection = null;
        builder.Services.AddHealthChecks().AddRabbitMQ(async _ =>
            connection ??= await new ConnectionFactory { Uri = new Uri(connectionString!) }.CreateConnectionAsync(), healthCheck);

        return builder.AddResource(resource)
            .WithEndpoint(port: amqp, targetPort: amqp, scheme: "amqp", name: RabbitMqServerResource.AmqpEndpointName, isProxied: false)
            .WithHttpEndpoint(port: management, targetPort: management, name: "management", isProxied: false)
            .WithEnvironment("RABBITMQ_NODENAME", $"eduplatform-{Hash(folder)}@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", amqp.ToString())
            .WithEnvironment("RABBITMQ_DIST_PORT", distribution.ToString())
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", Path.Combine(folder, "rabbitmq-env.conf"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(folder, "rabbitmq.conf"))
            .WithEnvironment("RABBITMQ_ADVANCED_CONFIG_FILE", Path.Combine(folder, "advanced.config"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(folder, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(folder, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(folder, "log"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(folder, "rabbitmq.pid"))
            // Logs to standard output, so the dashboard's console view shows them.
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithHealthCheck(healthCheck);
    }

    static string Hash(string folder) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..8];
}
