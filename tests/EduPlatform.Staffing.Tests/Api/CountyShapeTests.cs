using System.Net.Http.Json;
using System.Text.Json;
using EduPlatform.Contracts.Organization;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Staffing.Tests.Api;

/// <summary>
/// Tuanfeng's and Xishui's shapes (domain.md §1) sent as organization events, recomputed by staffing, against hand
/// calculations written here. School sizes are invented; the numbers of alliances and schools are the counties'.
/// </summary>
public sealed class CountyShapeTests(StaffingApp app) : IClassFixture<StaffingApp>
{
    sealed record Shape(string Stage, int Alliances, int[] SchoolsPerAlliance, int CoreStudents, int CoreClasses, int MemberStudents, int MemberClasses, string? Day = null);

    async Task<JsonElement> LoadAsync(string county, IEnumerable<Shape> shapes)
    {
        var expectedSchools = 0;
        var expectedPools = 0;
        foreach (var shape in shapes)
        {
            for (var a = 0; a < shape.Alliances; a++)
            {
                var ids = new List<Guid>();
                for (var i = 0; i < shape.SchoolsPerAlliance[a]; i++)
                {
                    var id = Guid.NewGuid();
                    ids.Add(id);
                    var core = i == 0;
                    await app.Publish(OrgEvents.School(county, id, $"{shape.Stage}{a}-{i}", shape.Stage, day: shape.Day));
                    await app.Publish(OrgEvents.Term(county, id, core ? shape.CoreStudents : shape.MemberStudents, core ? shape.CoreClasses : shape.MemberClasses));
                }

                await app.Publish(OrgEvents.Formed(county, Guid.NewGuid(), ids[0], ids.Skip(1).ToList()) with { Stage = shape.Stage });
                expectedSchools += ids.Count;
                expectedPools++;
            }
        }

        var client = app.ClientAs(Roles.StaffingOffice, county);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement table;
        do
        {
            table = await client.GetFromJsonAsync<JsonElement>($"/api/staffing/counties/{county}/quotas/2024", StaffingApp.Json);
            // Done when every alliance has arrived as one pool holding all its schools.
            if (table.GetProperty("pools").GetArrayLength() == expectedPools
                && table.GetProperty("pools").EnumerateArray().Sum(p => p.GetProperty("schools").GetArrayLength()) == expectedSchools
                && table.GetProperty("issues").GetArrayLength() == 0)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        return table;
    }

    static int Stage(JsonElement table, string stage) =>
        table.GetProperty("stageTotals").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == stage).GetProperty("posts").GetInt32();

    [Fact]
    public async Task Tuanfeng_33_compulsory_schools_and_16_kindergartens_in_3_3_3_alliances()
    {
        // [003]: 14 junior schools in 3 alliances, 19 primaries in 3, 16 kindergartens in 3.
        var table = await LoadAsync(StaffingApp.NewCountyCode(),
        [
            // junior: core 1350 / 13.5 = 100, member 270 / 13.5 = 20 → 5 schools 180, 5 schools 180, 4 schools 160 = 520
            new("junior", 3, [5, 5, 4], 1350, 30, 270, 6),
            // primary: core 1900 / 19 = 100, member 380 / 19 = 20 → 7 schools 220, 6 schools 200, 6 schools 200 = 620
            new("primary", 3, [7, 6, 6], 1900, 40, 380, 9),
            // kindergarten (full day, the default 1:6): core 630 / 6 = 105 (beats 630 / 8 + 3 = 81.75 and 18 × 3 + 3 = 57);
            // member 140 / 6 = 23.33 (beats 140 / 8 + 1 = 18.5 and 5 × 3 + 1 = 16) → 6 schools 221.67 → 222, 5 schools 198.33 → 198 twice = 618
            new("kindergarten", 3, [6, 5, 5], 630, 18, 140, 5, "full-day"),
        ]);

        Assert.Equal(520, Stage(table, "junior"));
        Assert.Equal(620, Stage(table, "primary"));
        Assert.Equal(618, Stage(table, "kindergarten"));
        Assert.Equal(1758, table.GetProperty("total").GetInt32());
        Assert.Equal(9, table.GetProperty("pools").GetArrayLength());
    }

    [Fact]
    public async Task Xishui_21_fused_alliances_4_junior_10_primary_7_kindergarten_are_rounded_once_per_pool()
    {
        // [000]: 21 alliances; 1 core + 3–5 members each (junior and primary 5 members, kindergarten 3 here).
        var table = await LoadAsync(StaffingApp.NewCountyCode(),
        [
            // junior pool: 1500 / 13.5 + 5 × 300 / 13.5 = 111.11 + 111.11 = 222.22 → 222; × 4 = 888
            new("junior", 4, [6, 6, 6, 6], 1500, 33, 300, 7),
            // primary pool: 2000 / 19 + 5 × 200 / 19 = 105.26 + 52.63 = 157.89 → 158; × 10 = 1580
            new("primary", 10, Enumerable.Repeat(6, 10).ToArray(), 2000, 44, 200, 6),
            // kindergarten pool (the default 1:6): core 700 / 6 = 116.67 (beats 700 / 8 + 3 = 90.5 and 20 × 3 + 3 = 63);
            // 3 × 150 / 6 = 75 (each beats 150 / 8 + 1 = 19.75 and 5 × 3 + 1 = 16) → 191.67 → 192; × 7 = 1344
            new("kindergarten", 7, Enumerable.Repeat(4, 7).ToArray(), 700, 20, 150, 5, "full-day"),
        ]);

        Assert.Equal(888, Stage(table, "junior"));
        Assert.Equal(1580, Stage(table, "primary"));
        Assert.Equal(1344, Stage(table, "kindergarten"));
        Assert.Equal(3812, table.GetProperty("total").GetInt32());
        Assert.Equal(21, table.GetProperty("pools").GetArrayLength());
        // Rounding school by school would give 4 × 221 + 10 × 155 + 7 × 163 = 884 + 1550 + 1141 = 3575: the pool matters.
        Assert.NotEqual(3575, table.GetProperty("total").GetInt32());
    }
}
