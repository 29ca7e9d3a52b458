using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlatform.Tests;

using static Responses;

/// <summary>
/// Where the organization flows start: a county on the Xishui preset with four primary schools in 清泉镇 and their 2024
/// autumn terms (1,900, 380, 190 and 95 students), formed into one fused alliance around the urban school.
/// </summary>
static class FourSchoolAlliance
{
    /// <summary>Registers it through organization's API; returns the schools (core first) and the formed alliance.</summary>
    public static async Task<(List<Guid> Schools, JsonElement Alliance)> FormAsync(HttpClient organization, string county, string countyName,
        string codePrefix, string allianceName)
    {
        await Ok(organization.PutAsJsonAsync($"/api/organization/counties/{county}", new { name = countyName, policyPreset = "xishui" }));
        var ids = new List<Guid>();
        foreach (var (number, locality, students) in new[] { (0, "urban", 1900), (1, "rural", 380), (2, "rural", 190), (3, "town", 95) })
        {
            var code = $"{codePrefix}{number}";
            var school = await Ok(organization.PostAsJsonAsync($"/api/organization/counties/{county}/schools",
                new { code, name = $"学校{code}", stage = "primary", locality, township = "清泉镇" }));
            ids.Add(school.GetProperty("id").GetGuid());
            await Ok(organization.PutAsJsonAsync($"/api/organization/counties/{county}/schools/{ids[^1]}/terms/2024-autumn",
                new { students, classes = students / 45 + 1 }));
        }

        var alliance = await Ok(organization.PostAsJsonAsync($"/api/organization/counties/{county}/alliances",
            new { name = allianceName, kind = "fused", coreSchoolId = ids[0], memberSchoolIds = ids.Skip(1), formedOn = "2024-05-01" }));
        return (ids, alliance);
    }
}
