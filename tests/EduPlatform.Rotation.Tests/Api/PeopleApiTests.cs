using EduPlatform.Tests;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlatform.Contracts.Rotation;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Tests.Domain;
using EduPlatform.ServiceDefaults;
using MassTransit.Testing;

namespace EduPlatform.Rotation.Tests.Api;

public sealed class PeopleApiTests(RotationApp app) : IClassFixture<RotationApp>
{
    static readonly string Woman1974 = People.IdFor(new DateOnly(1974, 5, 6), Gender.Female);

    static object Body(string id, string school, string? name = "李老师", string atSchoolSince = "2015-09-01") => new
    {
        name, idNumber = id, role = "teacher", stage = "primary", subjects = new[] { "语文" }, backbone = "county", hiredOn = atSchoolSince,
        schoolCode = school, atSchoolSince,
    };

    [Fact]
    public async Task Identity_numbers_are_validated_and_masked_unless_the_role_handles_them()
    {
        var county = RotationApp.NewCountyCode();
        await app.SchoolsAsync(county, ("S1", "urban"));
        var bureau = app.ClientAs(Roles.CountyAdmin, county);

        var bad = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people", Body("421125197405060021", "S1"), RotationApp.Json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("校验码不符", problem.GetProperty("errors").GetProperty("idNumber")[0].GetString());

        var created = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people", Body(Woman1974, "S1"), RotationApp.Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Woman1974, person.GetProperty("idNumber").GetString());
        Assert.Equal("female", person.GetProperty("gender").GetString()); // from the number's sequence digit
        var id = person.GetProperty("id").GetGuid();

        var viewer = app.ClientAs(Roles.Viewer, county);
        var seen = await viewer.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{id}");
        Assert.Equal("421125********0029"[..6], seen.GetProperty("idNumber").GetString()![..6]);
        Assert.Equal(IdNumber.Mask(Woman1974), seen.GetProperty("idNumber").GetString());

        // The mask hides the birth-date digits; nothing a masking role reads may give them back.
        var birth = IdNumber.BirthDate(Woman1974)!.Value;
        foreach (var role in new[] { Roles.Viewer, Roles.StaffingOffice, Roles.AllianceAdmin })
        {
            var client = app.ClientAs(role, county);
            var one = await client.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/people/{id}");
            Assert.Equal(JsonValueKind.Null, one.GetProperty("birthDate").ValueKind);
            var all = await client.GetStringAsync($"/api/rotation/counties/{county}/people");
            Assert.Contains(IdNumber.Mask(Woman1974), all);
            Assert.DoesNotContain(birth.ToString("yyyy-MM-dd"), all);
            Assert.DoesNotContain(Woman1974[6..14], all);
        }

        Assert.Equal(birth.ToString("yyyy-MM-dd"), person.GetProperty("birthDate").GetString()); // the bureau handles the number

        var duplicate = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people", Body(Woman1974, "S1"), RotationApp.Json);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);

        // The audit keeps who registered whom, never the number in full.
        var audit = await bureau.GetStringAsync($"/api/rotation/counties/{county}/audit");
        Assert.Contains("rotation.person.register", audit);
        Assert.DoesNotContain(Woman1974, audit);
        Assert.Contains(IdNumber.Mask(Woman1974), audit);
        Assert.DoesNotContain(birth.ToString("yyyy-MM-dd"), audit);

        // A look-up by number goes in a POST body, so the number never reaches a URL, an access log or a trace.
        var lookup = $"/api/rotation/counties/{county}/people/lookup";
        var found = await viewer.PostAsJsonAsync(lookup, new { idNumber = Woman1974 });
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var foundPerson = await found.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((id, IdNumber.Mask(Woman1974), JsonValueKind.Null),
            (foundPerson.GetProperty("id").GetGuid(), foundPerson.GetProperty("idNumber").GetString(), foundPerson.GetProperty("birthDate").ValueKind));
        var nobody = await viewer.PostAsJsonAsync(lookup, new { idNumber = People.IdFor(new DateOnly(1980, 1, 1), Gender.Male) });
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        Assert.DoesNotContain("19800101", await nobody.Content.ReadAsStringAsync());
        var malformed = await viewer.PostAsJsonAsync(lookup, new { idNumber = "12345" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((await malformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("idNumber", out _));

        // Another county's user does not see the person.
        var other = app.ClientAs(Roles.CountyAdmin, RotationApp.NewCountyCode());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/rotation/counties/{county}/people/{id}")).StatusCode);
    }

    [Fact]
    public async Task Eligibility_explains_each_person_with_rule_facts_and_source()
    {
        var county = RotationApp.NewCountyCode();
        await app.SchoolsAsync(county, ("E1", "urban"));
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/rotation/counties/{county}/settings", new { preset = "wolong", version = 0 })).StatusCode);
        await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people", Body(Woman1974, "E1", "年长教师"), RotationApp.Json);
        await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people", Body(People.IdFor(new DateOnly(1988, 1, 2), Gender.Male), "E1", "到期教师", "2018-09-01"), RotationApp.Json);
        await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people", Body(People.IdFor(new DateOnly(1990, 1, 2), Gender.Male), "E1", "新到教师", "2021-09-01"), RotationApp.Json);

        var report = await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/eligibility/2025");

        var lines = report.GetProperty("people").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);
        Assert.Equal("exempt", lines["年长教师"].GetProperty("status").GetString());
        Assert.Equal("暂不纳入：女，51 岁，超过 50 岁，[001] 四(一)2 暂不纳入交流范围(2)", lines["年长教师"].GetProperty("explanation").GetString());
        Assert.Equal("must-rotate", lines["到期教师"].GetProperty("status").GetString());
        Assert.Contains("在本校连续任教 7 年，≥ 6 年", lines["到期教师"].GetProperty("explanation").GetString());

        // The same report in English, for a subscribing system that asks for it; the codes do not change.
        bureau.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = (await bureau.GetFromJsonAsync<JsonElement>($"/api/rotation/counties/{county}/eligibility/2025"))
            .GetProperty("people").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);
        Assert.Equal("exempt: woman aged 51 > 50, [001] 四(一)2 暂不纳入交流范围(2)", english["年长教师"].GetProperty("explanation").GetString());
        Assert.Contains("7 consecutive years at this school ≥ 6", english["到期教师"].GetProperty("explanation").GetString());
        Assert.Equal("exempt", english["年长教师"].GetProperty("status").GetString());
        Assert.Equal("may-rotate", lines["新到教师"].GetProperty("status").GetString());
        Assert.Equal(1, report.GetProperty("summary").GetProperty("mustRotate").GetInt32());
        Assert.Equal("wolong", report.GetProperty("preset").GetString());

        var bad = await bureau.GetAsync($"/api/rotation/counties/{county}/eligibility/2025?status=perhaps");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_hire_publishes_PersonHired_and_a_departure_PersonLeft_through_the_outbox()
    {
        var county = RotationApp.NewCountyCode();
        var schools = await app.SchoolsAsync(county, ("H1", "urban"));
        var bureau = app.ClientAs(Roles.HrBureau, county);
        var hired = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/hires",
            Body(People.IdFor(new DateOnly(2001, 4, 4), Gender.Female), "H1", "新教师", "2025-08-20"), RotationApp.Json);
        Assert.Equal(HttpStatusCode.Created, hired.StatusCode);
        var id = (await hired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.True(await app.WasPublished<PersonHired>(m => m.Context.Message.PersonId == id && m.Context.Message.SchoolId == schools[0].Id));

        var left = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people/{id}/leave", new { leftOn = "2026-01-31", reason = "resigned", version = 1 });
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.True(await app.WasPublished<PersonLeft>(m => m.Context.Message.PersonId == id && m.Context.Message.Reason == "resigned"));
        var again = await bureau.PostAsJsonAsync($"/api/rotation/counties/{county}/people/{id}/leave", new { leftOn = "2026-01-31", reason = "resigned", version = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.DoesNotContain((await bureau.GetAllAsync($"/api/rotation/counties/{county}/people")), p => p.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task The_roster_import_is_all_or_nothing_and_reports_every_bad_row()
    {
        var county = RotationApp.NewCountyCode();
        await app.SchoolsAsync(county, ("R1", "urban"), ("R2", "rural"));
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var good1 = People.IdFor(new DateOnly(1980, 1, 1), Gender.Male);
        var good2 = People.IdFor(new DateOnly(1985, 6, 30), Gender.Female);
        const string Header = "姓名,身份证号,岗位类别,学段,任教学科,骨干级别,参加工作时间,学校标识码,到校时间,工作经历,状态\n";
        var bad = Header
            + $"张一,{good1},教师,小学,语文、数学,县级,2003-09-01,R1,2016-09-01,R2:2003-09-01~2016-08-31,\n"
            + $"张二,421125198001010000,教师,小学,语文,无,2003-09-01,R1,2016-09-01,,\n"
            + $"张三,{good2},教师,小学,化妆,无,2008-09-01,R9,2016-09-01,,孕期\n";

        var refused = await Upload(bureau, county, bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("row 3", text);
        Assert.Contains("row 4", text);
        Assert.Contains("化妆", text);
        Assert.Contains("R9", text);
        Assert.Empty((await bureau.GetAllAsync($"/api/rotation/counties/{county}/people")));

        var good = Header
            + $"张一,{good1},教师,小学,语文、数学,县级,2003-09-01,R1,2016-09-01,R2:2003-09-01~2016-08-31,\n"
            + $"张三,{good2},教师,小学,美术,无,2008-09-01,R2,2016-09-01,,孕期\n";
        var imported = await Upload(bureau, county, good);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("new").GetInt32());
        var again = await Upload(bureau, county, good);
        Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updated").GetInt32());

        var people = await bureau.GetAllAsync($"/api/rotation/counties/{county}/people");
        var zhang = people!.Single(p => p.GetProperty("name").GetString() == "张一");
        Assert.Equal(2, zhang.GetProperty("history").GetArrayLength());
        Assert.Equal("rural", zhang.GetProperty("history")[0].GetProperty("locality").GetString());
    }

    static Task<HttpResponseMessage> Upload(HttpClient client, string county, string csv)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "people.csv" } };
        return client.PostAsync($"/api/rotation/counties/{county}/people/import", form);
    }
}
