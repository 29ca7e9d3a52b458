using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Organization.Data;
using EduPlatform.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.Standalone.Tests;

/// <summary>The replay feed as a late subscriber reads it, against the demo county's real history.</summary>
public sealed class EventFeedTests(DemoSuite suite) : IClassFixture<DemoSuite>
{
    async Task<List<JsonElement>> ReadAllAsync(HttpClient client, string query)
    {
        var events = new List<JsonElement>();
        var after = "0";
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/organization/events?{query}&after={after}&limit=150");
            var items = page.GetProperty("events").EnumerateArray().ToList();
            events.AddRange(items);
            var next = page.GetProperty("next").GetString()!;
            Assert.True(items.Count == 0 || long.Parse(next) > long.Parse(after), "the cursor moves on");
            after = next;
            if (!page.GetProperty("more").GetBoolean())
            {
                Assert.True(page.GetProperty("keptDays").GetInt32() > 0);
                return events;
            }
        }
    }

    [Fact]
    public async Task A_subscriber_pages_through_every_event_of_its_county_once_in_outbox_order_in_the_bus_envelope()
    {
        var db = suite.App.Services.GetRequiredService<OrganizationDatabase>();
        var kept = (await db.ReadAsync(s => s.QueryAsync<Guid>(
            "SELECT MessageId FROM outbox_messages WHERE CountyCode = @County ORDER BY Sequence", new { suite.County }), CancellationToken.None)).ToList();

        var events = await ReadAllAsync(suite.As(Roles.EventSubscriber), $"county={suite.County}");

        var ids = events.Select(e => e.GetProperty("envelope").GetProperty("messageId").GetGuid()).ToList();
        Assert.Equal(kept, ids); // each once, in outbox order
        var cursors = events.Select(e => long.Parse(e.GetProperty("cursor").GetString()!)).ToList();
        Assert.Equal(cursors.Order(), cursors);
        Assert.All(events.Select(e => e.GetProperty("envelope")), envelope =>
        {
            Assert.Equal(suite.County, envelope.GetProperty("headers").GetProperty("county-code").GetString());
            Assert.Equal(suite.County, envelope.GetProperty("message").GetProperty("countyCode").GetString());
            Assert.Equal(envelope.GetProperty("messageId").GetGuid(), envelope.GetProperty("message").GetProperty("eventId").GetGuid());
            Assert.StartsWith("urn:message:EduPlatform.Contracts.Organization:", envelope.GetProperty("messageType")[0].GetString());
        });
        Assert.True(kept.Count > 100, $"the demo county's organization history has {kept.Count} events");
    }

    [Fact]
    public async Task A_type_filter_reads_only_that_event_and_a_county_token_reads_its_own_county_without_naming_it()
    {
        var schools = await ReadAllAsync(suite.As(Roles.EventSubscriber), "type=SchoolRegistered");
        Assert.NotEmpty(schools);
        Assert.All(schools, e => Assert.Equal("urn:message:EduPlatform.Contracts.Organization:SchoolRegistered",
            e.GetProperty("envelope").GetProperty("messageType")[0].GetString()));
        var total = (await suite.As(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/organization/counties/{suite.County}/schools?limit=1"))
            .GetProperty("total").GetInt32();
        Assert.Equal(total, schools.Count);
    }

    [Theory]
    [InlineData("after=abc", "after")]
    [InlineData("after=-5", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("type=PersonHired", "type")] // rotation's event, not organization's
    [InlineData("county=12345", "county")]
    public async Task A_bad_cursor_limit_type_or_county_is_a_400_naming_the_field(string query, string field)
    {
        var response = await suite.As(Roles.EventSubscriber).GetAsync($"/api/organization/events?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Another_countys_feed_is_not_found_and_a_viewer_may_not_read_the_feed()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await suite.As(Roles.EventSubscriber).GetAsync("/api/organization/events?county=110101")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await suite.As(Roles.Viewer).GetAsync($"/api/organization/events?county={suite.County}")).StatusCode);
    }
}
