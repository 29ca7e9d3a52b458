using Microsoft.Extensions.Configuration;

namespace EduPlatform.AppHost;

/// <summary>Where the broker comes from.</summary>
public enum BrokerSource
{
    /// <summary><c>ConnectionStrings:messaging</c>: a broker that already runs.</summary>
    ConnectionString,
    /// <summary>Aspire's RabbitMQ container with the management plugin.</summary>
    Container,
    /// <summary>The installed <c>rabbitmq-server</c> as an executable resource.</summary>
    RabbitMqServer,
}

/// <summary>What the machine offers, asked only when a decision needs it (asking a container engine takes a moment).</summary>
public sealed record MachineProbes(Func<string?, string?> FindContainerRuntime, Func<string?, string?> FindRabbitMqServer)
{
    public static readonly MachineProbes Real = new(ContainerRuntime.Find, RabbitMqServerExtensions.FindInstalled);
}

/// <summary>
/// The AppHost's choices, made before anything starts: the broker (an existing one by connection string; else a container
/// where a runtime runs; else the installed rabbitmq-server), the databases (a service's own connection string; else a
/// SQL Server container if asked for; else its SQLite file), the data folder, the gateway's port and the demo county.
/// A set-up that cannot work comes back as problems, each saying what to install or set, so the AppHost exits at once
/// instead of starting half a suite (ports in use are found by <see cref="PortCheck"/> once the resources exist).
/// Messages are Chinese, with the setting names as they are typed.
/// </summary>
public sealed record SuiteSetup(
    BrokerSource Broker,
    string? RabbitMqServer,
    bool SqlServerContainer,
    string DataFolder,
    int GatewayPort,
    bool LoadDemo)
{
    /// <summary>The port clients and the web console use (README); only the gateway is an external endpoint.</summary>
    public const int DefaultGatewayPort = 5100;

    public static (SuiteSetup? Setup, IReadOnlyList<string> Problems) Decide(IConfiguration configuration, bool demoSwitch, string appHostDirectory, MachineProbes machine)
    {
        var problems = new List<string>();
        string? runtime = null;
        var runtimeAsked = false;
        string? Runtime()
        {
            if (!runtimeAsked)
            {
                runtime = machine.FindContainerRuntime(configuration["ASPIRE_CONTAINER_RUNTIME"]);
                runtimeAsked = true;
            }

            return runtime;
        }

        var (broker, server) = ChooseBroker(configuration, Runtime, machine, problems);
        var sqlServerContainer = ChooseSqlServerContainer(configuration, Runtime, problems);
        var gatewayPort = ReadPort(configuration, "Gateway:Port", DefaultGatewayPort, problems);

        var dataFolder = Path.GetFullPath(configuration["Data:Folder"] ?? Path.Combine(appHostDirectory, "data"));
        var loadDemo = demoSwitch || configuration.GetValue<bool>("Demo:Load");
        return problems.Count > 0
            ? (null, problems)
            : (new SuiteSetup(broker, server, sqlServerContainer, dataFolder, gatewayPort, loadDemo), problems);
    }

    static (BrokerSource, string?) ChooseBroker(IConfiguration configuration, Func<string?> runtime, MachineProbes machine, List<string> problems)
    {
        var asked = configuration["Messaging:Broker"]?.ToLowerInvariant();
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("messaging")) && asked is null or "" or "auto" or "connection-string")
        {
            return (BrokerSource.ConnectionString, null);
        }

        switch (asked)
        {
            case null or "" or "auto":
                if (runtime() is not null)
                {
                    return (BrokerSource.Container, null);
                }

                if (machine.FindRabbitMqServer(configuration["Messaging:RabbitMqServer"]) is { } found)
                {
                    return (BrokerSource.RabbitMqServer, found);
                }

                problems.Add("没有可用的 RabbitMQ：本机没有容器引擎（Docker 或 Podman）、没有安装 rabbitmq-server，也没有给出已有代理的连接串。"
                    + "请任选其一：安装 rabbitmq-server（Debian/Ubuntu：apt-get install -y rabbitmq-server；macOS：brew install rabbitmq）；"
                    + "或启动 Docker/Podman；或设置 ConnectionStrings__messaging=amqp://用户名:密码@主机:5672/ 指向已有的代理。");
                return (BrokerSource.RabbitMqServer, null);
            case "container":
                if (runtime() is null)
                {
                    problems.Add("Messaging:Broker=container，但本机没有可用的容器引擎（docker info / podman info 均失败）。请启动 Docker 或 Podman，或改用 Messaging:Broker=rabbitmq-server。");
                }

                return (BrokerSource.Container, null);
            case "rabbitmq-server":
                var server = machine.FindRabbitMqServer(configuration["Messaging:RabbitMqServer"]);
                if (server is null)
                {
                    problems.Add("Messaging:Broker=rabbitmq-server，但没有找到 rabbitmq-server。请安装它（Debian/Ubuntu：apt-get install -y rabbitmq-server），或确认它在 PATH 中。");
                }

                return (BrokerSource.RabbitMqServer, server);
            case "connection-string":
                problems.Add("Messaging:Broker=connection-string，但没有设置 ConnectionStrings__messaging（例如 amqp://guest:guest@localhost:5672/）。");
                return (BrokerSource.ConnectionString, null);
            default:
                problems.Add($"Messaging:Broker 的值 “{asked}” 无效；可选 auto、container、rabbitmq-server、connection-string。");
                return (BrokerSource.ConnectionString, null);
        }
    }

    static bool ChooseSqlServerContainer(IConfiguration configuration, Func<string?> runtime, List<string> problems)
    {
        switch (configuration["Database:SqlServer"]?.ToLowerInvariant())
        {
            case null or "" or "none":
                return false;
            case "container":
                if (runtime() is null)
                {
                    problems.Add("Database:SqlServer=container，但本机没有可用的容器引擎（Docker 或 Podman）。请启动容器引擎，"
                        + "或为每个服务给出 SQL Server 连接串（ConnectionStrings__organizationdb 等），或去掉该设置以使用 SQLite 文件。");
                }

                return true;
            case var other:
                problems.Add($"Database:SqlServer 的值 “{other}” 无效；可选 container 或 none（默认：每个服务一个 SQLite 文件）。");
                return false;
        }
    }

    static int ReadPort(IConfiguration configuration, string key, int fallback, List<string> problems)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, out var port) && port is > 0 and < 65536)
        {
            return port;
        }

        problems.Add($"{key} 的值 “{value}” 不是有效端口（1–65535）。");
        return fallback;
    }
}
