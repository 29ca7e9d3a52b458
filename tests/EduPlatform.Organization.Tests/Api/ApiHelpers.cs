using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Tests.Api;

static class ApiHelpers
{
    public static async Task<JsonElement> ReadJson(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<JsonElement> Expect(this Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static object School(string code, string name, Stage stage = Stage.Primary, Locality locality = Locality.Rural, string township = "东山镇") => new
    {
        code,
        name,
        stage,
        locality,
        township,
        latitude = 30.45,
        longitude = 115.26,
        kindergartenDay = stage == Stage.Kindergarten ? KindergartenDay.FullDay : (KindergartenDay?)null,
    };

    public static async Task<Guid> Register(this HttpClient client, string county, string code, Stage stage = Stage.Primary, Locality locality = Locality.Rural)
    {
        var body = await client.PostAsJsonAsync($"/api/organization/counties/{county}/schools", School(code, $"学校{code}", stage, locality), OrganizationApp.Json)
            .Expect(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    public static async Task<(Guid Core, List<Guid> Members)> RegisterGroup(this HttpClient client, string county, int members, Stage stage = Stage.Primary)
    {
        var core = await client.Register(county, $"{county}0000", stage, Locality.Urban);
        var ids = new List<Guid>();
        for (var i = 1; i <= members; i++)
        {
            ids.Add(await client.Register(county, $"{county}{i:D4}", stage));
        }

        return (core, ids);
    }

    public static Task<HttpResponseMessage> Form(this HttpClient client, string county, Guid core, IEnumerable<Guid> members,
        AllianceKind kind = AllianceKind.Fused, string formedOn = "2023-05-15", string name = "测试教联体") =>
        client.PostAsJsonAsync($"/api/organization/counties/{county}/alliances",
            new { name, kind, coreSchoolId = core, memberSchoolIds = members, formedOn }, OrganizationApp.Json);
}

static class Published
{
    /// <summary>The messages of a type published so far that match, waiting up to 10 s for at least <paramref name="atLeast"/>.</summary>
    public static async Task<List<MassTransit.Testing.IPublishedMessage<T>>> Wait<T>(MassTransit.Testing.ITestHarness harness, Func<T, bool> match, int atLeast = 1)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = harness.Published.Select<T>().Where(m => match(m.Context.Message)).ToList();
            if (found.Count >= atLeast || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(50);
        }
    }
}
