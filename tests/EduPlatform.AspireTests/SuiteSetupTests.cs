using EduPlatform.AppHost;
using Microsoft.Extensions.Configuration;

namespace EduPlatform.AspireTests;

/// <summary>The AppHost's choices of broker and databases, and the set-ups it refuses, on machines described by probes.</summary>
public sealed class SuiteSetupTests
{
    const string Installed = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    static MachineProbes Machine(string? runtime = null, string? rabbitMqServer = null) => new(_ => runtime, _ => rabbitMqServer);

    static (SuiteSetup? Setup, IReadOnlyList<string> Problems) Decide(MachineProbes machine, params (string Key, string Value)[] settings) =>
        SuiteSetup.Decide(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(),
            demoSwitch: false, "/apphost", machine);

    [Fact]
    public void A_given_broker_connection_string_is_used_whatever_the_machine_has()
    {
        var (setup, _) = Decide(Machine("docker", Installed), ("ConnectionStrings:messaging", "amqp://guest:guest@broker:5672/"));
        Assert.Equal(BrokerSource.ConnectionString, setup!.Broker);
    }

    [Fact]
    public void A_container_runtime_runs_the_broker_as_a_container()
    {
        var (setup, _) = Decide(Machine("podman", Installed));
        Assert.Equal(BrokerSource.Container, setup!.Broker);
    }

    [Fact]
    public void Without_a_container_runtime_the_installed_rabbitmq_server_runs_as_an_executable()
    {
        var (setup, _) = Decide(Machine(rabbitMqServer: Installed));
        Assert.Equal(BrokerSource.RabbitMqServer, setup!.Broker);
        Assert.Equal(Installed, setup.RabbitMqServer);
    }

    [Fact]
    public void With_no_runtime_no_rabbitmq_server_and_no_connection_string_it_says_what_to_install_or_set()
    {
        var (setup, problems) = Decide(Machine());
        Assert.Null(setup);
        var problem = Assert.Single(problems);
        Assert.Contains("apt-get install -y rabbitmq-server", problem);
        Assert.Contains("Docker/Podman", problem);
        Assert.Contains("ConnectionStrings__messaging", problem);
    }

    [Theory]
    [InlineData("container", "rabbitmq-server", "Messaging:Broker=container")]
    [InlineData("rabbitmq-server", "docker", "Messaging:Broker=rabbitmq-server")]
    [InlineData("connection-string", "docker", "ConnectionStrings__messaging")]
    [InlineData("kafka", "docker", "auto、container、rabbitmq-server、connection-string")]
    public void A_broker_asked_for_that_the_machine_cannot_give_is_refused_by_name(string asked, string machineHas, string named)
    {
        var machine = machineHas == "docker" ? Machine(runtime: "docker") : Machine(rabbitMqServer: Installed);
        var (setup, problems) = Decide(machine, ("Messaging:Broker", asked));
        Assert.Null(setup);
        Assert.Contains(named, Assert.Single(problems));
    }

    [Fact]
    public void Sql_server_in_a_container_needs_a_container_runtime()
    {
        Assert.True(Decide(Machine("docker"), ("Database:SqlServer", "container")).Setup!.SqlServerContainer);
        var (setup, problems) = Decide(Machine(rabbitMqServer: Installed), ("Database:SqlServer", "container"));
        Assert.Null(setup);
        Assert.Contains("Database:SqlServer=container", Assert.Single(problems));
    }

    [Fact]
    public void By_default_sqlite_files_in_the_apphosts_data_folder_the_gateway_on_5100_and_no_demo()
    {
        var (setup, _) = Decide(Machine(rabbitMqServer: Installed));
        Assert.False(setup!.SqlServerContainer);
        Assert.Equal(Path.GetFullPath("/apphost/data"), setup.DataFolder);
        Assert.Equal(5100, setup.GatewayPort);
        Assert.False(setup.LoadDemo);
        Assert.True(Decide(Machine(rabbitMqServer: Installed), ("Demo:Load", "true")).Setup!.LoadDemo);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("gateway")]
    public void A_gateway_port_that_is_no_port_is_refused(string port)
    {
        var (setup, problems) = Decide(Machine(rabbitMqServer: Installed), ("Gateway:Port", port));
        Assert.Null(setup);
        Assert.Contains("Gateway:Port", Assert.Single(problems));
    }
}
