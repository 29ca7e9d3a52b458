using System.Text.Json;
using EduPlatform.Contracts.Organization;
using EduPlatform.ServiceDefaults;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Staffing.Tests.Api;

/// <summary>The staffing host in memory on the MassTransit harness; tests play the organization service by publishing its events.</summary>
public sealed class StaffingApp : WebApplicationFactory<Program>
{
    public const string SigningKey = "staffing-tests-signing-key-0123456789abcdef";
    static int _nextCounty = 10;

    public static readonly JsonSerializerOptions Json = TestClients.Json;

    public static string NewCountyCode() => $"4400{Interlocked.Increment(ref _nextCounty):D2}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Folder", Path.Combine(Path.GetTempPath(), $"eduplatform-staffing-tests-{Guid.NewGuid():N}"));
        builder.UseSetting("Auth:SigningKey", SigningKey);
        // Events that arrive before the alliance they change are retried; keep the waits short so tests see them land.
        builder.UseSetting("Messaging:RetryLimit", "40");
        builder.UseSetting("Messaging:RetryMaxInterval", "00:00:01");
        // A long test timeout keeps the harness recording for the whole class; a short inactivity timeout, because
        // the harness lists wait for inactivity before they answer.
        builder.ConfigureServices(services => services.AddMassTransitTestHarness(x =>
            x.SetTestTimeouts(testTimeout: TimeSpan.FromMinutes(10), testInactivityTimeout: TimeSpan.FromSeconds(1))));
    }

    public HttpClient ClientAs(string role, params string[] counties) => TestClients.WithToken(CreateClient(), SigningKey, role, counties);

    /// <summary>Publishes an organization event as the relay would: MessageId = EventId.</summary>
    public async Task Publish<T>(T message) where T : class
    {
        var id = (Guid)typeof(T).GetProperty("EventId")!.GetValue(message)!;
        await Services.GetRequiredService<ITestHarness>().Bus.Publish(message, ctx => ctx.MessageId = id);
    }

}

/// <summary>Organization events as the organization service would publish them.</summary>
static class OrgEvents
{
    public static SchoolRegistered School(string county, Guid id, string name, string stage, string type = "regular", int version = 1,
        bool isPublic = true, string? day = null) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolId = id, SchoolCode = name,
        Name = name, Stage = stage, Locality = "rural", SchoolType = type, Township = "东山镇", IsPublic = isPublic, IsLegalPerson = true,
        IsBoarding = false, KindergartenDay = day, Version = version,
    };

    public static TermStatisticsReported Term(string county, Guid school, int students, int classes, int year = 2024, int version = 1,
        params GradeStatistics[] grades) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolId = school, Term = $"{year}-autumn",
        SchoolYear = year, Season = "autumn", Students = students, Classes = classes, Grades = grades, Version = version,
    };

    public static AllianceFormed Formed(string county, Guid alliance, Guid core, IReadOnlyList<Guid> members, string category = "fused") => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, AllianceId = alliance, Name = "第一实验小学教联体",
        Kind = category == "fused" ? "fused" : "league", Category = category, Stage = "primary", CoreSchoolId = core, MemberSchoolIds = members,
        EffectiveOn = new DateOnly(2023, 5, 15), Version = 1,
    };

    public static AllianceMembershipChanged Changed(string county, Guid alliance, Guid core, Guid school, bool joined, IReadOnlyList<Guid> members,
        DateOnly on, int version) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, AllianceId = alliance, SchoolId = school,
        Change = joined ? "joined" : "left", EffectiveOn = on, CoreSchoolId = core, MemberSchoolIds = members, Version = version,
    };
}
