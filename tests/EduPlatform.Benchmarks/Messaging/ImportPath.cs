using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using EduPlatform.Evaluation;
using EduPlatform.Evaluation.Data;
using EduPlatform.Messaging;
using EduPlatform.Organization;
using EduPlatform.Persistence;
using EduPlatform.Rotation;
using EduPlatform.Rotation.Data;
using EduPlatform.ServiceDefaults;
using EduPlatform.Staffing;
using EduPlatform.Staffing.Data;
using EduPlatform.Zoning;
using EduPlatform.Zoning.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduPlatform.Benchmarks.Messaging;

/// <summary>
/// A county's roster import: the five services in one process on the broker (organization publishes, staffing,
/// rotation, zoning and evaluation each keep a copy of the schools), 5,000 schools posted to the real API. Figures:
/// how long the import took to commit, and from its commit until every consumer had applied every school.
/// </summary>
static class ImportPath
{
    const string SigningKey = "benchmark-signing-key-0123456789abcdef-0123";

    public sealed record ImportResult(int Schools, double ImportSeconds, double AppliedSeconds, string EachConsumer);

    public static async Task<ImportResult> RunAsync(string broker, int schools)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"eduplatform-bench-import-{Guid.NewGuid():N}");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:messaging"] = broker;
        builder.Configuration["Data:Folder"] = folder;
        builder.Configuration["Auth:SigningKey"] = SigningKey;
        builder.Configuration["Urls"] = "http://127.0.0.1:0";
        builder.AddServiceDefaults("eduplatform-benchmark");
        var modules = new ServiceModules(builder)
            .Add<OrganizationModule>().Add<StaffingModule>().Add<RotationModule>().Add<ZoningModule>().Add<EvaluationModule>();
        builder.AddEduMessaging();
        // Start publishing only once the consumer's queue is bound, or the first events go nowhere.
        builder.Services.Configure<MassTransit.MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        modules.MapAll(app);
        await app.StartAsync();

        const string county = "421125";
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        var token = new DevelopmentTokens(new AuthOptions { SigningKey = SigningKey }).Issue("benchmark", [Roles.CountyAdmin], [county], TimeSpan.FromHours(1));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await http.PutAsJsonAsync($"/api/organization/counties/{county}", new { name = "浠水县", policyPreset = "xishui" })).EnsureSuccessStatusCode();

        var csv = new StringBuilder("学校标识码,学校名称,学段,城乡类别,乡镇\n");
        for (var i = 0; i < schools; i++)
        {
            csv.Append($"S{i:D6},基准小学{i},小学,{(i % 3 == 0 ? "城区" : "乡村")},清泉镇\n");
        }

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "schools.csv");
        var started = Stopwatch.GetTimestamp();
        var response = await http.PostAsync($"/api/organization/counties/{county}/schools/import", form);
        var committed = Stopwatch.GetTimestamp();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the import answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        ServiceDatabase[] consumers =
        [
            app.Services.GetRequiredService<StaffingDatabase>(), app.Services.GetRequiredService<RotationDatabase>(),
            app.Services.GetRequiredService<ZoningDatabase>(), app.Services.GetRequiredService<EvaluationDatabase>(),
        ];
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 300;
        var finished = new double?[consumers.Length];
        while (true)
        {
            var counts = await Task.WhenAll(consumers.Select(db => db.ReadAsync(
                s => s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM known_schools WHERE CountyCode = @county", new { county }), CancellationToken.None)));
            for (var i = 0; i < counts.Length; i++)
            {
                finished[i] ??= counts[i] == schools ? Stopwatch.GetElapsedTime(committed).TotalSeconds : null;
            }

            if (counts.All(c => c == schools))
            {
                break;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"after 5 minutes the consumers know {string.Join(", ", counts)} of {schools} schools");
            }

            await Task.Delay(10);
        }

        var applied = Stopwatch.GetElapsedTime(committed).TotalSeconds;
        await app.StopAsync();
        var each = string.Join(", ", consumers.Select((db, i) => $"{db.ServiceName} {finished[i]:F2} s"));
        return new ImportResult(schools, Stopwatch.GetElapsedTime(started, committed).TotalSeconds, applied, each);
    }
}
