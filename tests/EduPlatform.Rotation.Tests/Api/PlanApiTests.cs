using EduPlatform.Rotation.Domain.Planning;
using EduPlatform.Tests;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlatform.Contracts.Evaluation;
using EduPlatform.Contracts.Organization;
using EduPlatform.Contracts.Rotation;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Tests.Domain;
using EduPlatform.ServiceDefaults;
using MassTransit.Testing;

namespace EduPlatform.Rotation.Tests.Api;

public sealed class PlanApiTests(RotationApp app) : IClassFixture<RotationApp>
{
    /// <summary>A fused alliance (core urban, one rural member) with ten due teachers at the core, one of them backbone, and five at the member.</summary>
    async Task<(string County, Guid Core, Guid Member, Guid Alliance)> AllianceWithPeopleAsync()
    {
        var county = RotationApp.NewCountyCode();
        var schools = await app.SchoolsAsync(county, ("C1", "urban"), ("M1", "rural"));
        var (core, member) = (schools[0].Id, schools[1].Id);
        var alliance = await app.AllianceAsync(county, core, member, "fused", "fused");
        var bureau = app.ClientAs(Roles.CountyAdmin, county);

        var roster = new StringBuilder("姓名,身份证号,岗位类别,学段,任教学科,骨干级别,参加工作时间,学校标识码,到校时间,工作经历,状态\n");
        for (var i = 0; i < 10; i++)
        {
            roster.Append($"城{i},{People.IdFor(new DateOnly(1980, 1, 1 + i), Gender.Female, i)},教师,小学,语文,{(i == 0 ? "县级" : "无")},2010-09-01,C1,2010-09-01,,\n");
        }

        for (var i = 0; i < 5; i++)
        {
            roster.Append($"乡{i},{People.IdFor(new DateOnly(1990, 2, 1 + i), Gender.Male, i)},教师,小学,语文,无,2020-09-01,M1,2020-09-01,,\n");
        }

        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(roster.ToString())), "file", "roster.csv" } };
        var imported = await bureau.PostAsync($"/api/rotation/counties/{county}/people/import", form);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        return (county, core, member, alliance);
    }

    static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    static async Task<JsonElement> Review(HttpClient client, string county, JsonElement plan, string decision, Guid? party = null, string? comment = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"/api/rotation/counties/{county}/plans/{plan.GetProperty("id").GetGuid()}/reviews",
            new { decision, party, comment, version = plan.GetProperty("version").GetInt32() });
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_plan_goes_from_draft_through_the_schools_and_the_alliance_to_the_bureau_and_places_people()
    {
        var (county, core, member, alliance) = await AllianceWithPeopleAsync();
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var office = app.AllianceOffice(county, alliance);
        var otherOffice = app.AllianceOffice(county, Guid.NewGuid());

        // An alliance office draws its own alliance's plan, not the county's or another alliance's.
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOffice.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025, allianceId = alliance })).StatusCode);
        var created = await office.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025, allianceId = alliance });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("draft", plan.GetProperty("status").GetString());
        var moves = plan.GetProperty("moves").EnumerateArray().ToList();
        Assert.Equal(2, moves.Count); // 10% of 10 eligible = 1 teacher out (the backbone one), and the exchange partner back
        var outbound = Assert.Single(moves, m => m.GetProperty("inReturnFor").ValueKind == JsonValueKind.Null);
        Assert.Equal("城0", outbound.GetProperty("personName").GetString());
        Assert.Equal("support", outbound.GetProperty("mode").GetString());
        Assert.Empty(plan.GetProperty("shortfalls").EnumerateArray());

        plan = await Review(office, county, plan, "approve", expected: HttpStatusCode.Conflict);
        await Review(otherOffice, county, await Get(office, county, created), "submit", expected: HttpStatusCode.Forbidden);
        plan = await Review(office, county, await Get(office, county, created), "submit");
        Assert.Equal("school-review", plan.GetProperty("status").GetString());
        await Review(office, county, plan, "agree", Guid.NewGuid(), expected: HttpStatusCode.Forbidden); // not one of its campuses
        await Review(bureau, county, plan, "agree", Guid.NewGuid(), expected: HttpStatusCode.Conflict); // not a school of the plan
        await Review(otherOffice, county, plan, "agree", core, expected: HttpStatusCode.Forbidden);
        plan = await Review(office, county, plan, "agree", core, "同意");
        Assert.Equal("school-review", plan.GetProperty("status").GetString());
        plan = await Review(office, county, plan, "agree", member);
        Assert.Equal("alliance-review", plan.GetProperty("status").GetString());
        plan = await Review(office, county, plan, "agree", alliance);
        Assert.Equal("bureau-review", plan.GetProperty("status").GetString());
        await Review(office, county, plan, "approve", expected: HttpStatusCode.Conflict); // the alliance office is not the bureau
        await Review(office, county, plan, "publish", expected: HttpStatusCode.Conflict);
        Assert.Contains("rotation.plan.approve", (await Review(bureau, county, plan, "approve", expected: HttpStatusCode.Conflict)).ToString()); // 公示 first
        plan = await PublishAsync(bureau, county, plan);
        Assert.Equal("notice", plan.GetProperty("status").GetString());
        plan = await Review(bureau, county, plan, "approve", comment: "准予交流");
        Assert.Equal("approved", plan.GetProperty("status").GetString());
        Assert.Equal(6, plan.GetProperty("reviews").GetArrayLength());

        var teacher = outbound.GetProperty("personId").GetGuid();
        Assert.True(await app.WasPublished<PersonPlaced>(m => m.Context.Message.PersonId == teacher && m.Context.Message.HostSchoolId == member
            && m.Context.Message.EndOn == new DateOnly(2028, 8, 31) && m.Context.Message.Mode == "support" && m.Context.Message.Backbone));
        Assert.True(await app.WasPublished<RotationPlanApproved>(m => m.Context.Message.CountyCode == county && m.Context.Message.Moves == 2));
        var person = await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{teacher}");
        Assert.Equal(member, person.GetProperty("currentSchoolId").GetGuid());

        // Next year the person is serving a rotation: exempt, not moved again.
        var next = await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{teacher}/eligibility/2026");
        Assert.Equal("exempt", next.GetProperty("status").GetString());

        // Coming back after a year credits the rural service, which is what a senior title needs [001].
        var placements = await bureau.GetAllAsync($"/api/rotation/counties/{county}/placements?status=active");
        var placement = placements!.Single(p => p.GetProperty("personId").GetGuid() == teacher);
        var returned = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/placements/{placement.GetProperty("id").GetGuid()}/return",
            new { returnedOn = "2026-09-01", version = 1 });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.True(await app.WasPublished<PersonReturned>(m => m.Context.Message.PersonId == teacher && m.Context.Message.Early));
        Assert.True(await app.WasPublished<RuralServiceCredited>(m => m.Context.Message.PersonId == teacher && m.Context.Message.Years == 1
            && m.Context.Message.Kind == "rural" && m.Context.Message.TotalYears == 1));
        var career = await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{teacher}/career/senior-title");
        Assert.True(career.GetProperty("allowed").GetBoolean());
        Assert.Equal(1, career.GetProperty("countedYears").GetInt32());
        var grade = await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{teacher}/career/principal-grade");
        Assert.False(grade.GetProperty("allowed").GetBoolean()); // one year of rotation, two needed
    }

    /// <summary>The bureau publishes the plan's notice and the notice period passes (the service's clock moves on).</summary>
    async Task<JsonElement> PublishAsync(HttpClient bureau, string county, JsonElement plan)
    {
        plan = await Review(bureau, county, plan, "publish");
        app.Clock.Advance(TimeSpan.FromDays(10));
        return plan;
    }

    static async Task<JsonElement> Get(HttpClient client, string county, HttpResponseMessage created) =>
        await client.GetFromJsonAsync<JsonElement>(created.Headers.Location!);

    [Fact]
    public async Task Approval_refuses_a_plan_whose_people_changed_and_a_plan_sent_back_needs_a_comment()
    {
        var (county, core, member, alliance) = await AllianceWithPeopleAsync();
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var created = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025, allianceId = alliance });
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();

        plan = await Review(bureau, county, plan, "submit");
        await Review(bureau, county, plan, "return", expected: HttpStatusCode.Conflict);
        plan = await Review(bureau, county, plan, "return", comment: "东山小学语文教师另有安排");
        Assert.Equal("draft", plan.GetProperty("status").GetString());
        plan = await Review(bureau, county, plan, "submit");
        plan = await Review(bureau, county, plan, "agree", core);
        plan = await Review(bureau, county, plan, "agree", member);
        plan = await Review(bureau, county, plan, "agree", alliance);

        var mover = plan.GetProperty("moves")[0].GetProperty("personId").GetGuid();
        var left = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people/{mover}/leave", new { leftOn = "2025-07-31", reason = "retired", version = 1 });
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);

        plan = await PublishAsync(bureau, county, plan);
        var refused = await Review(bureau, county, plan, "approve", expected: HttpStatusCode.Conflict);
        Assert.Contains("rotation.plan.stale", refused.ToString());
        Assert.Empty(await bureau.GetAllAsync($"/api/rotation/counties/{county}/placements"));

        // Drawing again without that person supersedes the old plan.
        var again = await (await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025, allianceId = alliance }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(again.GetProperty("moves").EnumerateArray(), m => m.GetProperty("personId").GetGuid() == mover);
        var list = await bureau.GetFromJsonAsync<List<JsonElement>>($"/api/rotation/counties/{county}/plans?schoolYear=2025");
        Assert.Equal(["draft", "superseded"], list!.Select(p => p.GetProperty("status").GetString()!).ToArray());
    }

    // 公示: the list is published for the county's working days; objections are recorded against people on it and
    // answered; the bureau approves only after the notice ends and every objection has its answer.
    [Fact]
    public async Task A_plan_is_approved_only_after_its_public_notice_with_every_objection_answered()
    {
        var (county, core, member, alliance) = await AllianceWithPeopleAsync();
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var settings = await bureau.PutAsJsonAsync($"/api/rotation/counties/{county}/settings", new { noticeWorkingDays = 31 });
        Assert.Equal(HttpStatusCode.BadRequest, settings.StatusCode);
        Assert.Contains("noticeWorkingDays", await settings.Content.ReadAsStringAsync());

        var plan = await (await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025, allianceId = alliance })).Content.ReadFromJsonAsync<JsonElement>();
        plan = await Review(bureau, county, plan, "submit");
        foreach (var party in new[] { core, member, alliance })
        {
            plan = await Review(bureau, county, plan, "agree", party);
        }

        plan = await Review(bureau, county, plan, "publish");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var notice = plan.GetProperty("notice");
        Assert.Equal((today, PublicNotice.Starting(today, 5).Until), (DateOnly.Parse(notice.GetProperty("from").GetString()!), DateOnly.Parse(notice.GetProperty("until").GetString()!)));
        var running = await Review(bureau, county, plan, "approve", expected: HttpStatusCode.Conflict);
        Assert.Contains("rotation.plan.notice-running", running.ToString());

        // The notice's list: names and schools, nothing that identifies beyond what a notice board shows.
        var id = plan.GetProperty("id").GetGuid();
        var list = await bureau.GetStringAsync($"/api/rotation/counties/{county}/plans/{id}/notice");
        var board = JsonDocument.Parse(list).RootElement;
        Assert.Equal(plan.GetProperty("moves").GetArrayLength(), board.GetProperty("lines").GetArrayLength());
        Assert.DoesNotContain("idNumber", list);
        Assert.DoesNotContain("birthDate", list);

        var mover = plan.GetProperty("moves")[0].GetProperty("personId").GetGuid();
        var others = (await bureau.GetAllAsync($"/api/rotation/counties/{county}/people")).Select(p => p.GetProperty("id").GetGuid());
        var notListed = others.First(p => plan.GetProperty("moves").EnumerateArray().All(m => m.GetProperty("personId").GetGuid() != p));
        var petitions = $"/api/rotation/counties/{county}/petitions";
        object Objection(Guid person) => new { kind = "objection", schoolYear = 2025, planId = id, personId = person, text = "该教师正在哺乳期", submittedBy = "东山小学教师" };
        var wrongPerson = await bureau.PostAsJsonAsync(petitions, Objection(notListed));
        Assert.Contains("rotation.petition.not-listed", await wrongPerson.Content.ReadAsStringAsync());
        var objection = await (await bureau.PostAsJsonAsync(petitions, Objection(mover))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("objection", mover), (objection.GetProperty("kind").GetString(), objection.GetProperty("personId").GetGuid()));

        app.Clock.Advance(TimeSpan.FromDays(10)); // the notice has ended, but an objection is open
        Assert.Contains("rotation.plan.objections-open", (await Review(bureau, county, plan, "approve", expected: HttpStatusCode.Conflict)).ToString());
        var answer = $"{petitions}/{objection.GetProperty("id").GetGuid()}/answer";
        var wrongOutcome = await bureau.PostAsJsonAsync(answer, new { outcome = "granted", answer = "—", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, wrongOutcome.StatusCode);
        var answered = await bureau.PostAsJsonAsync(answer, new { outcome = "dismissed", answer = "经核实，该教师哺乳期已于 2025 年 6 月结束。", version = 1 });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        plan = await Review(bureau, county, plan, "approve");
        Assert.Equal("approved", plan.GetProperty("status").GetString());
        var late = await bureau.PostAsJsonAsync(petitions, Objection(mover));
        Assert.Contains("rotation.petition.notice", await late.Content.ReadAsStringAsync());

        var unknownPlan = await bureau.PostAsJsonAsync(petitions,
            new { kind = "appeal", schoolYear = 2025, planId = Guid.NewGuid(), personId = mover, text = "不服交流安排", submittedBy = "本人" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownPlan.StatusCode);
        Assert.Contains("planId", await unknownPlan.Content.ReadAsStringAsync());

        // Teachers' applications and appeals are recorded and answered the same way.
        var application = await (await bureau.PostAsJsonAsync(petitions,
            new { kind = "application", schoolYear = 2026, personId = notListed, text = "申请下学年到乡村学校交流", submittedBy = "本人" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"{petitions}/{application.GetProperty("id").GetGuid()}/answer",
            new { outcome = "granted", answer = "同意，列入 2026 学年方案。", version = 1 })).StatusCode);
        var year = await bureau.GetFromJsonAsync<List<JsonElement>>($"{petitions}?schoolYear=2026");
        Assert.Equal(("application", "granted"), (year!.Single().GetProperty("kind").GetString(), year!.Single().GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task A_person_rated_excellent_may_stay_for_good_and_others_may_not()
    {
        var (county, core, member, alliance) = await AllianceWithPeopleAsync();
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var plan = await (await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025 })).Content.ReadFromJsonAsync<JsonElement>();
        plan = await Review(bureau, county, plan, "submit");
        plan = await Review(bureau, county, plan, "agree", core);
        plan = await Review(bureau, county, plan, "agree", member);
        plan = await Review(bureau, county, plan, "agree", alliance);
        await Review(bureau, county, await PublishAsync(bureau, county, plan), "approve");
        var placements = await bureau.GetAllAsync($"/api/rotation/counties/{county}/placements?status=active");
        var sent = placements!.Single(p => p.GetProperty("inReturnFor").ValueKind == JsonValueKind.Null);
        var back = placements!.Single(p => p.GetProperty("inReturnFor").ValueKind != JsonValueKind.Null);
        var sentId = sent.GetProperty("id").GetGuid();

        var unrated = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/placements/{sentId}/stay", new { version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, unrated.StatusCode);
        Assert.Contains("rotation.transfer.rated-excellent", await unrated.Content.ReadAsStringAsync());
        var returner = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/placements/{back.GetProperty("id").GetGuid()}/stay", new { version = 1 });
        Assert.Contains("rotation.transfer.sent-by-lead-school", await returner.Content.ReadAsStringAsync());

        // The term ends 2028-08-31: the rating that counts is school year 2027's.
        var person = sent.GetProperty("personId").GetGuid();
        await app.Publish(new AnnualRatingsFinalized
        {
            EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolYear = 2027,
            Ratings = [new PersonRating { PersonId = person, Rating = "excellent" }],
        });
        HttpResponseMessage stayed = unrated;
        await Until(async () => (stayed = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/placements/{sentId}/stay", new { version = 1 })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, stayed.StatusCode);
        Assert.True(await app.WasPublished<PersonTransferred>(m => m.Context.Message.PersonId == person && m.Context.Message.SchoolId == member
            && m.Context.Message.TransferredOn == new DateOnly(2028, 9, 1) && m.Context.Message.RatedYear == 2027));
        var history = (await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{person}")).GetProperty("history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("schoolId").GetGuid() == member && !h.GetProperty("byRotation").GetBoolean());
    }

    [Fact]
    public async Task Campus_needs_are_validated_all_or_nothing_and_feed_the_plan()
    {
        var (county, core, member, _) = await AllianceWithPeopleAsync();
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var bad = await bureau.PutAsJsonAsync($"/api/rotation/counties/{county}/needs/2025", new object[]
        {
            new { schoolId = member, stage = "junior", subject = "语文", count = 1 },
            new { schoolId = Guid.NewGuid(), count = 1 },
            new { schoolId = member, subject = "化妆", count = 0 },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync();
        foreach (var field in new[] { "needs[0].stage", "needs[1].schoolId", "needs[2].subject", "needs[2].count" })
        {
            Assert.Contains(field, text);
        }

        Assert.Empty((await bureau.GetFromJsonAsync<List<JsonElement>>($"/api/rotation/counties/{county}/needs/2025"))!);
        var ok = await bureau.PutAsJsonAsync($"/api/rotation/counties/{county}/needs/2025", new object[] { new { schoolId = member, subject = "语文", count = 1 } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Single((await bureau.GetFromJsonAsync<List<JsonElement>>($"/api/rotation/counties/{county}/needs/2025"))!);
    }

    [Fact]
    public async Task A_reappointment_round_is_explained_per_person_and_a_second_round_knows_who_waited_before()
    {
        var (county, core, member, _) = await AllianceWithPeopleAsync();
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var people = (await bureau.GetAllAsync($"/api/rotation/counties/{county}/people"))
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("id").GetGuid());
        object Applicant(string name, decimal score) => new { personId = people[name], score, crossSchoolChoices = new[] { member }, acceptsPlacement = name != "城9" };
        var body = new
        {
            name = "2025年秋季县管校聘", date = "2025-08-15",
            posts = new object[] { new { schoolId = core, subject = "语文", count = 8 }, new { schoolId = member, subject = "语文", count = 12 } },
            applicants = Enumerable.Range(0, 10).Select(i => Applicant($"城{i}", 90 - i)).Concat(Enumerable.Range(0, 5).Select(i => Applicant($"乡{i}", 70 - i))).ToArray(),
        };

        var created = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/rounds", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var round = await created.Content.ReadFromJsonAsync<JsonElement>();
        var results = round.GetProperty("people").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        // 20 posts: 2 (10%) across schools, one at each school by the largest remainder (0.8 at the core, 1.2 at the member),
        // so the core keeps 7 of its 8 for its own teachers and the member 11 of its 12.
        Assert.Equal(7, results.Values.Count(r => r.GetProperty("outcome").GetString() == "own-school" && r.GetProperty("schoolId").GetGuid() == core));
        Assert.Equal("cross-school", results["城7"].GetProperty("outcome").GetString()); // best of the rest, the member's free post
        Assert.Equal(member, results["城7"].GetProperty("schoolId").GetGuid());
        Assert.Equal("waiting", results["城9"].GetProperty("outcome").GetString());
        Assert.Contains("组织调剂：本人不服从调剂", results["城9"].GetProperty("explanation").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0.5m, results["城9"].GetProperty("pay").GetProperty("maxYearEndBonusShare").GetDecimal());

        // Applying the round moves the cross-school winner into the member's history and tells staffing; once only.
        var roundId = round.GetProperty("id").GetGuid();
        Assert.Equal(("bureau-placed", core), (results["城8"].GetProperty("outcome").GetString(), results["城8"].GetProperty("schoolId").GetGuid()));
        var waiter = results["城9"].GetProperty("personId").GetGuid();
        var notWaiting = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/rounds/{roundId}/apply",
            new { effectiveOn = "2025-09-01", version = 1, waitingAssignments = new[] { new { personId = winner0(), shadowingSchoolId = core } } });
        Assert.Equal(HttpStatusCode.BadRequest, notWaiting.StatusCode);
        Assert.Contains("waitingAssignments[0].personId", await notWaiting.Content.ReadAsStringAsync());
        Guid winner0() => results["城7"].GetProperty("personId").GetGuid();

        // 由县教体局统一安排到相关学校进行跟岗学习和顶岗实践 [004]: the waiting status is kept on the person, with both schools.
        var applied = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/rounds/{roundId}/apply", new
        {
            effectiveOn = "2025-09-01", version = 1,
            waitingAssignments = new[] { new { personId = waiter, shadowingSchoolId = core, coverSchoolId = member } },
        });
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var waiting = (await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{waiter}")).GetProperty("waiting");
        Assert.Equal((roundId, "2025-09-01", 1, core, member), (waiting.GetProperty("roundId").GetGuid(), waiting.GetProperty("since").GetString(),
            waiting.GetProperty("semestersInARow").GetInt32(), waiting.GetProperty("shadowingSchoolId").GetGuid(), waiting.GetProperty("coverSchoolId").GetGuid()));
        Assert.Equal(JsonValueKind.Null, (await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{winner0()}")).GetProperty("waiting").ValueKind);
        var winner = results["城7"].GetProperty("personId").GetGuid();
        Assert.True(await app.WasPublished<PersonReassigned>(m => m.Context.Message.PersonId == winner && m.Context.Message.ToSchoolId == member
            && m.Context.Message.Outcome == "cross-school" && m.Context.Message.EffectiveOn == new DateOnly(2025, 9, 1)));
        Assert.Equal(member, (await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{winner}")).GetProperty("currentSchoolId").GetGuid());
        var twice = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/rounds/{roundId}/apply", new { effectiveOn = "2025-09-01", version = 2 });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("rotation.round.applied", await twice.Content.ReadAsStringAsync());

        var second = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/rounds", body with { name = "2026年春季县管校聘", date = "2026-02-15" });
        var again = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("people").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "城9");
        Assert.Equal(0m, again.GetProperty("pay").GetProperty("maxYearEndBonusShare").GetDecimal()); // waiting again: no year-end bonus [004]
        Assert.Equal(2, (await bureau.GetFromJsonAsync<List<JsonElement>>($"/api/rotation/counties/{county}/rounds"))!.Count);

        var unnamed = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/rounds", new { posts = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        var required = await unnamed.Content.ReadAsStringAsync();
        Assert.Contains("\"name\"", required);
        Assert.Contains("\"date\"", required);

        var bad = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/rounds", new
        {
            name = "2026年秋季县管校聘", date = "2026-08-20",
            posts = new[] { new { schoolId = Guid.NewGuid(), count = 1 } }, applicants = new[] { new { personId = Guid.NewGuid(), score = -1 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync();
        foreach (var field in new[] { "posts[0].schoolId", "applicants[0].personId" })
        {
            Assert.Contains($"\"{field}\"", text);
        }
    }
}
