using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.ServiceDefaults;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Organization.Tests.Api;

/// <summary>The organization host in memory: its own SQLite folder, the MassTransit harness as the bus, real JWT validation.</summary>
public sealed class OrganizationApp : WebApplicationFactory<Program>
{
    public const string SigningKey = "organization-tests-signing-key-0123456789abcdef";
    static int _nextCounty = 10;

    readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"eduplatform-org-tests-{Guid.NewGuid():N}");

    public static readonly JsonSerializerOptions Json = TestClients.Json;

    /// <summary>A fresh county code per test, so tests sharing the app never see each other's data.</summary>
    public static string NewCountyCode() => $"4300{Interlocked.Increment(ref _nextCounty):D2}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Folder", _dataFolder);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Messaging:Outbox:PollInterval", "00:00:00.050");
        // The app is shared by a class's tests: a long test timeout keeps the harness recording for the whole class;
        // a short inactivity timeout, because the harness lists wait for inactivity before they answer.
        builder.ConfigureServices(services => services.AddMassTransitTestHarness(x =>
            x.SetTestTimeouts(testTimeout: TimeSpan.FromMinutes(10), testInactivityTimeout: TimeSpan.FromSeconds(1))));
    }

    public HttpClient ClientAs(string role, params string[] counties) => TestClients.WithToken(CreateClient(), SigningKey, role, counties);

    /// <summary>An alliance office of the county: alliance-admin for the given alliances only.</summary>
    public HttpClient AllianceOffice(string county, params Guid[] alliances) =>
        TestClients.WithToken(CreateClient(), SigningKey, ServiceDefaults.Roles.AllianceAdmin, [county], alliances);

    /// <summary>A county set up with a preset, and a client of its county admin.</summary>
    public async Task<(string County, HttpClient Admin)> NewCountyAsync(string preset = "xishui")
    {
        var county = NewCountyCode();
        var admin = ClientAs(Roles.CountyAdmin, county);
        var response = await admin.PutAsJsonAsync($"/api/organization/counties/{county}", new { name = $"测试县{county}", policyPreset = preset }, Json);
        response.EnsureSuccessStatusCode();
        return (county, admin);
    }


    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly on some systems; the temp folder is cleaned by the OS.
        }
    }
}
