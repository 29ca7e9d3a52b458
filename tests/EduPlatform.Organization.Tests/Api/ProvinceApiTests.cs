using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using EduPlatform.Organization.Domain;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Organization.Tests.Api;

/// <summary>A province of several counties (codes 4300nn: province 43) against Hubei's targets [002], by year and month.</summary>
public sealed class ProvinceApiTests(OrganizationApp app) : IClassFixture<OrganizationApp>
{
    async Task<string> CountyWithAlliance(int members, string? formedOn, int schools = 10)
    {
        var (county, admin) = await app.NewCountyAsync("national");
        var core = await admin.Register(county, $"{county}0000", Stage.Primary, Locality.Urban);
        var rural = new List<Guid>();
        for (var i = 1; i < schools; i++)
        {
            rural.Add(await admin.Register(county, $"{county}{i:D4}"));
        }

        if (formedOn is not null)
        {
            await admin.Form(county, core, rural.Take(members), formedOn: formedOn).Expect(HttpStatusCode.Created);
        }

        return county;
    }

    [Fact]
    public async Task The_province_sees_each_county_against_the_targets_by_year_and_month_and_gets_the_report()
    {
        var ahead = await CountyWithAlliance(members: 8, formedOn: "2023-05-15");   // 9 of 10 from May 2023
        var late = await CountyWithAlliance(members: 4, formedOn: "2024-09-01");    // 5 of 10 from September 2024
        var none = await CountyWithAlliance(members: 0, formedOn: null);
        var county = app.ClientAs(Roles.CountyAdmin, ahead);
        var alliance = (await county.GetAsync($"/api/organization/counties/{ahead}/alliances").Expect(HttpStatusCode.OK))[0].GetProperty("id").GetGuid();
        var designation = await county.PostAsJsonAsync($"/api/organization/counties/{ahead}/alliances/{alliance}/designations",
            new { kind = DesignationKind.Demonstration, level = DesignationLevel.Province, year = 2023 }, OrganizationApp.Json).Expect(HttpStatusCode.Created);
        Assert.Equal(0m, designation.GetProperty("grantYuan").GetDecimal());
        var pilot = await county.PostAsJsonAsync($"/api/organization/counties/{ahead}/alliances/{alliance}/designations",
            new { kind = DesignationKind.Pilot, level = DesignationLevel.Province, year = 2022 }, OrganizationApp.Json).Expect(HttpStatusCode.Created);
        Assert.Equal(600_000m, pilot.GetProperty("grantYuan").GetDecimal());
        await county.PostAsJsonAsync($"/api/organization/counties/{ahead}/alliances/{alliance}/designations",
            new { kind = DesignationKind.Pilot, level = DesignationLevel.Province, year = 2022 }, OrganizationApp.Json).Expect(HttpStatusCode.BadRequest);

        var province = app.ClientAs(Roles.ProvinceAdmin);
        var report = await province.GetAsync("/api/organization/provinces/43/coverage/2025").Expect(HttpStatusCode.OK);
        var behind = report.GetProperty("targetSummaries").EnumerateArray()
            .ToDictionary(t => t.GetProperty("target").GetString()!, t => t.GetProperty("countiesBehind").EnumerateArray().Select(c => c.GetString()).ToList());
        Assert.Equal([$"测试县{late}", $"测试县{none}"], behind["demonstration"]);
        Assert.Equal([$"测试县{none}"], behind["every-county"]);
        Assert.Equal([$"测试县{late}", $"测试县{none}"], behind["compulsory-share"]);
        var aheadRow = report.GetProperty("counties").EnumerateArray().Single(c => c.GetProperty("code").GetString() == ahead);
        Assert.Equal(0.9m, aheadRow.GetProperty("compulsory").GetProperty("share").GetDecimal());
        Assert.Equal(600_000m, aheadRow.GetProperty("grants").GetDecimal());

        var year2024 = await province.GetAsync("/api/organization/provinces/43/coverage/2024").Expect(HttpStatusCode.OK);
        var months = year2024.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        var september = months[8].GetProperty("counties").EnumerateArray().ToList();
        Assert.Equal([ahead, late, none], september.Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(0.5m, september[1].GetProperty("compulsoryShare").GetDecimal());
        Assert.Equal(0m, months[7].GetProperty("counties").EnumerateArray().Single(c => c.GetProperty("code").GetString() == late)
            .GetProperty("compulsoryShare").GetDecimal());

        var xlsx = await (await province.GetAsync("/api/organization/provinces/43/coverage/2025.xlsx")).Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        string Sheet(int n) => new StreamReader(zip.GetEntry($"xl/worksheets/sheet{n}.xml")!.Open()).ReadToEnd();
        Assert.Contains("义务教育学校", Sheet(1));
        Assert.Contains("未达成", Sheet(1));
        Assert.Contains("2025-12-31", Sheet(2));
        Assert.Contains("名次", Sheet(3));

        // The province moves its share target to 50 %: the late county now meets it.
        var targets = await province.GetAsync("/api/organization/provinces/43/targets").Expect(HttpStatusCode.OK);
        Assert.Equal(0, targets.GetProperty("version").GetInt32());
        Assert.Equal(0.8m, targets.GetProperty("targets").GetProperty("compulsoryShare").GetDecimal());
        await province.PutAsJsonAsync("/api/organization/provinces/43/targets", new { version = 0, compulsoryShare = 1.5m }, OrganizationApp.Json)
            .Expect(HttpStatusCode.BadRequest);
        await province.PutAsJsonAsync("/api/organization/provinces/43/targets", new { version = 0, compulsoryShare = 0.5m }, OrganizationApp.Json)
            .Expect(HttpStatusCode.OK);
        await province.PutAsJsonAsync("/api/organization/provinces/43/targets", new { version = 0, compulsoryShare = 0.6m }, OrganizationApp.Json)
            .Expect(HttpStatusCode.Conflict);
        var after = await province.GetAsync("/api/organization/provinces/43/coverage/2025").Expect(HttpStatusCode.OK);
        Assert.Equal([$"测试县{none}"], after.GetProperty("targetSummaries")[2].GetProperty("countiesBehind").EnumerateArray().Select(c => c.GetString()));

        await county.GetAsync("/api/organization/provinces/43/coverage/2025").Expect(HttpStatusCode.Forbidden);
        await province.GetAsync("/api/organization/provinces/4/coverage/2025").Expect(HttpStatusCode.BadRequest);
    }
}
