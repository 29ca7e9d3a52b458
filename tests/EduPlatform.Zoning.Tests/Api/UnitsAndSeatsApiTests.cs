using EduPlatform.Tests;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlatform.Contracts.Organization;
using EduPlatform.Contracts.Zoning;
using MassTransit.Testing;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;

namespace EduPlatform.Zoning.Tests.Api;

public sealed class UnitsAndSeatsApiTests(ZoningApp app) : IClassFixture<ZoningApp>
{
    async Task<(string County, HttpClient Bureau, Guid Primary, Guid NineYear)> CountyAsync()
    {
        var county = ZoningApp.NewCountyCode();
        Guid primary = Guid.NewGuid(), nineYear = Guid.NewGuid();
        foreach (var (id, code, stage) in new[] { (primary, "P1", "primary"), (nineYear, "N1", "nine-year") })
        {
            await app.Publish(new SchoolRegistered
            {
                EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolId = id, SchoolCode = code, Name = $"学校{code}",
                Stage = stage, Locality = "urban", SchoolType = "regular", Township = "清泉镇", Latitude = 30.42, Longitude = 115.23, IsPublic = true,
                IsLegalPerson = true, IsBoarding = false, Version = 1,
            });
        }

        await app.Publish(Term(county, primary, 1500, 30, [new GradeStatistics { Grade = 1, Students = 270, Classes = 6 }]));
        await app.Publish(Term(county, nineYear, 600, 14, [new GradeStatistics { Grade = 1, Students = 45, Classes = 1 }, new GradeStatistics { Grade = 7, Students = 90, Classes = 2 }]));
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await bureau.GetFromJsonAsync<JsonElement>($"/api/zoning/counties/{county}/seats/2025")).GetProperty("schools").EnumerateArray().Sum(s => s.GetProperty("seats").GetInt32()) != 415) // 6 × 45 + 1 × 45 + 2 × 50
        {
            Assert.True(DateTime.UtcNow < deadline, "zoning did not receive the organization events");
            await Task.Delay(100);
        }

        return (county, bureau, primary, nineYear);
    }

    static TermStatisticsReported Term(string county, Guid school, int students, int classes, IReadOnlyList<GradeStatistics> grades) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolId = school, Term = "2024-autumn", SchoolYear = 2024,
        Season = "autumn", Students = students, Classes = classes, Grades = grades, Version = 1,
    };

    static Task<HttpResponseMessage> Upload(HttpClient client, string county, string csv)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "units.csv" } };
        return client.PostAsync($"/api/zoning/counties/{county}/units/import", form);
    }

    const string Header = "编码,名称,类型,乡镇,纬度,经度,别名,相邻,年份,小学新生,初中新生\n";

    /// <summary>360 primary entrants in three touching units beside the two schools (270 + 45 seats).</summary>
    const string ThreeUnits = Header
        + "U1,清泉花园,小区,清泉镇,30.421,115.231,,U2;U3,2025,120,60\n"
        + "U2,河东村,村,清泉镇,30.43,115.24,,U1,2025,90,40\n"
        + "U3,新城小区,小区,清泉镇,30.41,115.22,,U1,2025,150,80\n";

    [Fact]
    public async Task Units_import_with_neighbours_and_entrants_and_seats_meet_the_entrants()
    {
        var (county, bureau, primary, nineYear) = await CountyAsync();
        var csv = Header
            + "U1,清泉花园,小区,清泉镇,30.421,115.231,清泉花园小区、清泉园,U2;U3,2025,120,60\n"
            + "U2,河东村,村,清泉镇,30.43,115.24,,U1,2025,90,40\n"
            + "U3,新城小区,小区,清泉镇,30.41,115.22,,U1,2025,150,80\n";

        var response = await Upload(bureau, county, csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 3, 2, 360, 180), (report.GetProperty("rows").GetInt32(), report.GetProperty("new").GetInt32(), report.GetProperty("pairs").GetInt32(),
            report.GetProperty("primaryEntrants").GetInt32(), report.GetProperty("juniorEntrants").GetInt32()));

        var units = await bureau.GetAllAsync($"/api/zoning/counties/{county}/units?schoolYear=2025");
        var u2 = units.Single(u => u.GetProperty("code").GetString() == "U2");
        Assert.Equal("village", u2.GetProperty("kind").GetString());
        Assert.Single(u2.GetProperty("neighbours").EnumerateArray()); // U1 listed U2, and U2 listed U1: one pair
        Assert.Equal(2, units.Single(u => u.GetProperty("code").GetString() == "U1").GetProperty("aliases").GetArrayLength());

        // Seats: primary 6 × 45 + 1 × 45 = 315 for 360 entrants (45 short); junior 2 × 50 = 100 for 180 (80 short).
        var seats = await bureau.GetFromJsonAsync<JsonElement>($"/api/zoning/counties/{county}/seats/2025");
        var stages = seats.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!);
        Assert.Equal((360, 315, 45), (stages["primary"].GetProperty("entrants").GetInt32(), stages["primary"].GetProperty("seats").GetInt32(), stages["primary"].GetProperty("shortfall").GetInt32()));
        Assert.Equal((180, 100, 80), (stages["junior"].GetProperty("entrants").GetInt32(), stages["junior"].GetProperty("seats").GetInt32(), stages["junior"].GetProperty("shortfall").GetInt32()));

        // The bureau plans an extra class at the primary school and two more junior classes.
        var planned = await bureau.PutAsJsonAsync($"/api/zoning/counties/{county}/entry-classes/2025",
            new object[] { new { schoolId = primary, classes = 7 }, new { schoolId = nineYear, stage = "junior", classes = 4 } });
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        var after = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!);
        Assert.Equal(0, after["primary"].GetProperty("shortfall").GetInt32());
        Assert.Equal(0, after["junior"].GetProperty("shortfall").GetInt32());
        var bad = await bureau.PutAsJsonAsync($"/api/zoning/counties/{county}/entry-classes/2025", new object[] { new { schoolId = nineYear, classes = 2 } });
        Assert.Contains("招收小学或初中", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_bad_units_file_changes_nothing_and_names_every_bad_row()
    {
        var (county, bureau, _, _) = await CountyAsync();
        var csv = Header
            + "U1,清泉花园,小区,清泉镇,30.421,115.231,,U9,2025,120,60\n"
            + "U1,重复,小区,清泉镇,30.4,115.2,,,,,\n"
            + "U3,新城,楼盘,清泉镇,95,115.22,,U3,2025,-5,\n"
            + "U4,无年份,小区,清泉镇,30.4,115.2,,,,10,\n";

        bureau.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var response = await Upload(bureau, county, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var expected in new[] { "'U9' is not a unit", "U1 already appears in row 2", "'楼盘' is not 小区 or 村", "'95' is not a number", "U3 cannot touch itself", "'-5'", "is required when entrants are given" })
        {
            Assert.Contains(expected, text);
        }

        Assert.Empty((await bureau.GetAllAsync($"/api/zoning/counties/{county}/units")));
        var viewer = app.ClientAs(Roles.Viewer, county);
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(viewer, county, Header)).StatusCode);
    }

    [Fact]
    public async Task Class_sizes_are_a_county_setting_within_the_standard()
    {
        var (county, bureau, _, _) = await CountyAsync();
        var tooBig = await bureau.PutAsJsonAsync($"/api/zoning/counties/{county}/settings", new { primaryClassSize = 48, version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("primaryClassSize", await tooBig.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/zoning/counties/{county}/settings", new { primaryClassSize = 40, version = 0 })).StatusCode);
        var seats = await bureau.GetFromJsonAsync<JsonElement>($"/api/zoning/counties/{county}/seats/2025");
        Assert.Equal(7 * 40, seats.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "primary").GetProperty("seats").GetInt32());
    }

    [Fact]
    public async Task A_plan_is_drawn_compared_approved_and_published_with_its_shortage()
    {
        var (county, bureau, primary, nineYear) = await CountyAsync();
        Assert.Equal(HttpStatusCode.OK, (await Upload(bureau, county, ThreeUnits)).StatusCode);
        var url = $"/api/zoning/counties/{county}/plans";

        var created = await bureau.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "primary" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("draft", 1), (plan.GetProperty("status").GetString(), plan.GetProperty("number").GetInt32()));
        Assert.Equal(3, plan.GetProperty("assignments").GetArrayLength());
        Assert.Equal(45, plan.GetProperty("shortage").GetInt32()); // 360 children, 315 seats
        var id = plan.GetProperty("id").GetGuid();

        var early = await bureau.PostAsJsonAsync($"{url}/{id}/publish", new { version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"{url}/{id}/approve", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"{url}/{id}/publish", new { version = 2 })).StatusCode);
        Assert.True(await app.WasPublished<ZonePlanPublished>(m => m.Context.Message.PlanId == id && m.Context.Message.Units == 3
            && m.Context.Message.Kind == "single" && m.Context.Message.Zones.Sum(x => x.Entrants) == 360));
        Assert.True(await app.WasPublished<SeatShortageFound>(m => m.Context.Message.PlanId == id && m.Context.Message.Shortage == 45
            && m.Context.Message.SchoolIds.Count == 1));

        // Next: the bureau adds two classes (360 seats for 360 children), a new version starts from the published one, and the comparison shows what moved.
        await bureau.PutAsJsonAsync($"/api/zoning/counties/{county}/entry-classes/2025", new object[] { new { schoolId = primary, classes = 8 } });
        var second = await (await bureau.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "primary" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, id, 0), (second.GetProperty("number").GetInt32(), second.GetProperty("basedOn").GetGuid(), second.GetProperty("shortage").GetInt32()));
        var comparison = await bureau.GetFromJsonAsync<JsonElement>($"{url}/{second.GetProperty("id").GetGuid()}/compare");
        Assert.Equal(id, comparison.GetProperty("comparedWith").GetGuid());
        Assert.Equal(2, comparison.GetProperty("schools").GetArrayLength());
        Assert.All(comparison.GetProperty("schools").EnumerateArray(), x => Assert.Equal(JsonValueKind.Number, x.GetProperty("entrantsBefore").ValueKind));

        await bureau.PostAsJsonAsync($"{url}/{second.GetProperty("id").GetGuid()}/approve", new { version = 1 });
        await bureau.PostAsJsonAsync($"{url}/{second.GetProperty("id").GetGuid()}/publish", new { version = 2 });
        var versions = (await bureau.GetFromJsonAsync<List<JsonElement>>($"{url}?schoolYear=2025&stage=primary"))!;
        Assert.Equal(["published", "superseded"], versions.Select(v => v.GetProperty("status").GetString()!).ToArray());

        var none = await bureau.PostAsJsonAsync(url, new { schoolYear = 2030, stage = "senior" });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("stage", await none.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_multi_school_plan_shares_the_alliance_core_school_and_pools_its_seats()
    {
        var (county, bureau, primary, nineYear) = await CountyAsync();
        await app.Publish(new AllianceFormed
        {
            EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, AllianceId = Guid.NewGuid(), Name = "清泉教联体", Kind = "close-knit-group",
            Category = "co-built", Stage = "primary", CoreSchoolId = primary, MemberSchoolIds = [nineYear], EffectiveOn = new DateOnly(2024, 9, 1), Version = 1,
        });
        var csv = Header
            + "U1,清泉花园,小区,清泉镇,30.421,115.231,,U2;U3,2025,120,60\n"
            + "U2,河东村,村,清泉镇,30.43,115.24,,U1,2025,90,40\n"
            + "U3,新城小区,小区,清泉镇,30.41,115.22,,U1,2025,100,80\n";
        Assert.Equal(HttpStatusCode.OK, (await Upload(bureau, county, csv)).StatusCode);
        var url = $"/api/zoning/counties/{county}/plans";

        JsonElement plan = default;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            // The alliance reaches zoning through the bus; until it does, the core school is not known to be hot.
            plan = await (await bureau.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "primary", kind = "multi" })).Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(DateTime.UtcNow < deadline, "zoning did not receive the alliance");
        }
        while (plan.GetProperty("hotSchools").GetArrayLength() == 0);

        Assert.Equal("multi", plan.GetProperty("kind").GetString());
        Assert.Equal([primary], plan.GetProperty("hotSchools").EnumerateArray().Select(x => x.GetGuid()));
        var zone = Assert.Single(plan.GetProperty("zones").EnumerateArray());
        Assert.Equal(new[] { primary, nineYear }.Order(), zone.GetProperty("schools").EnumerateArray().Select(x => x.GetGuid()).Order());
        Assert.Equal((310, 315, 0), (zone.GetProperty("entrants").GetInt32(), zone.GetProperty("seats").GetInt32(), plan.GetProperty("shortage").GetInt32()));
        Assert.All(plan.GetProperty("assignments").EnumerateArray(), a => Assert.Equal(1, a.GetProperty("zone").GetInt32()));

        var bad = await bureau.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "primary", kind = "mixed", hotSchools = new[] { Guid.NewGuid() } });
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("kind", problem);
    }

    [Fact]
    public async Task The_public_look_up_answers_anonymously_from_the_published_version_only()
    {
        var (county, bureau, primary, nineYear) = await CountyAsync();
        var csv = Header
            + "U1,清泉花园,小区,清泉镇,30.421,115.231,清泉园,U2;U3,2025,120,60\n"
            + "U2,河东村,村,清泉镇,30.43,115.24,,U1,2025,90,40\n"
            + "U3,新城小区,小区,清泉镇,30.41,115.22,,U1,2025,150,80\n";
        Assert.Equal(HttpStatusCode.OK, (await Upload(bureau, county, csv)).StatusCode);
        var url = $"/api/zoning/counties/{county}/plans";
        var parent = app.CreateClient(); // no token
        var lookup = $"/api/zoning/public/counties/{county}/lookup?q=" + Uri.EscapeDataString("浠水县清泉镇河东村委会");

        var first = await (await bureau.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "primary" })).Content.ReadFromJsonAsync<JsonElement>();
        var draftOnly = await parent.GetAsync(lookup);
        Assert.Equal(HttpStatusCode.NotFound, draftOnly.StatusCode);
        Assert.Contains("尚未公布", await draftOnly.Content.ReadAsStringAsync());

        await bureau.PostAsJsonAsync($"{url}/{first.GetProperty("id")}/approve", new { version = 1 });
        await bureau.PostAsJsonAsync($"{url}/{first.GetProperty("id")}/publish", new { version = 2 });
        await AssertAnswersFrom(first);
        Assert.Equal(nineYear, await SchoolOf(first, "U2", county)); // 270 + 45 seats for 360: the 90 children fill the nine-year school

        // A new draft with more seats changes where 河东村 goes, but parents keep seeing the published plan until it is published.
        await bureau.PutAsJsonAsync($"/api/zoning/counties/{county}/entry-classes/2025", new object[] { new { schoolId = primary, classes = 8 } });
        var second = await (await bureau.PostAsJsonAsync(url, new { schoolYear = 2025, stage = "primary" })).Content.ReadFromJsonAsync<JsonElement>();
        await AssertAnswersFrom(first);
        await bureau.PostAsJsonAsync($"{url}/{second.GetProperty("id")}/approve", new { version = 1 });
        await bureau.PostAsJsonAsync($"{url}/{second.GetProperty("id")}/publish", new { version = 2 });
        await AssertAnswersFrom(second);
        Assert.Equal(primary, await SchoolOf(second, "U2", county));

        var byPoint = await parent.GetFromJsonAsync<JsonElement>($"/api/zoning/public/counties/{county}/lookup?lat=30.4211&lon=115.2311");
        Assert.Equal(("清泉花园", "coordinate"), (byPoint.GetProperty("unit").GetProperty("name").GetString(), byPoint.GetProperty("matchedBy").GetString()));

        var unknown = await parent.GetAsync($"/api/zoning/public/counties/{county}/lookup?q=" + Uri.EscapeDataString("清泉花苑３号楼"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("清泉花园", problem.GetProperty("candidates")[0].GetProperty("unit").GetString());
        Assert.Contains("最接近的是", problem.GetProperty("detail").GetString());

        var neither = await parent.GetAsync($"/api/zoning/public/counties/{county}/lookup?stage=senior");
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        var text = await neither.Content.ReadAsStringAsync();
        Assert.Contains("\"q\"", text);
        Assert.Contains("\"stage\"", text);

        async Task AssertAnswersFrom(JsonElement plan)
        {
            var answer = await parent.GetFromJsonAsync<JsonElement>(lookup);
            var primary = answer.GetProperty("stages").EnumerateArray().Single();
            Assert.Equal(plan.GetProperty("id").GetGuid(), primary.GetProperty("planId").GetGuid());
            Assert.Equal(await SchoolOf(plan, "U2", county), primary.GetProperty("schools")[0].GetProperty("id").GetGuid());
            Assert.Equal(("河东村", "name"), (answer.GetProperty("unit").GetProperty("name").GetString(), answer.GetProperty("matchedBy").GetString()));
        }
    }

    /// <summary>The school a plan gives the unit with this code.</summary>
    async Task<Guid> SchoolOf(JsonElement plan, string unitCode, string county)
    {
        var bureau = app.ClientAs(Roles.CountyAdmin, county);
        var unit = (await bureau.GetAllAsync($"/api/zoning/counties/{county}/units")).Single(u => u.GetProperty("code").GetString() == unitCode);
        return plan.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("unitId").GetGuid() == unit.GetProperty("id").GetGuid()).GetProperty("schoolId").GetGuid();
    }

    [Fact]
    public async Task The_public_look_up_is_rate_limited_per_client()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Zoning:Lookup:PermitsPerMinute", "3"));
        var parent = limited.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync("/api/zoning/public/counties/469001/lookup?q=x")).StatusCode);
        }

        var refused = await parent.GetAsync("/api/zoning/public/counties/469001/lookup?q=x");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_plan_exports_as_a_spreadsheet_and_as_geojson_for_the_map()
    {
        var (county, bureau, primary, nineYear) = await CountyAsync();
        Assert.Equal(HttpStatusCode.OK, (await Upload(bureau, county, ThreeUnits)).StatusCode);
        var plan = await (await bureau.PostAsJsonAsync($"/api/zoning/counties/{county}/plans", new { schoolYear = 2025, stage = "primary" })).Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/zoning/counties/{county}/plans/{plan.GetProperty("id")}";

        var xlsx = await bureau.GetAsync($"{url}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("划片方案", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        var table = XlsxReader.Read(await xlsx.Content.ReadAsStreamAsync());
        Assert.Equal(["片区", "学校", "编码", "小区/村", "类型", "乡镇", "预计新生", "距离(米)"], table.Headers);
        Assert.Equal(["U1", "U2", "U3"], table.Rows.Select(r => r.Cells[2]).Order());
        Assert.Equal("学校N1", table.Rows.Single(r => r.Cells[2] == "U2").Cells[1]); // the 90 children fill the nine-year school
        Assert.Equal("村", table.Rows.Single(r => r.Cells[2] == "U2").Cells[4]);

        var geo = await bureau.GetAsync($"{url}/export.geojson");
        Assert.Equal("application/geo+json", geo.Content.Headers.ContentType!.MediaType);
        var collection = await geo.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        var byKind = features.ToLookup(f => f.GetProperty("properties").GetProperty("feature").GetString());
        Assert.Equal(3, byKind["unit"].Count());
        Assert.Equal(2, byKind["school"].Count());
        Assert.Equal(2, byKind["zone"].Count());
        var u2 = byKind["unit"].Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "U2");
        Assert.Equal([115.24, 30.43], u2.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble())); // longitude first
        Assert.Equal(nineYear, u2.GetProperty("properties").GetProperty("schoolIds")[0].GetGuid());
        Assert.All(byKind["zone"], zone =>
        {
            var ring = zone.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
            Assert.Equal(ring[0], ring[^1]);
            Assert.True(ring.Count >= 4);
        });
        Assert.Equal(45, byKind["zone"].Sum(z => z.GetProperty("properties").GetProperty("shortage").GetInt32()));

        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/api/zoning/counties/{county}/plans/{Guid.NewGuid()}/export.geojson")).StatusCode);
    }

    [Fact]
    public async Task The_review_report_shows_nearby_admission_class_sizes_and_school_sizes()
    {
        var (county, bureau, primary, nineYear) = await CountyAsync();
        Assert.Equal(HttpStatusCode.OK, (await Upload(bureau, county, ThreeUnits)).StatusCode);
        var plan = await (await bureau.PostAsJsonAsync($"/api/zoning/counties/{county}/plans", new { schoolYear = 2025, stage = "primary" })).Content.ReadFromJsonAsync<JsonElement>();
        await bureau.PostAsJsonAsync($"/api/zoning/counties/{county}/plans/{plan.GetProperty("id")}/approve", new { version = 1 });
        await bureau.PostAsJsonAsync($"/api/zoning/counties/{county}/plans/{plan.GetProperty("id")}/publish", new { version = 2 });

        // Autumn 2025: the primary school has grown to 2,100 students with crowded grades 2 (50 a class) and 3 (56.7).
        await app.Publish(Term(county, primary, 2100, 30, [new GradeStatistics { Grade = 1, Students = 270, Classes = 6 },
            new GradeStatistics { Grade = 2, Students = 300, Classes = 6 }, new GradeStatistics { Grade = 3, Students = 340, Classes = 6 }]) with
        {
            EventId = Guid.CreateVersion7(), Term = "2025-autumn", SchoolYear = 2025,
        });
        var admissions = await bureau.PutAsJsonAsync($"/api/zoning/counties/{county}/admissions/2025", new object[]
        {
            new { schoolId = primary, admitted = 270, inZone = 270 },
            new { schoolId = nineYear, stage = "primary", admitted = 45, inZone = 44 },
            new { schoolId = nineYear, stage = "junior", admitted = 100, inZone = 95 },
        });
        Assert.Equal(HttpStatusCode.OK, admissions.StatusCode);

        JsonElement report;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((report = await bureau.GetFromJsonAsync<JsonElement>($"/api/zoning/counties/{county}/reports/2025")).GetProperty("classesFrom").GetString() != "2025 年秋季学期")
        {
            Assert.True(DateTime.UtcNow < deadline, "the 2025 autumn term did not reach zoning");
            await Task.Delay(100);
        }

        var nearby = report.GetProperty("nearbyAdmission").EnumerateArray().ToDictionary(x => x.GetProperty("stage").GetString()!);
        var planned = nearby["primary"].GetProperty("planned");
        Assert.Equal((360, 315, false), (planned.GetProperty("entrants").GetInt32(), planned.GetProperty("inZone").GetInt32(), planned.GetProperty("meets").GetBoolean()));
        Assert.Equal((315, 314, false), (nearby["primary"].GetProperty("reported").GetProperty("entrants").GetInt32(),
            nearby["primary"].GetProperty("reported").GetProperty("inZone").GetInt32(), nearby["primary"].GetProperty("reported").GetProperty("meets").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, nearby["junior"].GetProperty("planned").ValueKind); // no junior plan published
        Assert.True(nearby["junior"].GetProperty("reported").GetProperty("meets").GetBoolean()); // 95 of 100

        var crowded = report.GetProperty("classSizes").EnumerateArray().Where(f => f.GetProperty("schoolId").GetGuid() == primary).ToList();
        Assert.Equal([(2, 6, 0), (3, 6, 6)], crowded.Select(f => (f.GetProperty("grade").GetInt32(), f.GetProperty("classesOverLimit").GetInt32(), f.GetProperty("largeClasses").GetInt32())));
        var big = Assert.Single(report.GetProperty("schoolSizes").EnumerateArray());
        Assert.Equal((primary, 2000, 100), (big.GetProperty("schoolId").GetGuid(), big.GetProperty("limit").GetInt32(), big.GetProperty("over").GetInt32()));

        var bad = await bureau.PutAsJsonAsync($"/api/zoning/counties/{county}/admissions/2025", new object[] { new { schoolId = primary, admitted = 10, inZone = 11 } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("[0].inZone", await bad.Content.ReadAsStringAsync());
    }
}
