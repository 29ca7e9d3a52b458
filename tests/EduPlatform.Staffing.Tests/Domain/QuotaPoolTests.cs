using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Tests.Domain;

public sealed class QuotaPoolTests
{
    static readonly StaffingStandard National = StaffingStandardPresets.Find(StaffingStandardPresets.National2014)! with { VillageStaffPerClass = 1.5m };

    static SchoolFigures Primary(int students, int classes, string type = "regular") => new()
    {
        SchoolId = Guid.NewGuid(), Name = $"primary {students}", Stage = "primary", SchoolType = type, IsBoarding = false,
        Students = students, Classes = classes,
    };

    [Theory]
    [InlineData(QuotaRounding.HalfUp, 389.5, 390)]
    [InlineData(QuotaRounding.HalfUp, 389.4, 389)]
    [InlineData(QuotaRounding.Up, 380.1, 381)]
    [InlineData(QuotaRounding.Down, 380.9, 380)]
    public void Rounding_is_the_countys_setting(QuotaRounding rounding, double unrounded, int posts) =>
        Assert.Equal(posts, (int)(National with { Rounding = rounding }).Round((decimal)unrounded));

    [Fact]
    public void A_fused_alliance_is_one_pool_rounded_once()
    {
        // core 1900 / 19 = 100; members 310 / 19 = 16.32 and 160 / 19 = 8.42; teaching point max(30 / 19, 2 × 1.5) = 3
        var schools = new[] { Primary(1900, 40), Primary(310, 7), Primary(160, 6), Primary(30, 2, "teaching-point") };

        var pool = QuotaPool.Compute(National, "第一实验小学教联体", schools);

        var stage = Assert.Single(pool.Stages);
        Assert.Equal(StaffingStage.Primary, stage.Stage);
        Assert.Equal(100m + 310m / 19m + 160m / 19m + 3m, stage.Unrounded);
        // 100 + 16.316 + 8.421 + 3 = 127.737 → 128 posts for the pool …
        Assert.Equal(128, pool.Posts);
        // … where rounding each school on its own would give 100 + 16 + 8 + 3 = 127.
        Assert.Equal(127, schools.Sum(s => QuotaPool.Compute(National, s.Name, [s]).Posts));
        Assert.Contains("rounded once for the pool", pool.Rounding);
        Assert.Equal(5, pool.Lines.Count); // one line per school, two for the teaching point (students and classes)
    }

    [Fact]
    public void A_pool_reports_schools_it_could_not_compute()
    {
        var nineYear = new SchoolFigures
        {
            SchoolId = Guid.NewGuid(), Name = "北河镇九年一贯制学校", Stage = "nine-year", SchoolType = "regular", IsBoarding = true,
            Students = 400, Classes = 9,
        };
        var pool = QuotaPool.Compute(National, "初中教联体", [Primary(190, 4), nineYear]);
        Assert.Equal(10, pool.Posts);
        Assert.Equal(QuotaRules.NineYearGradesMissing, Assert.Single(pool.Issues).Rule);
    }
}
