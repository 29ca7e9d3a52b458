using EduPlatform.DemoCounty;
using EduPlatform.ServiceDefaults;
using Microsoft.Extensions.Http.Resilience;

// Loads the demo county into the distributed suite through its gateway (found by service discovery as "gateway", which
// the AppHost's WithReference sets), with a county administrator's token signed with the suite's Auth:SigningKey, then
// exits: 0 when loaded, 1 with the reason when not. Its requests are traced like any client's.
var builder = Host.CreateApplicationBuilder(args);
builder.AddHostDefaults("demo");
// Imports of thousands of rows take longer than the standard 10 s per attempt on a busy two-core machine, so this client
// has its own resilience pipeline instead of the default one (RemoveAllResilienceHandlers is marked experimental).
#pragma warning disable EXTEXP0001
builder.Services.AddHttpClient("gateway", client => client.BaseAddress = new Uri("https+http://gateway"))
    .RemoveAllResilienceHandlers()
#pragma warning restore EXTEXP0001
    .AddStandardResilienceHandler(o =>
    {
        o.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2);
        o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(4);
        o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(5);
    });
using var host = builder.Build();
await host.StartAsync();

var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EduPlatform.DemoLoader");
var client = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("gateway");
client.Timeout = Timeout.InfiniteTimeSpan;
DemoCountyLoader.SignIn(client, new DevelopmentTokens(AuthOptions.From(builder.Configuration)));
try
{
    await new DemoCountyLoader(client, logger).LoadAsync(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
    Environment.ExitCode = 0;
}
catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
{
    logger.LogError(ex, "演示县未能加载：{Reason}", ex.Message);
    Environment.ExitCode = 1;
}

await host.StopAsync();
