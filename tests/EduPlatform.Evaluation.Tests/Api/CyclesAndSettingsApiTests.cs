using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Contracts.Organization;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Evaluation.Tests.Api;

public sealed class CyclesAndSettingsApiTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    [Fact]
    public async Task A_kindergarten_pilot_is_reviewed_each_semester_and_year_and_one_without_results_is_named_with_a_deadline()
    {
        var county = await EvaluationCounty.CreateAsync(app);
        Guid lead = Guid.NewGuid(), lazy = Guid.NewGuid(), good = Guid.NewGuid(), pilot = Guid.NewGuid();
        foreach (var (id, code) in new[] { (lead, "K01"), (lazy, "K02"), (good, "K03") })
        {
            await app.Publish(new SchoolRegistered
            {
                EventId = Guid.CreateVersion7(), CountyCode = county.Code, OccurredAt = DateTimeOffset.UtcNow, SchoolId = id, SchoolCode = code, Name = $"幼儿园{code}",
                Stage = "kindergarten", Locality = "town", SchoolType = "regular", Township = "清泉镇", IsPublic = true, IsLegalPerson = true, IsBoarding = false,
                KindergartenDay = "full-day", Version = 1,
            });
        }

        await app.Publish(new AllianceFormed
        {
            EventId = Guid.CreateVersion7(), CountyCode = county.Code, OccurredAt = DateTimeOffset.UtcNow, AllianceId = pilot, Name = "领航共建", Kind = "kindergarten-pilot",
            Category = "co-built", Stage = "kindergarten", CoreSchoolId = lead, MemberSchoolIds = [lazy, good], EffectiveOn = new DateOnly(2024, 3, 1), Version = 1,
        });
        var url = $"/api/evaluation/counties/{county.Code}/kindergarten-reviews/2024";
        HttpResponseMessage autumn;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            await Task.Delay(100);
            autumn = await county.Bureau.PutAsJsonAsync($"{url}/autumn", new[]
            {
                new { schoolId = lazy, result = "no-results", reviewedOn = "2025-01-10", comment = (string?)"消极应付" },
                new { schoolId = good, result = "satisfactory", reviewedOn = "2025-01-10", comment = (string?)null },
            });
        }
        while (autumn.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, autumn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await county.Bureau.PutAsJsonAsync($"{url}/spring", new[] { new { schoolId = good, result = "notable", reviewedOn = "2025-06-20" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await county.Bureau.PutAsJsonAsync($"{url}/year", new[] { new { schoolId = good, result = "notable", reviewedOn = "2025-07-05" } })).StatusCode);

        var standing = (await county.Get("kindergarten-reviews/2024")).EnumerateArray().Single().GetProperty("kindergartens").EnumerateArray()
            .ToDictionary(k => k.GetProperty("schoolId").GetGuid());
        Assert.True(standing[lazy].GetProperty("named").GetBoolean());
        Assert.Equal("2025-04-10", standing[lazy].GetProperty("rectifyBy").GetString()); // 90 days, the county's default
        Assert.True(standing[good].GetProperty("recommendableForDemonstration").GetBoolean());
        // A pilot is not in the bundled evaluation, and an unknown period or a school outside the pilots is refused.
        Assert.Equal(1, (await county.Get("bundled/2024")).GetProperty("alliances").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await county.Bureau.PutAsJsonAsync($"{url}/winter", new[] { new { schoolId = good, result = "notable", reviewedOn = "2025-07-05" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await county.Bureau.PutAsJsonAsync($"{url}/year", new[] { new { schoolId = county.M1, result = "notable", reviewedOn = "2025-07-05" } })).StatusCode);
    }

    [Fact]
    public async Task Settings_refuse_a_share_above_60_percent_and_weights_that_do_not_add_up_and_the_weights_move_the_ranking()
    {
        var county = await EvaluationCounty.CreateAsync(app);
        var url = $"/api/evaluation/counties/{county.Code}/settings";

        var tooMuch = await county.Bureau.PutAsJsonAsync(url, new { exchangedShare = 0.65, weights = new Dictionary<string, double> { ["parent-satisfaction"] = 0.5 } });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        var problem = await tooMuch.Content.ReadAsStringAsync();
        Assert.Contains("exchangedShare", problem);
        Assert.Contains("合计为 1", problem);

        var ok = await county.Bureau.PutAsJsonAsync(url, new { clearImprovementPoints = 5, balanceMethod = "composite2012", version = 0 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("composite2012", (await county.Get("balance/2024")).GetProperty("method").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await county.Bureau.PutAsJsonAsync(url, new { clearImprovementPoints = 4, version = 0 })).StatusCode);
    }

    [Fact]
    public async Task Province_users_rank_every_county_and_county_users_see_only_their_own()
    {
        var first = await EvaluationCounty.CreateAsync(app);
        var second = await EvaluationCounty.CreateAsync(app);

        var province = await app.ClientAs(Roles.ProvinceAdmin).GetFromJsonAsync<JsonElement>("/api/evaluation/rankings/2024/counties");
        var own = await first.Bureau.GetFromJsonAsync<JsonElement>("/api/evaluation/rankings/2024/counties");

        var ranked = province.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains(first.Code, ranked);
        Assert.Contains(second.Code, ranked);
        Assert.Equal([first.Code], own.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var alliances = await first.Get("rankings/2024");
        Assert.Equal(1, alliances.GetProperty("ranking")[0].GetProperty("rank").GetInt32());
        Assert.True(alliances.GetProperty("ranking")[0].GetProperty("composite").GetDouble() > 0);
    }

    [Fact]
    public async Task A_ratings_file_with_a_bad_row_imports_nothing()
    {
        var county = await EvaluationCounty.CreateAsync(app);
        var csv = county.Ratings() + $"not-a-guid,钱老师,C01,教师,优秀\n{Guid.NewGuid()},孙老师,C01,校工,优秀\n{Guid.NewGuid()},周老师,C01,教师,良好\n";

        var response = await county.Upload("ratings/2024/import", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("personId", body);
        Assert.Contains("校工", body);
        Assert.Contains("良好", body);
        Assert.Equal(0, (await county.Get("ratings/2024")).GetProperty("total").GetInt32());
    }
}
