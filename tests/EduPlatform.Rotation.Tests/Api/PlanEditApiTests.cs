using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Tests.Domain;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Rotation.Tests.Api;

/// <summary>
/// Issue 24 item 13: the bureau examines the people a plan chooses ([001] 区教体局对选派对象进行考察认定) and edits a
/// draft by hand — adds, removes, swaps, pins — with every rule checked again, the targets counted again, and the edit
/// kept with who and why.
/// </summary>
public sealed class PlanEditApiTests(RotationApp app) : IClassFixture<RotationApp>
{
    /// <summary>
    /// A Wolong county's close-knit group (reciprocal: each member sends a matching person back [001]) with ten due Chinese teachers at
    /// the urban core (城0 backbone), five at the rural member, and a woman of 55 at the core (exempt by age [001] 四(一)2).
    /// </summary>
    async Task<(string County, Guid Core, Guid Member, Guid Alliance, HttpClient Bureau)> CountyAsync()
    {
        var county = RotationApp.NewCountyCode();
        var schools = await app.SchoolsAsync(county, ("C1", "urban"), ("M1", "rural"));
        var (core, member) = (schools[0].Id, schools[1].Id);
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/rotation/counties/{county}/settings", new { preset = "wolong", version = 0 })).StatusCode);
        var alliance = await app.AllianceAsync(county, core, member, "close-knit-group", "close-knit");

        var roster = new StringBuilder("姓名,身份证号,岗位类别,学段,任教学科,骨干级别,参加工作时间,学校标识码,到校时间,工作经历,状态\n");
        for (var i = 0; i < 10; i++)
        {
            roster.Append($"城{i},{People.IdFor(new DateOnly(1980, 1, 1 + i), Gender.Female, i)},教师,小学,语文,{(i == 0 ? "县级" : "无")},2010-09-01,C1,2010-09-01,,\n");
        }

        for (var i = 0; i < 5; i++)
        {
            roster.Append($"乡{i},{People.IdFor(new DateOnly(1990, 2, 1 + i), Gender.Male, i)},教师,小学,语文,无,2010-09-01,M1,2010-09-01,,\n");
        }

        roster.Append($"老城,{People.IdFor(new DateOnly(1970, 3, 1), Gender.Female, 40)},教师,小学,语文,无,1990-09-01,C1,2010-09-01,,\n");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(roster.ToString())), "file", "roster.csv" } };
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/rotation/counties/{county}/people/import", form)).StatusCode);
        return (county, core, member, alliance, bureau);
    }

    static async Task<Dictionary<string, Guid>> PeopleAsync(HttpClient bureau, string county) =>
        (await bureau.GetAllAsync($"/api/rotation/counties/{county}/people"))!.ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("id").GetGuid());

    static async Task<(HttpStatusCode Status, JsonElement Body)> EditAsync(HttpClient client, string county, JsonElement plan, object edit)
    {
        var body = JsonSerializer.SerializeToElement(edit);
        var merged = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        merged.TryAdd("version", plan.GetProperty("version").GetInt32());
        var response = await client.PostAsJsonAsync($"/api/rotation/counties/{county}/plans/{plan.GetProperty("id").GetGuid()}/edits", merged);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    static JsonElement Target(JsonElement plan, string key) => plan.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("target").GetString() == key);

    static IEnumerable<JsonElement> Moves(JsonElement plan) => plan.GetProperty("moves").EnumerateArray();

    [Fact]
    public async Task The_bureau_edits_a_draft_by_hand_every_rule_checked_again_the_targets_counted_again_and_each_edit_kept_with_who_and_why()
    {
        var (county, core, member, alliance, bureau) = await CountyAsync();
        var people = await PeopleAsync(bureau, county);
        var plan = await (await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025, allianceId = alliance }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var sent = Moves(plan).Where(m => m.GetProperty("inReturnFor").ValueKind == JsonValueKind.Null && m.GetProperty("fromSchoolId").GetGuid() == core)
            .Select(m => m.GetProperty("personName").GetString()).ToList();
        Assert.Contains("城0", sent); // the backbone teacher, for the backbone share
        Assert.True(Target(plan, "reciprocity").GetProperty("met").GetBoolean());

        // A reason is required; an unknown person or school is a field error; only the bureau edits.
        var (status, problem) = await EditAsync(bureau, county, plan, new { action = "remove", personId = people["城0"] });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("reason", problem.GetProperty("errors").ToString());
        (status, problem) = await EditAsync(bureau, county, plan, new { action = "add", personId = Guid.NewGuid(), toSchoolId = Guid.NewGuid(), reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("personId", problem.GetProperty("errors").ToString());
        Assert.Contains("toSchoolId", problem.GetProperty("errors").ToString());
        (status, _) = await EditAsync(app.AllianceOffice(county, alliance), county, plan, new { action = "remove", personId = people["城0"], reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, status);

        // Removing a sent person takes their return with them; the school's shares fall short, counted again.
        var returner = Moves(plan).Single(m => m.GetProperty("inReturnFor").ValueKind != JsonValueKind.Null
            && m.GetProperty("inReturnFor").GetGuid() == people["城0"]).GetProperty("personId").GetGuid();
        (status, plan) = await EditAsync(bureau, county, plan, new { action = "remove", personId = people["城0"], reason = "考察认定：城0 本学年承担毕业班教学" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(Moves(plan), m => m.GetProperty("personId").GetGuid() is var id && (id == people["城0"] || id == returner));
        Assert.Equal((1, 0), (Target(plan, "target.share-of-eligible").GetProperty("required").GetInt32(), Target(plan, "target.share-of-eligible").GetProperty("planned").GetInt32()));
        // The lead school's Chinese backbone teacher for the member's team [001] is missing now, and the plan says it was an edit.
        Assert.False(Target(plan, "team.primary.chinese").GetProperty("met").GetBoolean());
        Assert.Contains("人工调整", Target(plan, "team.primary.chinese").GetProperty("reason").GetString());
        Assert.Equal(0, plan.GetProperty("figures").GetProperty("rotatingTeachers").GetInt32());

        // The age exemption holds against a hand edit too; a member's teacher goes to the core only in return for someone.
        (status, problem) = await EditAsync(bureau, county, plan, new { action = "add", personId = people["老城"], toSchoolId = member, reason = "自愿" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("rotation.edit.exempt", problem.ToString());
        Assert.Contains("50", problem.ToString());
        (status, problem) = await EditAsync(bureau, county, plan, new { action = "add", personId = people["乡4"], toSchoolId = core, reason = "跟岗" });
        Assert.Contains("rotation.edit.return", problem.ToString());
        (status, problem) = await EditAsync(bureau, county, plan, new { action = "add", personId = people["城5"], toSchoolId = core, reason = "x" });
        Assert.Contains("rotation.edit.same-school", problem.ToString());
        (status, problem) = await EditAsync(bureau, county, plan, new { action = "add", personId = people["城5"], toSchoolId = member, subject = "maths", reason = "x" });
        Assert.Contains("rotation.edit.subject", problem.ToString());

        // Adding 城5 to the member leaves the close-knit group's reciprocity short until 乡4 is added in return.
        (status, plan) = await EditAsync(bureau, county, plan, new { action = "add", personId = people["城5"], toSchoolId = member, reason = "本人申请到乡村学校支教" });
        Assert.Equal(HttpStatusCode.OK, status);
        var added = Moves(plan).Single(m => m.GetProperty("personId").GetGuid() == people["城5"]);
        Assert.Equal("support", added.GetProperty("mode").GetString());
        Assert.Contains(added.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("本人申请到乡村学校支教"));
        Assert.False(Target(plan, "reciprocity").GetProperty("met").GetBoolean());
        (status, plan) = await EditAsync(bureau, county, plan, new { action = "add", personId = people["乡4"], toSchoolId = core, reason = "对等跟岗" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(people["城5"], Moves(plan).Single(m => m.GetProperty("personId").GetGuid() == people["乡4"]).GetProperty("inReturnFor").GetGuid());
        Assert.True(Target(plan, "reciprocity").GetProperty("met").GetBoolean());

        // A swap stays at the sending school; the return now answers for the person swapped in.
        (status, problem) = await EditAsync(bureau, county, plan, new { action = "swap", personId = people["城5"], withPersonId = people["乡3"], reason = "x" });
        Assert.Contains("rotation.edit.swap-school", problem.ToString());
        (status, plan) = await EditAsync(bureau, county, plan, new { action = "swap", personId = people["城5"], withPersonId = people["城0"], reason = "毕业班另有安排，城0 仍派出" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(people["城0"], Moves(plan).Single(m => m.GetProperty("personId").GetGuid() == people["乡4"]).GetProperty("inReturnFor").GetGuid());
        Assert.True(Target(plan, "target.share-of-eligible").GetProperty("met").GetBoolean());
        Assert.True(Target(plan, "team.primary.chinese").GetProperty("met").GetBoolean());

        // A pinned move cannot be removed; an old version is a conflict.
        var stale = plan;
        (status, plan) = await EditAsync(bureau, county, plan, new { action = "pin", personId = people["城0"], reason = "局党组已考察认定" });
        Assert.True(Moves(plan).Where(m => m.GetProperty("personId").GetGuid() == people["城0"] || m.GetProperty("personId").GetGuid() == people["乡4"])
            .All(m => m.GetProperty("pinned").GetBoolean()));
        (status, problem) = await EditAsync(bureau, county, plan, new { action = "remove", personId = people["城0"], reason = "x" });
        Assert.Contains("rotation.edit.pinned", problem.ToString());
        (status, problem) = await EditAsync(bureau, county, stale, new { action = "remove", personId = people["城5"], reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("version", problem.ToString());

        // The plan's trail and the audit log keep each edit with who and why.
        var edits = plan.GetProperty("edits").EnumerateArray().ToList();
        Assert.Equal(["remove", "add", "add", "swap", "pin"], edits.Select(e => e.GetProperty("action").GetString()!).ToArray());
        Assert.Equal("考察认定：城0 本学年承担毕业班教学", edits[0].GetProperty("reason").GetString());
        Assert.All(edits, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("actor").GetString())));
        var audit = await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/audit");
        Assert.Equal(5, audit.GetProperty("items").EnumerateArray().Count(a => a.GetProperty("action").GetString() == "rotation.plan.edit"));

        // Drawn again, the plan keeps the pinned pair; a draft under review is not edited by hand.
        var again = await (await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/plans", new { schoolYear = 2025, allianceId = alliance }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var kept = Moves(again).Single(m => m.GetProperty("personId").GetGuid() == people["乡4"]);
        Assert.Equal(people["城0"], kept.GetProperty("inReturnFor").GetGuid());
        Assert.True(kept.GetProperty("pinned").GetBoolean());
        var submitted = await (await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/plans/{again.GetProperty("id").GetGuid()}/reviews",
            new { decision = "submit", version = again.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        (status, problem) = await EditAsync(bureau, county, submitted, new { action = "unpin", personId = people["城0"], reason = "x" });
        Assert.Contains("rotation.edit.draft", problem.ToString());
    }
}
