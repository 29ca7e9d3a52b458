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
}
