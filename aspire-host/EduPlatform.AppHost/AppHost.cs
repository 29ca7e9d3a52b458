// The distributed suite under .NET Aspire: the broker, one database per service, the five services (each waiting for its
// database and the broker, healthy when its /health is), the gateway in front (the only external endpoint) and, with
// --demo, the demo county loaded through the gateway. Connection-string names equal resource names ("messaging",
// "organizationdb"), which is what the services read. The choices are made by SuiteSetup before anything starts.
using EduPlatform.AppHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// The suite's projects serve plain HTTP on loopback (TLS belongs to the ingress in deploy/); without this every machine
// lacking a trusted development certificate, every Linux server among them, gets a false alarm in the dashboard.
// WithoutHttpsCertificate is marked experimental; it is Aspire's documented way to say so.
#pragma warning disable ASPIRECERTIFICATES001

// "--demo" is a bare switch; left in args, the command-line configuration would take the next argument as its value.
var builder = DistributedApplication.CreateBuilder([.. args.Where(a => a != "--demo")]);
var (setup, problems) = SuiteSetup.Decide(builder.Configuration, args.Contains("--demo"), builder.AppHostDirectory, MachineProbes.Real);
if (setup is null)
{
    return Refuse(problems);
}

IResourceBuilder<IResourceWithConnectionString> messaging = setup.Broker switch
{
    BrokerSource.ConnectionString => builder.AddConnectionString("messaging"),
    BrokerSource.Container => builder.AddRabbitMQ("messaging").WithManagementPlugin(),
    _ => builder.AddRabbitMqServer("messaging", setup.RabbitMqServer!, setup.DataFolder),
};
var databases = SuiteDatabases.Add(builder, setup);

// One key for the services and the gateway's development sign-in: Parameters:auth-signing-key, else a new one each run.
var signingKey = builder.AddParameter("auth-signing-key", new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true);

IResourceBuilder<ProjectResource> Service<TProject>(string name) where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name)
        .WithReference(databases[name + "db"]).WaitFor(databases[name + "db"])
        .WithReference(messaging).WaitFor(messaging)
        .WithEnvironment("Auth__SigningKey", signingKey)
        .WithHttpHealthCheck("/health")
        .WithoutHttpsCertificate();

var services = new[]
{
    Service<Projects.EduPlatform_Organization_Api>("organization"),
    Service<Projects.EduPlatform_Staffing_Api>("staffing"),
    Service<Projects.EduPlatform_Rotation_Api>("rotation"),
    Service<Projects.EduPlatform_Zoning_Api>("zoning"),
    Service<Projects.EduPlatform_Evaluation_Api>("evaluation"),
};

// WithReference gives the gateway each service's address as services__<name>__http__0, which service discovery reads.
var gateway = builder.AddProject<Projects.EduPlatform_Gateway>("gateway")
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithEndpoint("http", endpoint => endpoint.Port = setup.GatewayPort)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints()
    .WithoutHttpsCertificate();
foreach (var service in services)
{
    gateway.WithReference(service).WaitFor(service);
}

if (setup.LoadDemo)
{
    // The web console opens on the demo's school year (DemoCountyLoader.RosterYear), as the standalone host's --demo does.
    gateway.WithEnvironment("Console__SchoolYear", "2025");
    builder.AddProject<Projects.EduPlatform_DemoLoader>("demo")
        .WithReference(gateway).WaitFor(gateway)
        .WithEnvironment("Auth__SigningKey", signingKey)
        .WithoutHttpsCertificate();
}

var portsInUse = PortCheck.PortsInUse(builder.Configuration, builder.Resources, FreePorts.IsFree);
if (portsInUse.Count > 0)
{
    return Refuse(portsInUse);
}

var app = builder.Build();
app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EduPlatform.AppHost").LogInformation(
    "RabbitMQ：{Broker}；数据库：{Databases}；数据目录 {Folder}；网关端口 {Port}；演示县：{Demo}",
    setup.Broker switch
    {
        BrokerSource.ConnectionString => "已有代理（ConnectionStrings:messaging）",
        BrokerSource.Container => "容器（rabbitmq:management）",
        _ => $"本机 rabbitmq-server 作为可执行资源（{setup.RabbitMqServer}）",
    },
    SuiteDatabases.Describe(builder.Configuration, setup), setup.DataFolder, setup.GatewayPort, setup.LoadDemo ? "加载" : "不加载");
app.Run();
return 0;

// Says why nothing was started, in the terms of what to install or set, and exits with 2 (a set-up error).
static int Refuse(IReadOnlyList<string> problems)
{
    Console.Error.WriteLine("EduPlatform AppHost 无法启动：");
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"  - {problem}");
    }

    return 2;
}
