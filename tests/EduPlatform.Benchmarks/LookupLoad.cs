using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EduPlatform.Benchmarks;

/// <summary>
/// The enrolment-season load run: the standalone suite (Release, demo county, county-town plans published) answers the
/// public look-up, and a bare Kestrel endpoint in its own process answers a fixed JSON of the same size, both on loopback
/// with the same host settings (Development, logging at Warning) and the same client: 32 concurrent connections, 3 s
/// warm-up, 15 s measured. Reports requests/s and p50/p99 for both and their ratio.
/// </summary>
static class LookupLoad
{
    const int Concurrency = 32;
    static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3), Measured = TimeSpan.FromSeconds(15);
    const string County = "421125";

    public static async Task RunBareServerAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.Where(a => a != "--bare-server").ToArray());
        var app = builder.Build();
        var body = new
        {
            query = "湖北省浠水县清泉镇锦绣花园3栋2单元", normalised = "湖北省浠水县清泉镇锦绣花园3栋2单元", found = true,
            unit = new { id = Guid.Empty, name = "锦绣花园", township = "清泉镇", latitude = 30.43, longitude = 115.24, aliases = Array.Empty<string>() },
            matchedBy = "address", stages = new[] { new { stage = "primary", schoolYear = 2025, planId = Guid.Empty, planNumber = 1, kind = "single", zone = 3,
                schools = new[] { new { id = Guid.Empty, code = "4211250025", name = "浠水县第一实验小学", township = "清泉镇" } } } },
            candidates = Array.Empty<object>(), ambiguous = false,
        };
        app.MapGet("/bare", () => Results.Ok(body));
        await app.RunAsync();
    }

    public static async Task RunAsync()
    {
        var root = RepoRoot();
        var data = Path.Combine(Path.GetTempPath(), $"eduplatform-lookup-load-{Guid.NewGuid():N}");
        const string suiteUrl = "http://127.0.0.1:5610", bareUrl = "http://127.0.0.1:5611";
        string[] hostSettings = ["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information"];
        using var suite = Start(["run", "-c", "Release", "--no-launch-profile", "--project", Path.Combine(root, "aspire-host", "EduPlatform.Standalone"), "--",
            "--urls", suiteUrl, $"--Data:Folder={data}", "--Zoning:Lookup:PermitsPerMinute=1000000000", .. hostSettings, "--demo"]);
        using var bare = Start([typeof(LookupLoad).Assembly.Location, "--bare-server", "--urls", bareUrl, .. hostSettings]);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(suiteUrl), Timeout = TimeSpan.FromSeconds(30) };
            var queries = await PublishCountyTownAsync(http);
            var lookup = await LoadAsync(suiteUrl, i => queries[i % queries.Count]);
            var baseline = await LoadAsync(bareUrl, _ => "/bare");
            Console.WriteLine();
            Console.WriteLine($"| endpoint | requests/s | p50 | p99 | errors |");
            Console.WriteLine($"| --- | ---: | ---: | ---: | ---: |");
            foreach (var (name, r) in new[] { ("public look-up (standalone suite)", lookup), ("bare Kestrel, fixed JSON", baseline) })
            {
                Console.WriteLine($"| {name} | {r.PerSecond:N0} | {r.P50:F2} ms | {r.P99:F2} ms | {r.Errors} |");
            }

            Console.WriteLine($"look-up / bare: throughput {lookup.PerSecond / baseline.PerSecond:P0}, p99 ×{lookup.P99 / baseline.P99:F2}");
        }
        finally
        {
            foreach (var p in new[] { suite, bare })
            {
                if (!p.HasExited) { p.Kill(entireProcessTree: true); }
            }
        }
    }

    /// <summary>Waits for the demo, draws and publishes the county town's primary and junior zones; returns look-up paths for every unit.</summary>
    static async Task<IReadOnlyList<string>> PublishCountyTownAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        string? token = null;
        while (token is null)
        {
            try
            {
                var response = await http.PostAsJsonAsync("/dev/token", new { roles = new[] { "county-admin" }, counties = new[] { County } });
                token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(1000);
            }
        }

        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var plans = $"/api/zoning/counties/{County}/plans";
        foreach (var stage in new[] { "primary", "junior" })
        {
            JsonElement plan;
            while (!(plan = await (await http.PostAsJsonAsync(plans, new { schoolYear = 2025, stage, townships = new[] { "清泉镇" } })).Content.ReadFromJsonAsync<JsonElement>())
                .TryGetProperty("zones", out var zones) || zones.GetArrayLength() < (stage == "primary" ? 8 : 4))
            {
                if (DateTime.UtcNow > deadline) { throw new TimeoutException("the demo county did not reach zoning"); }
                await Task.Delay(1000);
            }

            await http.PostAsJsonAsync($"{plans}/{plan.GetProperty("id")}/approve", new { version = 1 });
            (await http.PostAsJsonAsync($"{plans}/{plan.GetProperty("id")}/publish", new { version = 2 })).EnsureSuccessStatusCode();
        }

        var units = (await http.GetFromJsonAsync<JsonElement>($"/api/zoning/counties/{County}/units?limit=500")).GetProperty("items").EnumerateArray().ToList();
        // Addresses as parents type them: county and township prefixes, full-width building numbers, a flat.
        return units.Select((u, i) => $"/api/zoning/public/counties/{County}/lookup?q="
            + Uri.EscapeDataString($"{(i % 2 == 0 ? "湖北省浠水县清泉镇" : "")}{u.GetProperty("name").GetString()}{"１２３４５"[i % 5]}号楼{i % 4 + 1}单元")).ToList();
    }

    sealed record Result(double PerSecond, double P50, double P99, int Errors);

    static async Task<Result> LoadAsync(string baseUrl, Func<int, string> path)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        for (var ready = DateTime.UtcNow.AddSeconds(60); ;)
        {
            try { (await client.GetAsync(path(0))).EnsureSuccessStatusCode(); break; }
            catch (HttpRequestException) when (DateTime.UtcNow < ready) { await Task.Delay(500); }
        }

        var latencies = new List<double>[Concurrency];
        var errors = 0;
        var measuring = false;
        var stop = DateTime.UtcNow + Warmup + Measured;
        var counter = 0;
        var workers = Enumerable.Range(0, Concurrency).Select(w => Task.Run(async () =>
        {
            latencies[w] = new List<double>(100_000);
            while (DateTime.UtcNow < stop)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path(Interlocked.Increment(ref counter)), HttpCompletionOption.ResponseContentRead);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!Volatile.Read(ref measuring)) { continue; }
                if (response.IsSuccessStatusCode) { latencies[w].Add(elapsed); } else { Interlocked.Increment(ref errors); }
            }
        })).ToList();
        await Task.Delay(Warmup);
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).Order().ToList();
        double Percentile(double p) => all.Count == 0 ? 0 : all[Math.Min(all.Count - 1, (int)(p * all.Count))];
        return new Result(all.Count / clock.Elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99), errors);
    }

    static Process Start(string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) { info.ArgumentList.Add(a); }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine($"[{Path.GetFileName(arguments[0])}] {line}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EduPlatform.sln"))) { return dir.FullName; }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
