using System.Net.Http.Headers;
using EduPlatform.ServiceDefaults;
using Microsoft.Data.Sqlite;

namespace EduPlatform.EndToEndTests;

/// <summary>
/// Services of the distributed suite as separate processes on one broker, each with its own SQLite file in one data
/// folder. Disposing stops them all. (The suite behind its gateway runs under Aspire: tests/EduPlatform.AspireTests.)
/// </summary>
public sealed class Suite : IAsyncDisposable
{
    public const string SigningKey = "end-to-end-tests-signing-key-0123456789abcdef";
    readonly Dictionary<string, ServiceProcess> _services = [];
    readonly List<ServiceProcess> _extra = [];
    readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _serviceEnvironment;
    readonly SemaphoreSlim _restarts = new(1, 1);
    readonly CancellationTokenSource _stopping = new();
    Task? _supervisor;

    Suite(string brokerUri, IReadOnlyDictionary<string, string>? extraEnvironment,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? serviceEnvironment)
    {
        _serviceEnvironment = serviceEnvironment ?? new Dictionary<string, IReadOnlyDictionary<string, string>>();
        DataFolder = Path.Combine(Path.GetTempPath(), $"eduplatform-e2e-{Guid.NewGuid():N}");
        Environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__messaging"] = brokerUri,
            ["Data__Folder"] = DataFolder,
            ["Auth__SigningKey"] = SigningKey,
        };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            Environment[key] = value;
        }
    }

    public string DataFolder { get; }
    public Dictionary<string, string> Environment { get; }

    /// <summary>
    /// Starts the consumers first, so no event is published before its queues exist.
    /// <paramref name="serviceEnvironment"/> adds or overrides settings for one service (its replicas and restarts too).
    /// </summary>
    public static async Task<Suite> StartAsync(string brokerUri, string[] services,
        IReadOnlyDictionary<string, string>? environment = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? serviceEnvironment = null)
    {
        var suite = new Suite(brokerUri, environment, serviceEnvironment);
        try
        {
            foreach (var service in services.OrderBy(s => s == "organization"))
            {
                suite._services[service] = await ServiceProcess.StartAsync(service, suite.EnvironmentOf(service));
            }

            suite._supervisor = suite.SuperviseAsync();
            return suite;
        }
        catch
        {
            await suite.DisposeAsync();
            throw;
        }
    }

    /// <summary>The gateway in front of the running services, as the deploy files run it (their addresses by service discovery).</summary>
    public async Task<ServiceProcess> StartGatewayAsync()
    {
        var environment = _services.ToDictionary(s => $"services__{s.Key}__http__0", s => s.Value.BaseAddress.ToString());
        var gateway = await ServiceProcess.StartAsync("gateway", environment);
        _extra.Add(gateway);
        return gateway;
    }

    /// <summary>Another replica of a service on the same database and queues.</summary>
    public async Task<ServiceProcess> AddReplicaAsync(string service)
    {
        var replica = await ServiceProcess.StartAsync(service, EnvironmentOf(service));
        _extra.Add(replica);
        return replica;
    }

    /// <summary>kill -9, then the same service started again on the same address, database and queues.</summary>
    public async Task<ServiceProcess> KillAndRestartAsync(string service)
    {
        await _restarts.WaitAsync();
        try
        {
            var killed = _services[service];
            await killed.KillAsync();
            await killed.DisposeAsync();
            _extra.Add(killed);
            return _services[service] = await ServiceProcess.StartAsync(service, EnvironmentOf(service), killed.BaseAddress.Port);
        }
        finally
        {
            _restarts.Release();
        }
    }

    /// <summary>What the supervisor did: each service that ended on its own and was started again.</summary>
    public List<string> SupervisorRestarts { get; } = [];

    /// <summary>
    /// The supervisor production has (systemd, Kubernetes): a service that ends on its own — the consumption watchdog's
    /// last resort is exit code 1 for exactly this — is started again on the same address, database and queues.
    /// </summary>
    async Task SuperviseAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            await Task.Delay(500).ConfigureAwait(false);
            await _restarts.WaitAsync();
            try
            {
                foreach (var (service, process) in _services.Where(s => s.Value.ExitedOnItsOwn).ToList())
                {
                    SupervisorRestarts.Add($"{service} exited with code {process.ExitCode} and was started again");
                    await process.DisposeAsync();
                    _extra.Add(process);
                    _services[service] = await ServiceProcess.StartAsync(service, EnvironmentOf(service), process.BaseAddress.Port);
                }
            }
            catch (Exception ex)
            {
                SupervisorRestarts.Add($"a restart failed: {ex.Message}");
            }
            finally
            {
                _restarts.Release();
            }
        }
    }

    Dictionary<string, string> EnvironmentOf(string service) =>
        _serviceEnvironment.TryGetValue(service, out var own)
            ? Environment.Concat(own).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value)
            : Environment;

    public ServiceProcess Service(string service) => _services[service];

    public async Task StopAsync(string service)
    {
        await _services[service].DisposeAsync();
    }

    /// <summary>A client of one service with a county administrator's token for the given counties.</summary>
    public HttpClient Client(string service, params string[] counties)
    {
        var client = new HttpClient { BaseAddress = _services[service].BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var token = new DevelopmentTokens(new AuthOptions { SigningKey = SigningKey }).Issue("e2e", [Roles.CountyAdmin], counties, TimeSpan.FromHours(1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Reads a service's own SQLite file, as an operator with access to that database would.</summary>
    public async Task<long> CountAsync(string service, string sql, object? parameters = null) =>
        Convert.ToInt64((await ColumnAsync(service, sql, parameters)).Single());

    /// <summary>The first column of every row a query returns from a service's own SQLite file.</summary>
    public async Task<List<object>> ColumnAsync(string service, string sql, object? parameters = null)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataFolder, $"{service}.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var property in parameters?.GetType().GetProperties() ?? [])
        {
            command.Parameters.AddWithValue("@" + property.Name, property.GetValue(parameters) ?? DBNull.Value);
        }

        var values = new List<object>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0));
        }

        return values;
    }

    public string Output => string.Join("\n\n", _services.Values.Concat(_extra)
        .Select(p => $"--- {p.Name} ---\n{p.Output}"));

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        if (_supervisor is not null)
        {
            await _supervisor.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        foreach (var process in _extra.Concat(_services.Values))
        {
            try
            {
                await process.DisposeAsync();
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
        }
    }
}
