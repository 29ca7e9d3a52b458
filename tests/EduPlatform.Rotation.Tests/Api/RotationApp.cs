using System.Net.Http.Json;
using EduPlatform.Contracts.Organization;

namespace EduPlatform.Rotation.Tests.Api;

/// <summary>The rotation host in memory on the MassTransit harness; tests play the organization service by publishing its events.</summary>
public sealed class RotationApp() : HarnessApp<Program>("rotation")
{
    static int _nextCounty = 10;

    public static string NewCountyCode() => $"4500{Interlocked.Increment(ref _nextCounty):D2}";

    /// <summary>Registers schools with the organization's events and waits until rotation lists them.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Code)>> SchoolsAsync(string county, params (string Code, string Locality)[] schools)
    {
        var ids = new List<(Guid, string)>();
        foreach (var (code, locality) in schools)
        {
            var id = Guid.NewGuid();
            ids.Add((id, code));
            await Publish(new SchoolRegistered
            {
                EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolId = id, SchoolCode = code,
                Name = $"学校{code}", Stage = "primary", Locality = locality, SchoolType = "regular", Township = "东山镇", IsPublic = true,
                IsLegalPerson = true, IsBoarding = false, Version = 1,
            });
        }

        var client = ClientAs(ServiceDefaults.Roles.Viewer, county);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var known = await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/rotation/counties/{county}/schools", Json);
            if (known!.Count >= schools.Length)
            {
                break;
            }

            await Task.Delay(100);
        }

        return ids;
    }

    /// <summary>Forms an alliance of a core and one member (from 2020) with the organization's event and waits until rotation knows its core.</summary>
    public async Task<Guid> AllianceAsync(string county, Guid core, Guid member, string kind, string category)
    {
        var alliance = Guid.NewGuid();
        await Publish(new AllianceFormed
        {
            EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, AllianceId = alliance, Name = "城关教联体",
            Kind = kind, Category = category, Stage = "primary", CoreSchoolId = core, MemberSchoolIds = [member], EffectiveOn = new DateOnly(2020, 1, 1), Version = 1,
        });
        var client = ClientAs(ServiceDefaults.Roles.Viewer, county);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/rotation/counties/{county}/schools", Json))!
            .Any(s => s.GetProperty("isCore").GetBoolean()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return alliance;
    }
}
