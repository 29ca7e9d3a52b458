using EduPlatform.Contracts.Organization;

namespace EduPlatform.Staffing.Tests.Api;

/// <summary>The staffing host in memory on the MassTransit harness; tests play the organization service by publishing its events.</summary>
public sealed class StaffingApp() : HarnessApp<Program>("staffing")
{
    static int _nextCounty = 10;

    public static string NewCountyCode() => $"4400{Interlocked.Increment(ref _nextCounty):D2}";
}

/// <summary>Organization events as the organization service would publish them.</summary>
static class OrgEvents
{
    public static SchoolRegistered School(string county, Guid id, string name, string stage, string type = "regular", int version = 1,
        bool isPublic = true, string? day = null) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolId = id, SchoolCode = name,
        Name = name, Stage = stage, Locality = "rural", SchoolType = type, Township = "东山镇", IsPublic = isPublic, IsLegalPerson = true,
        IsBoarding = false, KindergartenDay = day, Version = version,
    };

    public static TermStatisticsReported Term(string county, Guid school, int students, int classes, int year = 2024, int version = 1,
        params GradeStatistics[] grades) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, SchoolId = school, Term = $"{year}-autumn",
        SchoolYear = year, Season = "autumn", Students = students, Classes = classes, Grades = grades, Version = version,
    };

    public static AllianceFormed Formed(string county, Guid alliance, Guid core, IReadOnlyList<Guid> members, string category = "fused") => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, AllianceId = alliance, Name = "第一实验小学教联体",
        Kind = category == "fused" ? "fused" : "league", Category = category, Stage = "primary", CoreSchoolId = core, MemberSchoolIds = members,
        EffectiveOn = new DateOnly(2023, 5, 15), Version = 1,
    };

    public static AllianceMembershipChanged Changed(string county, Guid alliance, Guid core, Guid school, bool joined, IReadOnlyList<Guid> members,
        DateOnly on, int version) => new()
    {
        EventId = Guid.CreateVersion7(), CountyCode = county, OccurredAt = DateTimeOffset.UtcNow, AllianceId = alliance, SchoolId = school,
        Change = joined ? "joined" : "left", EffectiveOn = on, CoreSchoolId = core, MemberSchoolIds = members, Version = version,
    };
}
