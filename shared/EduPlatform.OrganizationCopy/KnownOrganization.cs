using System.Text.Json;
using EduPlatform.Persistence;

namespace EduPlatform.OrganizationCopy;

public sealed record KnownSchool
{
    public Guid Id { get; init; }
    public string CountyCode { get; init; } = "";
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Stage { get; init; } = "";
    public string SchoolType { get; init; } = "";
    /// <summary>"urban", "town" or "rural" as the organization service registers it.</summary>
    public string Locality { get; init; } = "";
    public string Township { get; init; } = "";
    /// <summary>Where the school is (WGS 84), when the organization service has it.</summary>
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public bool IsPublic { get; init; }
    public bool IsBoarding { get; init; }
    public string? KindergartenDay { get; init; }
    public int SourceVersion { get; init; }
}

public sealed record KnownTerm(Guid SchoolId, int Students, int Classes, IReadOnlyList<KnownGrade> Grades);

/// <summary>One grade's figures from a term report (grade 1–12; kindergarten classes as the organization service numbers them).</summary>
public sealed record KnownGrade(int Grade, int Students, int Classes);

public sealed record KnownAlliance
{
    public Guid Id { get; init; }
    public string CountyCode { get; init; } = "";
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Category { get; init; } = "";
    public string Stage { get; init; } = "";
    public Guid CoreSchoolId { get; init; }
    public DateOnly FormedOn { get; init; }
    public DateOnly? DissolvedOn { get; init; }
    public int SourceVersion { get; init; }
}

/// <summary>
/// A service's own copy of the organization service's facts (schools, terms, alliances and their campuses), kept in the
/// service's own database by the consumers in <see cref="OrganizationCopyRegistration"/>. Every write carries the source record's version and only a
/// newer version changes anything, so duplicate and out-of-order events leave the copy as the newest event left it.
/// </summary>
public static class KnownOrganization
{
    const string SchoolColumns = "Id, CountyCode, Code, Name, Stage, SchoolType, Locality, Township, Latitude, Longitude, IsPublic, IsBoarding, KindergartenDay, SourceVersion";

    public static async Task<bool> UpsertSchoolAsync(this DbSession s, KnownSchool school)
    {
        var updated = await s.ExecuteAsync(
            """
            UPDATE known_schools SET CountyCode = @CountyCode, Code = @Code, Name = @Name, Stage = @Stage, SchoolType = @SchoolType, Locality = @Locality,
                Township = @Township, Latitude = @Latitude, Longitude = @Longitude, IsPublic = @IsPublic,
                IsBoarding = @IsBoarding, KindergartenDay = @KindergartenDay, SourceVersion = @SourceVersion
            WHERE Id = @Id AND SourceVersion < @SourceVersion
            """, school);
        return updated == 1 || await s.ExecuteAsync(
            s.Dialect.InsertIfAbsent("known_schools", SchoolColumns,
                "@Id, @CountyCode, @Code, @Name, @Stage, @SchoolType, @Locality, @Township, @Latitude, @Longitude, @IsPublic, @IsBoarding, @KindergartenDay, @SourceVersion", "Id = @Id"),
            school) == 1;
    }

    /// <summary>Keeps the county's name of the highest version seen.</summary>
    public static async Task<bool> UpsertCountyAsync(this DbSession s, string countyCode, string name, int sourceVersion)
    {
        var args = new { CountyCode = countyCode, Name = name, SourceVersion = sourceVersion };
        var updated = await s.ExecuteAsync(
            "UPDATE known_counties SET Name = @Name, SourceVersion = @SourceVersion WHERE CountyCode = @CountyCode AND SourceVersion < @SourceVersion", args);
        return updated == 1 || await s.ExecuteAsync(
            s.Dialect.InsertIfAbsent("known_counties", "CountyCode, Name, SourceVersion", "@CountyCode, @Name, @SourceVersion", "CountyCode = @CountyCode"), args) == 1;
    }

    /// <summary>The county's name, or its code while the name has not arrived (a county set up before names were published).</summary>
    public static async Task<string> CountyNameAsync(this DbSession s, string countyCode) =>
        await s.QuerySingleOrDefaultAsync<string>("SELECT Name FROM known_counties WHERE CountyCode = @CountyCode", new { CountyCode = countyCode }) ?? countyCode;

    public static async Task<bool> UpsertTermAsync(this DbSession s, string countyCode, Guid schoolId, int schoolYear, string season,
        int students, int classes, IReadOnlyList<KnownGrade> grades, int sourceVersion)
    {
        var args = new
        {
            SchoolId = schoolId, SchoolYear = schoolYear, Season = season, CountyCode = countyCode, Students = students, Classes = classes,
            Grades = JsonSerializer.Serialize(grades, EventJson.Options), SourceVersion = sourceVersion,
        };
        var updated = await s.ExecuteAsync(
            """
            UPDATE known_terms SET Students = @Students, Classes = @Classes, Grades = @Grades, SourceVersion = @SourceVersion
            WHERE SchoolId = @SchoolId AND SchoolYear = @SchoolYear AND Season = @Season AND SourceVersion < @SourceVersion
            """, args);
        return updated == 1 || await s.ExecuteAsync(
            s.Dialect.InsertIfAbsent("known_terms", "SchoolId, SchoolYear, Season, CountyCode, Students, Classes, Grades, SourceVersion",
                "@SchoolId, @SchoolYear, @Season, @CountyCode, @Students, @Classes, @Grades, @SourceVersion",
                "SchoolId = @SchoolId AND SchoolYear = @SchoolYear AND Season = @Season"),
            args) == 1;
    }

    public static async Task<KnownAlliance?> FindKnownAllianceAsync(this DbSession s, Guid id) =>
        await s.QuerySingleOrDefaultAsync<KnownAlliance>(
            "SELECT Id, CountyCode, Name, Kind, Category, Stage, CoreSchoolId, FormedOn, DissolvedOn, SourceVersion FROM known_alliances WHERE Id = @Id",
            new { Id = id });

    public static Task InsertKnownAllianceAsync(this DbSession s, KnownAlliance a) => s.ExecuteAsync(
        """
        INSERT INTO known_alliances (Id, CountyCode, Name, Kind, Category, Stage, CoreSchoolId, FormedOn, DissolvedOn, SourceVersion)
        VALUES (@Id, @CountyCode, @Name, @Kind, @Category, @Stage, @CoreSchoolId, @FormedOn, @DissolvedOn, @SourceVersion)
        """, a);

    public static Task SetAllianceVersionAsync(this DbSession s, Guid id, int sourceVersion, DateOnly? dissolvedOn) => s.ExecuteAsync(
        "UPDATE known_alliances SET SourceVersion = @SourceVersion, DissolvedOn = COALESCE(@DissolvedOn, DissolvedOn) WHERE Id = @Id",
        new { Id = id, SourceVersion = sourceVersion, DissolvedOn = dissolvedOn });

    public static async Task<IReadOnlyList<Guid>> ActiveMembersAsync(this DbSession s, Guid allianceId) =>
        (await s.QueryAsync<Guid>("SELECT SchoolId FROM known_alliance_members WHERE AllianceId = @Id AND LeftOn IS NULL", new { Id = allianceId })).ToList();

    /// <summary>The schools the alliances answer for now: each one's core school and its current members.</summary>
    public static async Task<IReadOnlySet<Guid>> CurrentCampusesAsync(this DbSession s, IReadOnlyCollection<Guid> allianceIds)
    {
        if (allianceIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var cores = await s.QueryAsync<Guid>("SELECT CoreSchoolId FROM known_alliances WHERE Id IN @Ids AND DissolvedOn IS NULL", new { Ids = s.IdList(allianceIds) });
        var members = await s.QueryAsync<Guid>("SELECT SchoolId FROM known_alliance_members WHERE AllianceId IN @Ids AND LeftOn IS NULL", new { Ids = s.IdList(allianceIds) });
        return cores.Concat(members).ToHashSet();
    }

    public static Task AddMemberAsync(this DbSession s, Guid allianceId, Guid schoolId, DateOnly joinedOn) => s.ExecuteAsync(
        s.Dialect.InsertIfAbsent("known_alliance_members", "AllianceId, SchoolId, JoinedOn, LeftOn", "@AllianceId, @SchoolId, @JoinedOn, NULL",
            "AllianceId = @AllianceId AND SchoolId = @SchoolId AND JoinedOn = @JoinedOn"),
        new { AllianceId = allianceId, SchoolId = schoolId, JoinedOn = joinedOn });

    public static Task EndMemberAsync(this DbSession s, Guid allianceId, Guid schoolId, DateOnly leftOn) => s.ExecuteAsync(
        "UPDATE known_alliance_members SET LeftOn = @LeftOn WHERE AllianceId = @AllianceId AND SchoolId = @SchoolId AND LeftOn IS NULL",
        new { AllianceId = allianceId, SchoolId = schoolId, LeftOn = leftOn });

    public static async Task<IReadOnlyList<KnownSchool>> KnownSchoolsAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<KnownSchool>($"SELECT {SchoolColumns} FROM known_schools WHERE CountyCode = @CountyCode ORDER BY Name", new { CountyCode = countyCode })).ToList();

    sealed class TermRow
    {
        public Guid SchoolId { get; set; }
        public int Students { get; set; }
        public int Classes { get; set; }
        public string Grades { get; set; } = "[]";
    }

    /// <summary>The autumn term of a school year: the count quotas are set from [000][003].</summary>
    public static async Task<IReadOnlyDictionary<Guid, KnownTerm>> AutumnTermsAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<TermRow>(
            "SELECT SchoolId, Students, Classes, Grades FROM known_terms WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND Season = 'autumn'",
            new { CountyCode = countyCode, SchoolYear = schoolYear }))
        .ToDictionary(r => r.SchoolId, r => new KnownTerm(r.SchoolId, r.Students, r.Classes,
            JsonSerializer.Deserialize<List<KnownGrade>>(r.Grades, EventJson.Options) ?? []));

    sealed class MemberRow
    {
        public Guid AllianceId { get; set; }
        public Guid SchoolId { get; set; }
    }

    /// <summary>Alliances active on a date with the campuses they had that day.</summary>
    public static async Task<IReadOnlyList<(KnownAlliance Alliance, IReadOnlyList<Guid> Campuses)>> AlliancesOnAsync(this DbSession s, string countyCode, DateOnly on)
    {
        var alliances = (await s.QueryAsync<KnownAlliance>(
            """
            SELECT Id, CountyCode, Name, Kind, Category, Stage, CoreSchoolId, FormedOn, DissolvedOn, SourceVersion FROM known_alliances
            WHERE CountyCode = @CountyCode AND FormedOn <= @On AND (DissolvedOn IS NULL OR DissolvedOn > @On) ORDER BY Name
            """, new { CountyCode = countyCode, On = on })).ToList();
        var members = (await s.QueryAsync<MemberRow>(
            """
            SELECT m.AllianceId, m.SchoolId FROM known_alliance_members m JOIN known_alliances a ON a.Id = m.AllianceId
            WHERE a.CountyCode = @CountyCode AND m.JoinedOn <= @On AND (m.LeftOn IS NULL OR m.LeftOn > @On)
            """, new { CountyCode = countyCode, On = on })).ToLookup(m => m.AllianceId, m => m.SchoolId);
        return alliances.Select(a => (a, (IReadOnlyList<Guid>)members[a.Id].ToList())).ToList();
    }
}

/// <summary>The county's name for a title row, read from the service's own copy.</summary>
public static class CountyNames
{
    public static Task<string> CountyNameAsync(this ServiceDatabase database, string countyCode, CancellationToken ct) =>
        database.ReadAsync(s => s.CountyNameAsync(countyCode), ct);
}
