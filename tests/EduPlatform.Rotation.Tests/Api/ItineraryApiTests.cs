using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Tests.Domain;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Rotation.Tests.Api;

/// <summary>Issue 24 item 10: itinerant (走教) timetables through the API, with the county's settings and the export.</summary>
public sealed class ItineraryApiTests(RotationApp app) : IClassFixture<RotationApp>
{
    static IEnumerable<JsonElement> Moves(JsonElement plan) => plan.GetProperty("moves").EnumerateArray();

    // 紧缺学科教师可以在教联体内走教 [003]: a Tuanfeng county's music teacher goes itinerant to the member that asked for music,
    // with a week, the county's allowance, and the school's place unknown said so; the settings keep their bounds.
    [Fact]
    public async Task A_plans_itinerant_teacher_has_a_weekly_itinerary_with_the_countys_allowance_and_an_export()
    {
        var county = RotationApp.NewCountyCode();
        var schools = await app.SchoolsAsync(county, ("C1", "urban"), ("M1", "rural"));
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var settings = $"/api/rotation/counties/{county}/settings";
        var refused = await bureau.PutAsJsonAsync(settings, new { preset = "tuanfeng", itinerantSpeedKmh = 5, version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("itinerantSpeedKmh", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync(settings, new { preset = "tuanfeng", itinerantAllowancePerKm = 0.6m, crossAllianceMoves = true, version = 0 })).StatusCode);
        var saved = await bureau.GetFromJsonAsync<JsonElement>(settings);
        Assert.True(saved.GetProperty("crossAllianceMoves").GetBoolean());

        var roster = new StringBuilder("姓名,身份证号,岗位类别,学段,任教学科,骨干级别,参加工作时间,学校标识码,到校时间,工作经历,状态\n");
        roster.Append($"音乐甲,{People.IdFor(new DateOnly(1982, 5, 1), Gender.Female, 1)},教师,小学,音乐,无,2005-09-01,C1,2005-09-01,,\n");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(roster.ToString())), "file", "roster.csv" } };
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/rotation/counties/{county}/people/import", form)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/rotation/counties/{county}/needs/2025",
            new[] { new { schoolId = schools[1].Id, subject = "music", count = 1 } })).StatusCode);

        var plan = await (await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("itinerant", Assert.Single(Moves(plan)).GetProperty("mode").GetString());
        var id = plan.GetProperty("id").GetGuid();
        var itineraries = await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/plans/{id}/itineraries");
        var week = Assert.Single(itineraries.GetProperty("teachers").EnumerateArray());
        Assert.Equal("音乐甲", week.GetProperty("name").GetString());
        Assert.Equal(5, week.GetProperty("week").GetArrayLength());
        Assert.Equal(0.6m, itineraries.GetProperty("rules").GetProperty("allowancePerKm").GetDecimal());
        Assert.Contains(week.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("位置未知"));
        var file = await bureau.GetAsync($"/api/rotation/counties/{county}/plans/{id}/itineraries/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("走教", Uri.UnescapeDataString(file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName!));
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/api/rotation/counties/{county}/plans/{Guid.NewGuid()}/itineraries")).StatusCode);
    }
}
