using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;

namespace EduPlatform.ArchitectureTests;

using static SuiteConfiguration;

/// <summary>
/// What an IT department applies must run what we build: every manifest in deploy/ names the images the projects
/// publish, probes /health and /alive, asks for resources, exports telemetry, and sets only settings a host reads.
/// </summary>
public sealed partial class DeployManifestTests
{
    static readonly string Kubernetes = Path.Combine(Repo.Root, "deploy", "kubernetes");
    static readonly string Compose = Path.Combine(Repo.Root, "deploy", "compose", "compose.yaml");

    public static readonly TheoryData<string> AllHosts = new(Hosts);

    static List<YamlMappingNode> Manifests() =>
        Directory.EnumerateFiles(Kubernetes, "*.yaml").SelectMany(Yaml.Documents).ToList();

    static YamlMappingNode Single(string kind, string name) =>
        Assert.Single(Manifests(), d => d.Text("kind") == kind && d.Text("metadata.name") == name);

    /// <summary>The image <c>dotnet publish -t:PublishContainer</c> builds for a host, from its project file.</summary>
    static string ImageOf(string host)
    {
        var project = host == "gateway"
            ? Path.Combine(Repo.Root, "aspire-host", "EduPlatform.Gateway", "EduPlatform.Gateway.csproj")
            : Path.Combine(Repo.Root, "services", host, $"EduPlatform.{char.ToUpperInvariant(host[0])}{host[1..]}.Api",
                $"EduPlatform.{char.ToUpperInvariant(host[0])}{host[1..]}.Api.csproj");
        var repository = XDocument.Load(project).Descendants("ContainerRepository").SingleOrDefault()?.Value;
        Assert.False(string.IsNullOrEmpty(repository), $"{Path.GetFileName(project)} sets no ContainerRepository");
        return repository;
    }

    static Dictionary<string, YamlNode> Env(YamlNode container) =>
        container.Items("env").ToDictionary(e => e.Text("name")!, e => e);

    [Theory]
    [MemberData(nameof(AllHosts))]
    public void Each_host_runs_its_image_with_replicas_probes_resources_and_telemetry(string host)
    {
        var deployment = Single("Deployment", host);
        Assert.True(int.Parse(deployment.Text("spec.replicas") ?? "1") >= 2, $"{host} must run at least two replicas");
        var container = Assert.Single(deployment.Items("spec.template.spec.containers"));
        Assert.Equal(ImageOf(host), container.Text("image")!.Split(':')[0]);

        var port = Assert.Single(container.Items("ports"));
        Assert.Equal("8080", port.Text("containerPort")); // the port ASP.NET Core images listen on
        Assert.Equal("/health", container.Text("readinessProbe.httpGet.path"));
        Assert.Equal("/alive", container.Text("livenessProbe.httpGet.path"));
        Assert.Equal(port.Text("name"), container.Text("readinessProbe.httpGet.port"));
        Assert.Equal(port.Text("name"), container.Text("livenessProbe.httpGet.port"));
        Assert.NotNull(container.Text("resources.requests.cpu"));
        Assert.NotNull(container.Text("resources.requests.memory"));
        Assert.NotNull(container.Text("resources.limits.memory"));

        var env = Env(container);
        Assert.Equal(host, env["OTEL_SERVICE_NAME"].Text("value"));
        var config = ConfigMapKeys(container);
        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", config.Concat(env.Keys));

        var service = Single("Service", host);
        Assert.Equal(host, SelectorName(service));
    }

    [Theory]
    [MemberData(nameof(AllHosts))]
    public void Each_host_is_given_only_settings_it_reads_and_the_ones_it_needs(string host)
    {
        var container = Assert.Single(Single("Deployment", host).Items("spec.template.spec.containers"));
        var env = Env(container);
        var expanded = env.Values.Select(e => e.Text("value") ?? "").SelectMany(v => Expansion().Matches(v).Select(m => m.Groups[1].Value)).ToHashSet();
        foreach (var name in env.Keys.Where(n => !expanded.Contains(n)))
        {
            Assert.True(Reads(host, name), $"{host} is given {name}, which it does not read");
        }

        foreach (var key in ConfigMapKeys(container))
        {
            Assert.True(ReadByAnyHost(key), $"the shared ConfigMap sets {key}, which no host reads");
        }

        var secrets = SecretKeys();
        foreach (var reference in env.Values.Select(e => e.Get("valueFrom.secretKeyRef")).OfType<YamlNode>())
        {
            Assert.Equal("eduplatform-secrets", reference.Text("name"));
            Assert.Contains(reference.Text("key")!, secrets);
        }

        if (host == "gateway")
        {
            foreach (var service in Services)
            {
                Assert.Equal($"http://{service}", env[$"services__{service}__http__0"].Text("value"));
            }
        }
        else
        {
            Assert.Equal($"{host}db", env[$"ConnectionStrings__{host}db"].Text("valueFrom.secretKeyRef.key"));
            Assert.Equal("messaging", env["ConnectionStrings__messaging"].Text("valueFrom.secretKeyRef.key"));
            Assert.Equal("auth-signing-key", env["Auth__SigningKey"].Text("valueFrom.secretKeyRef.key"));
        }
    }

    [Fact]
    public void RabbitMQ_runs_three_nodes_and_the_services_declare_quorum_queues()
    {
        var rabbit = Single("StatefulSet", "rabbitmq");
        Assert.Equal("3", rabbit.Text("spec.replicas"));
        Assert.NotNull(Single("Service", "rabbitmq"));
        Assert.Equal("quorum", Single("ConfigMap", "eduplatform-config").Text("data.Messaging__QueueType"));
        Assert.Contains("amqp://", Single("Secret", "eduplatform-secrets").Text("stringData.messaging"));
    }

    [Fact]
    public void The_kustomization_applies_every_manifest_but_the_secret_example_and_places_every_image()
    {
        var kustomization = Yaml.Documents(Path.Combine(Kubernetes, "kustomization.yaml")).Single();
        var listed = kustomization.Items("resources").Select(r => ((YamlScalarNode)r).Value!).Order();
        var files = Directory.EnumerateFiles(Kubernetes, "*.yaml").Select(Path.GetFileName)
            .Where(f => f is not ("kustomization.yaml" or "secrets.example.yaml")).Order();
        Assert.Equal(files, listed);
        Assert.Equal(Hosts.Select(ImageOf).Order(), kustomization.Items("images").Select(i => i.Text("name")!).Order());
    }

    [Theory]
    [MemberData(nameof(AllHosts))]
    public void The_compose_file_runs_each_host_with_settings_it_reads(string host)
    {
        var compose = Yaml.Documents(Compose).Single();
        var service = compose.Get($"services.{host}")!;
        Assert.Equal(ImageOf(host), service.Text("image")!.Split(':')[0]);
        var environment = service.Entries("environment").ToDictionary(e => e.Key, e => ((YamlScalarNode)e.Value).Value ?? "");
        foreach (var name in environment.Keys)
        {
            Assert.True(Reads(host, name), $"compose gives {host} {name}, which it does not read");
        }

        Assert.Equal(host, environment["OTEL_SERVICE_NAME"]);
        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", environment.Keys);
        if (host == "gateway")
        {
            Assert.All(Services, s => Assert.Equal($"http://{s}:8080", environment[$"services__{s}__http__0"]));
        }
        else
        {
            Assert.Contains($"Database={host}", environment[$"ConnectionStrings__{host}db"]);
            Assert.StartsWith("amqp://", environment["ConnectionStrings__messaging"]);
            Assert.Equal("service_healthy", service.Text("depends_on.rabbitmq.condition"));
        }
    }

    [Fact]
    public void Every_configuration_key_the_code_reads_is_known_to_these_tests()
    {
        var sources = new[] { "shared", "services", "web", Path.Combine("aspire-host", "EduPlatform.Gateway") }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Repo.Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/"))
            .Select(File.ReadAllText)
            .ToList();
        var sections = sources.SelectMany(s => SectionRead().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet();
        var keys = sources.SelectMany(s => KeyRead().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.NotEmpty(sections);
        Assert.All(sections, s => Assert.True(Sections.ContainsKey(s), $"the code reads section {s}; add it to SuiteConfiguration"));
        Assert.All(keys, k => Assert.True(Keys.ContainsKey(k), $"the code reads {k}; add it to SuiteConfiguration"));
    }

    static IEnumerable<string> ConfigMapKeys(YamlNode container) =>
        container.Items("envFrom").Select(e => e.Text("configMapRef.name")).OfType<string>()
            .SelectMany(name => Single("ConfigMap", name).Entries("data").Select(e => e.Key));

    static HashSet<string> SecretKeys() =>
        Yaml.Documents(Path.Combine(Kubernetes, "secrets.example.yaml")).Single().Entries("stringData").Select(e => e.Key).ToHashSet();

    static string? SelectorName(YamlNode service) =>
        service.Entries("spec.selector").FirstOrDefault(e => e.Key == "app.kubernetes.io/name").Value is YamlScalarNode s ? s.Value : null;

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex Expansion();

    [GeneratedRegex(@"GetSection\(""([^""]+)""\)")]
    private static partial Regex SectionRead();

    [GeneratedRegex(@"onfiguration\[""([^""]+)""\]")]
    private static partial Regex KeyRead();
}
