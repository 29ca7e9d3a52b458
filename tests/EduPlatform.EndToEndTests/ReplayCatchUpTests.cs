using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlatform.DemoCounty;
using EduPlatform.Messaging;
using EduPlatform.ServiceDefaults;
using Microsoft.Extensions.Logging.Abstractions;

namespace EduPlatform.EndToEndTests;

using static Responses;

/// <summary>
/// A province system that subscribes after the county has been working for a while (docs/events.md, "Joining late"): it
/// binds its queue, reads every service's replay feed to the end, then consumes its queue, deduping on the message id
/// across both. The county's events fall before the bind (the demo county: only the feed has them), between the bind
/// and the feed's end (both have them) and after the switch (only the queue).
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ReplayCatchUpTests(Broker broker, ITestOutputHelper output)
{
    static readonly string[] Services = ["organization", "staffing", "rotation", "zoning", "evaluation"];
    const string County = DemoCountyLoader.CountyCode;

    [Fact]
    public async Task A_subscriber_joining_after_the_demo_county_recovers_every_earlier_event_from_the_feed_then_its_queue_without_gap_or_double_effect()
    {
        await using var vhost = await broker.VirtualHostAsync();
        await using var suite = await Suite.StartAsync(vhost.Uri, Services);
        var gateway = await suite.StartGatewayAsync();
        using (var anonymous = new HttpClient { BaseAddress = gateway.BaseAddress })
        {
            // The front door also hands out the events' contract, the text kept under docs/.
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(Repo.Root, "docs", "asyncapi.json")), await anonymous.GetStringAsync(AsyncApiDocument.Path));
        }

        var tokens = new DevelopmentTokens(new AuthOptions { SigningKey = Suite.SigningKey });
        using var bureau = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        DemoCountyLoader.SignIn(bureau, tokens);
        var demo = await new DemoCountyLoader(bureau, NullLogger.Instance).LoadAsync(CancellationToken.None);
        output.WriteLine($"demo county loaded: {demo}");

        // The subscriber binds its queue first; the county goes on working before it has read the feed, so those events
        // reach it both ways.
        await using var queue = await OutsideSubscriber.BindAsync(vhost.Uri,
            EventContracts.Types.Select(t => OutboxEnvelope.ExchangeFor(t.FullName!)).ToArray());
        await ImportSchoolsAsync(bureau, "D", 1_500);

        var subscriber = new Subscriber();
        using var feedClient = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        feedClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            tokens.Issue("province-system", [Roles.EventSubscriber], [County], TimeSpan.FromHours(1)));
        var pages = 0;
        foreach (var service in Services)
        {
            var after = "0";
            bool more;
            do
            {
                var page = await feedClient.GetFromJsonAsync<JsonElement>($"/api/{service}/events?county={County}&after={after}&limit=1000");
                foreach (var item in page.GetProperty("events").EnumerateArray())
                {
                    subscriber.Apply(item.GetProperty("envelope"), fromFeed: true);
                }

                after = page.GetProperty("next").GetString()!;
                more = page.GetProperty("more").GetBoolean();
                pages++;
            }
            while (more);
        }

        var fromFeed = subscriber.Applied;
        await ImportSchoolsAsync(bureau, "A", 200); // after the switch: only the queue has these

        var published = new HashSet<Guid>();
        foreach (var service in Services)
        {
            await Eventually.UntilAsync(() => suite.CountAsync(service, "SELECT COUNT(*) FROM outbox_messages WHERE SentAt IS NULL"),
                n => n == 0, TimeSpan.FromSeconds(60), n => $"{service} has {n} unsent");
            published.UnionWith((await suite.ColumnAsync(service, "SELECT MessageId FROM outbox_messages WHERE CountyCode = @County", new { County }))
                .Select(id => Guid.Parse(id.ToString()!)));
        }

        // The queue, until it has brought everything and stayed quiet.
        var quietSince = DateTime.UtcNow;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && (subscriber.Applied < published.Count || DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(3)))
        {
            if (queue.TryNext(out var envelope))
            {
                if (envelope.GetProperty("headers").GetProperty("county-code").GetString() == County)
                {
                    subscriber.Apply(envelope, fromFeed: false);
                }

                quietSince = DateTime.UtcNow;
            }
            else
            {
                await Task.Delay(50);
            }
        }

        output.WriteLine($"{published.Count} events published in the county; {fromFeed} applied from {pages} feed pages, "
            + $"{subscriber.Applied - fromFeed} from the queue, {subscriber.Dropped} arrivals dropped as already applied "
            + $"({subscriber.Compared} of them compared with the feed's copy)");
        Assert.Equal(published.OrderBy(id => id), subscriber.Ids.OrderBy(id => id)); // no gap, nothing unknown
        Assert.True(fromFeed >= demo.SchoolsCreated + demo.AlliancesCreated + 1_500, "the history and the import after the bind came from the feed");
        Assert.True(subscriber.Applied - fromFeed >= 200, "the events after the switch came from the queue");
        Assert.True(subscriber.Dropped >= 1_500, "events published between the bind and the feed's end arrived twice and were applied once");
        Assert.Equal(subscriber.Dropped, subscriber.Compared);
    }

    static async Task ImportSchoolsAsync(HttpClient bureau, string prefix, int count)
    {
        var csv = new StringBuilder("学校标识码,学校名称,学段,城乡类别,乡镇\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append($"{prefix}{i:D5},补录小学{prefix}{i},小学,乡村,清泉镇\n");
        }

        await Ok(bureau.PostAsync($"/api/organization/counties/{County}/schools/import", Csv(csv.ToString(), "schools.csv")));
    }

    /// <summary>The subscriber's own effect: each event applied once, by message id, whichever way it came.</summary>
    sealed class Subscriber
    {
        readonly Dictionary<Guid, JsonElement> _applied = [];

        public int Applied => _applied.Count;
        public int Dropped { get; private set; }
        public int Compared { get; private set; }
        public IEnumerable<Guid> Ids => _applied.Keys;

        public void Apply(JsonElement envelope, bool fromFeed)
        {
            var id = envelope.GetProperty("messageId").GetGuid();
            var message = envelope.GetProperty("message").Clone();
            if (_applied.TryGetValue(id, out var earlier))
            {
                Assert.False(fromFeed, $"the feed gave {id} twice");
                Assert.True(JsonElement.DeepEquals(earlier, message), $"{id} differs between feed and queue:\n{earlier}\n{message}");
                Dropped++;
                Compared++;
                return;
            }

            _applied[id] = message;
        }
    }
}
