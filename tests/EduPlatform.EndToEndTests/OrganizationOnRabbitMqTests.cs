using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.EndToEndTests;

using static Responses;

/// <summary>The organization host as a separate process on a real RabbitMQ, observed by a subscriber that knows no MassTransit.</summary>
[Collection(BrokerCollection.Name)]
public sealed class OrganizationOnRabbitMqTests(Broker broker)
{
    const string SigningKey = "end-to-end-tests-signing-key-0123456789abcdef";
    const string County = "421125";
    static readonly JsonSerializerOptions Json = CreateJson();

    [Fact]
    public async Task Forming_an_alliance_over_http_reaches_a_plain_rabbitmq_subscriber()
    {
        var brokerUri = broker.Require();
        await using var subscriber = await OutsideSubscriber.BindAsync(brokerUri,
            "EduPlatform.Contracts.Organization:AllianceFormed", "EduPlatform.Contracts.Organization:LegalPersonRemoved");
        await using var organization = await ServiceProcess.StartAsync("organization", new Dictionary<string, string>
        {
            ["ConnectionStrings__messaging"] = brokerUri,
            ["Data__Folder"] = Path.Combine(Path.GetTempPath(), $"eduplatform-e2e-{Guid.NewGuid():N}"),
            ["Auth__SigningKey"] = SigningKey,
        });
        using var http = new HttpClient { BaseAddress = organization.BaseAddress };
        var token = new DevelopmentTokens(new AuthOptions { SigningKey = SigningKey }).Issue("e2e", [Roles.CountyAdmin], [County], TimeSpan.FromHours(1));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var health = await http.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("checks").TryGetProperty("broker", out _), organization.Output);

        await Ok(http.PutAsJsonAsync($"/api/organization/counties/{County}", new { name = "浠水县", policyPreset = "xishui" }, Json));
        var core = await Register(http, "E0", "urban");
        var members = new List<Guid> { await Register(http, "E1", "rural"), await Register(http, "E2", "rural"), await Register(http, "E3", "town") };
        var alliance = await Ok(http.PostAsJsonAsync($"/api/organization/counties/{County}/alliances",
            new { name = "端到端教联体", kind = "fused", coreSchoolId = core, memberSchoolIds = members, formedOn = "2024-09-01" }, Json));
        var allianceId = alliance.GetProperty("id").GetString();

        var envelope = await subscriber.NextAsync(m => m.TryGetProperty("memberSchoolIds", out _) && m.GetProperty("allianceId").GetString() == allianceId,
            TimeSpan.FromSeconds(30));
        var message = envelope.GetProperty("message");
        Assert.Equal(County, message.GetProperty("countyCode").GetString());
        Assert.Equal("2024-09-01", message.GetProperty("effectiveOn").GetString());
        Assert.Equal(3, message.GetProperty("memberSchoolIds").GetArrayLength());
        // The envelope's messageId is the event's own id: what a subscriber dedupes on.
        Assert.Equal(message.GetProperty("eventId").GetString(), envelope.GetProperty("messageId").GetString());
        Assert.Contains("urn:message:EduPlatform.Contracts.Organization:AllianceFormed",
            envelope.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));

        var removed = new HashSet<string>();
        while (removed.Count < members.Count)
        {
            var next = await subscriber.NextAsync(m => m.TryGetProperty("schoolId", out _) && m.GetProperty("allianceId").GetString() == allianceId,
                TimeSpan.FromSeconds(30));
            removed.Add(next.GetProperty("message").GetProperty("schoolId").GetString()!);
        }

        Assert.Equal(members.Select(m => m.ToString()).Order(), removed.Order());
    }

    static async Task<Guid> Register(HttpClient http, string code, string locality) =>
        (await Ok(http.PostAsJsonAsync($"/api/organization/counties/{County}/schools",
            new { code, name = $"学校{code}", stage = "primary", locality, township = "清泉镇" }, Json))).GetProperty("id").GetGuid();

    static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ServiceDefaultsExtensions.ConfigureJson(options);
        return options;
    }
}
