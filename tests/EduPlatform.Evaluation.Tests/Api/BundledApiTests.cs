using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Contracts.Evaluation;
using EduPlatform.Contracts.Rotation;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Evaluation.Tests.Api;

public sealed class BundledApiTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    async Task<EvaluationCounty> WithPlacementAsync(double m2Score2023)
    {
        var county = await EvaluationCounty.CreateAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await county.Upload("figures/import", EvaluationCounty.Figures2023(m2Score2023))).StatusCode);
        await app.Publish(county.Placement());
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await county.Get("exchanges/2024")).GetArrayLength() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "evaluation did not receive the placement");
            await Task.Delay(100);
        }

        return county;
    }

    static Dictionary<Guid, JsonElement> Decisions(JsonElement year) =>
        year.GetProperty("alliances")[0].GetProperty("ratings").EnumerateArray().ToDictionary(r => r.GetProperty("personId").GetGuid());

    [Fact]
    public async Task Clear_improvement_rates_the_lead_schools_leadership_and_the_seconded_teacher_excellent_and_finalising_publishes_it()
    {
        var county = await WithPlacementAsync(m2Score2023: 69); // M1 74 → 78 (+4), M2 69 → 72 (+3): weighted +3.6, clear at 3
        Assert.Equal(HttpStatusCode.OK, (await county.Upload("ratings/2024/import", county.Ratings())).StatusCode);

        var year = await county.Get("bundled/2024");

        var alliance = year.GetProperty("alliances")[0];
        Assert.Equal("clear", alliance.GetProperty("outcome").GetString());
        Assert.Equal(3.6, alliance.GetProperty("weightedChange").GetDouble());
        Assert.Equal(5, alliance.GetProperty("studentGrowth").GetInt32()); // 290 → 300, 205 → 200
        var decisions = Decisions(year);
        Assert.Equal("excellent", decisions[county.Principal].GetProperty("final").GetString()); // the school proposed competent
        Assert.Equal("excellent", decisions[county.Seconded].GetProperty("final").GetString());
        Assert.Equal("seconded", decisions[county.Seconded].GetProperty("basis").GetString());
        Assert.False(decisions.ContainsKey(county.CoreTeacher));
        Assert.Empty(year.GetProperty("blocking").EnumerateArray());

        var finalised = await county.Bureau.PostAsync($"/api/evaluation/counties/{county.Code}/bundled/2024/finalize", null);
        Assert.Equal(HttpStatusCode.OK, finalised.StatusCode);
        Assert.True(await app.WasPublished<AnnualRatingsFinalized>(m => m.Context.Message.CountyCode == county.Code
            && m.Context.Message.Ratings.Count == 4
            && m.Context.Message.Ratings.Single(r => r.PersonId == county.Principal).Rating == "excellent"
            && m.Context.Message.Ratings.Single(r => r.PersonId == county.CoreTeacher).Rating == "excellent"));
        Assert.True(await app.WasPublished<AllianceEvaluated>(m => m.Context.Message.CountyCode == county.Code && m.Context.Message.AllianceId == county.Alliance
            && m.Context.Message.Outcome == "clear" && m.Context.Message.Finalisation == 1 && m.Context.Message.ExchangedPeople == 1
            && m.Context.Message.Members.Single(x => x.SchoolId == county.M1).Change == 4));
        Assert.Equal(1, (await county.Get("bundled/2024")).GetProperty("finalised").GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task A_member_that_fell_caps_the_leadership_below_excellent_but_the_teacher_at_the_improving_member_is_excellent()
    {
        var county = await WithPlacementAsync(m2Score2023: 72.5); // M2 72.5 → 72: a fall
        Assert.Equal(HttpStatusCode.OK, (await county.Upload("ratings/2024/import", county.Ratings(principal: "优秀", vice: "优秀"))).StatusCode);

        var year = await county.Get("bundled/2024");

        Assert.Equal("decline", year.GetProperty("alliances")[0].GetProperty("outcome").GetString());
        var decisions = Decisions(year);
        Assert.Equal(("competent", true), (decisions[county.Principal].GetProperty("final").GetString(), decisions[county.Principal].GetProperty("capped").GetBoolean()));
        Assert.Equal("competent", decisions[county.Vice].GetProperty("final").GetString());
        Assert.Equal("excellent", decisions[county.Seconded].GetProperty("final").GetString()); // M1 rose 4

        var file = await county.Bureau.GetAsync($"/api/evaluation/counties/{county.Code}/reports/2024/bundled.xlsx");
        var sheet = SpreadsheetReader.Read("bundled.xlsx", await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("教联体", sheet.Headers[0]);
        Assert.Contains(sheet.Rows, r => r[4] == "学校M02" && r[8] == "滑坡");
    }

    [Fact]
    public async Task Finalising_is_refused_until_the_schools_ratings_are_in_and_names_what_is_missing()
    {
        var county = await WithPlacementAsync(m2Score2023: 69);
        var refused = await county.Bureau.PostAsync($"/api/evaluation/counties/{county.Code}/bundled/2024/finalize", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("evaluation.finalise.incomplete", await refused.Content.ReadAsStringAsync());

        // The seconded teacher is left out of the schools' ratings: still refused, naming the person.
        var withoutSeconded = string.Join('\n', county.Ratings().Split('\n').Where(l => !l.StartsWith(county.Seconded.ToString(), StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, (await county.Upload("ratings/2024/import", withoutSeconded)).StatusCode);
        var still = await county.Bureau.PostAsync($"/api/evaluation/counties/{county.Code}/bundled/2024/finalize", null);
        Assert.Equal(HttpStatusCode.Conflict, still.StatusCode);
        Assert.Contains(county.Seconded.ToString(), await still.Content.ReadAsStringAsync());
        Assert.False(await app.WasPublished<AnnualRatingsFinalized>(m => m.Context.Message.CountyCode == county.Code, seconds: 2));
    }

    [Fact]
    public async Task A_duplicate_placement_event_is_applied_once()
    {
        var county = await WithPlacementAsync(m2Score2023: 69);
        var placed = county.Placement();
        await app.Publish(placed);
        await app.Publish(placed);
        await app.Publish(new PersonReturned
        {
            EventId = Guid.CreateVersion7(), CountyCode = county.Code, OccurredAt = DateTimeOffset.UtcNow, PlacementId = county.PlacementId, PersonId = county.Seconded,
            HomeSchoolId = county.Core, HostSchoolId = county.M1, Mode = "exchange", Stage = "primary", ReturnedOn = new DateOnly(2025, 2, 1), Early = true,
        });
        // Returned in February 2025: served in 2024–25, no longer in 2025–26.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await county.Get("exchanges/2025")).GetArrayLength() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "evaluation did not apply the return");
            await Task.Delay(100);
        }

        var exchanges = (await county.Get("exchanges/2024")).EnumerateArray().ToList();
        Assert.Equal(1, exchanges.Single(e => e.GetProperty("schoolId").GetGuid() == county.Core).GetProperty("sent").GetInt32());
        Assert.Equal(1, exchanges.Single(e => e.GetProperty("schoolId").GetGuid() == county.M1).GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task Rewards_give_at_most_60_percent_of_a_units_award_to_its_exchanged_teachers()
    {
        var county = await WithPlacementAsync(m2Score2023: 69);
        Assert.Equal(HttpStatusCode.OK, (await county.Upload("ratings/2024/import", county.Ratings())).StatusCode);
        var url = $"/api/evaluation/counties/{county.Code}/rewards/2024";

        var tooMuch = await county.Bureau.PostAsJsonAsync(url, new { fund = 1_000_000, exchangedShare = 0.7 });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("exchangedShare", await tooMuch.Content.ReadAsStringAsync());

        var split = await county.Bureau.PostAsJsonAsync(url, new { fund = 1_000_000 });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var unit = (await split.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("units").EnumerateArray().Single();
        Assert.Equal((1_000_000, 600_000, 400_000), (unit.GetProperty("award").GetInt64(), unit.GetProperty("toExchanged").GetInt64(), unit.GetProperty("toUnit").GetInt64()));
        var person = unit.GetProperty("people").EnumerateArray().Single();
        Assert.Equal((county.Seconded, "赵老师", 600_000L), (person.GetProperty("personId").GetGuid(), person.GetProperty("name").GetString(), person.GetProperty("amount").GetInt64()));

        var stale = await county.Bureau.PostAsJsonAsync(url, new { fund = 2_000_000 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var viewer = app.ClientAs(Roles.Viewer, county.Code);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync(url, new { fund = 2_000_000, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/evaluation/counties/{county.Code}/reports/2024/rewards.xlsx")).StatusCode);
    }
}
