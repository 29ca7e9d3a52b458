using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Data;

public sealed record AllianceQuery(AllianceKind? Kind, Stage? Stage, DateOnly? ActiveOn, bool IncludeDissolved);

public static class AllianceData
{
    sealed class AllianceRow
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Stage { get; set; } = "";
        public Guid CoreSchoolId { get; set; }
        public DateOnly FormedOn { get; set; }
        public DateOnly? DissolvedOn { get; set; }
        public string? Charter { get; set; }
        public DateOnly? AgreementFiledOn { get; set; }
        public string? PartyOrganization { get; set; }
        public int Version { get; set; }
    }

    sealed class MembershipRow
    {
        public Guid Id { get; set; }
        public Guid AllianceId { get; set; }
        public Guid SchoolId { get; set; }
        public string Role { get; set; } = "";
        public DateOnly JoinedOn { get; set; }
        public DateOnly? LeftOn { get; set; }
        public string? ExecutivePrincipal { get; set; }
    }

    sealed class OtherRow
    {
        public Guid SchoolId { get; set; }
        public Guid AllianceId { get; set; }
        public string AllianceName { get; set; } = "";
        public string Kind { get; set; } = "";
        public DateOnly JoinedOn { get; set; }
        public DateOnly? LeftOn { get; set; }
    }

    const string AllianceColumns =
        "Id, CountyCode, Name, Kind, Stage, CoreSchoolId, FormedOn, DissolvedOn, Charter, AgreementFiledOn, PartyOrganization, Version";

    const string MembershipColumns = "Id, AllianceId, SchoolId, Role, JoinedOn, LeftOn, ExecutivePrincipal";

    public static async Task<Alliance?> FindAllianceAsync(this DbSession s, string countyCode, Guid id)
    {
        var row = await s.QuerySingleOrDefaultAsync<AllianceRow>(
            $"SELECT {AllianceColumns} FROM alliances WHERE Id = @Id AND CountyCode = @CountyCode", new { Id = id, CountyCode = countyCode });
        if (row is null)
        {
            return null;
        }

        var memberships = await s.QueryAsync<MembershipRow>(
            $"SELECT {MembershipColumns} FROM alliance_memberships WHERE AllianceId = @Id ORDER BY JoinedOn, Role", new { Id = id });
        return Map(row, memberships);
    }

    public static async Task<IReadOnlyList<Alliance>> ListAlliancesAsync(this DbSession s, string countyCode, AllianceQuery q)
    {
        var rows = (await s.QueryAsync<AllianceRow>(
            $"""
            SELECT {AllianceColumns} FROM alliances
            WHERE CountyCode = @CountyCode
              AND (@Kind IS NULL OR Kind = @Kind)
              AND (@Stage IS NULL OR Stage = @Stage)
              AND (@ActiveOn IS NULL OR (FormedOn <= @ActiveOn AND (DissolvedOn IS NULL OR DissolvedOn > @ActiveOn)))
              AND (@IncludeDissolved = 1 OR DissolvedOn IS NULL OR @ActiveOn IS NOT NULL)
            ORDER BY Stage, Name
            """,
            new { CountyCode = countyCode, Kind = q.Kind?.ToString(), Stage = q.Stage?.ToString(), q.ActiveOn, IncludeDissolved = q.IncludeDissolved ? 1 : 0 })).ToList();
        var memberships = (await s.QueryAsync<MembershipRow>(
            $"""
            SELECT m.{MembershipColumns.Replace(", ", ", m.")} FROM alliance_memberships m
            WHERE m.CountyCode = @CountyCode ORDER BY m.JoinedOn, m.Role
            """,
            new { CountyCode = countyCode })).ToLookup(m => m.AllianceId);
        return rows.Select(r => Map(r, memberships[r.Id])).ToList();
    }

    /// <summary>Every membership of these schools in alliances other than <paramref name="exceptAllianceId"/>.</summary>
    public static async Task<IReadOnlyList<OtherMembership>> OtherMembershipsAsync(this DbSession s, IReadOnlyCollection<Guid> schoolIds, Guid? exceptAllianceId) =>
        schoolIds.Count == 0
            ? []
            : (await s.QueryAsync<OtherRow>(
                """
                SELECT m.SchoolId, m.AllianceId, a.Name AS AllianceName, a.Kind, m.JoinedOn, m.LeftOn
                FROM alliance_memberships m JOIN alliances a ON a.Id = m.AllianceId
                WHERE m.SchoolId IN @Ids AND (@Except IS NULL OR m.AllianceId <> @Except)
                """,
                new { Ids = s.IdList(schoolIds), Except = exceptAllianceId }))
                .Select(r => new OtherMembership(r.SchoolId, r.AllianceId, r.AllianceName, Enum.Parse<AllianceKind>(r.Kind), r.JoinedOn, r.LeftOn))
                .ToList();

    sealed class TermRow
    {
        public string Township { get; set; } = "";
        public DateOnly FormedOn { get; set; }
        public DateOnly? DissolvedOn { get; set; }
    }

    /// <summary>How many alliances of a kind each township leads on a date (the per-township limit), by the core's township.</summary>
    public static async Task<Dictionary<string, int>> LedPerTownshipAsync(this DbSession s, string countyCode, AllianceKind kind, DateOnly on) =>
        (await s.QueryAsync<TermRow>(
            """
            SELECT c.Township, a.FormedOn, a.DissolvedOn FROM alliances a JOIN schools c ON c.Id = a.CoreSchoolId
            WHERE a.CountyCode = @CountyCode AND a.Kind = @Kind
            """,
            new { CountyCode = countyCode, Kind = kind.ToString() }))
            .Where(a => a.FormedOn <= on && (a.DissolvedOn is null || a.DissolvedOn > on))
            .GroupBy(a => a.Township)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>One school's memberships with their alliances' names and kinds, oldest first.</summary>
    public static Task<IReadOnlyList<OtherMembership>> SchoolHistoryAsync(this DbSession s, Guid schoolId) =>
        s.OtherMembershipsAsync([schoolId], null);

    public static Task InsertAllianceAsync(this DbSession s, Alliance a) => s.ExecuteAsync(
        $"""
        INSERT INTO alliances ({AllianceColumns}, CreatedAt, UpdatedAt)
        VALUES (@Id, @CountyCode, @Name, @Kind, @Stage, @CoreSchoolId, @FormedOn, @DissolvedOn, @Charter, @AgreementFiledOn, @PartyOrganization, @Version, @Now, @Now)
        """,
        AllianceParams(a, 0));

    /// <summary>Writes the alliance's own fields and bumps its version if it is still <paramref name="expectedVersion"/>.</summary>
    public static async Task<bool> UpdateAllianceAsync(this DbSession s, Alliance a, int expectedVersion) =>
        await s.ExecuteAsync(
            """
            UPDATE alliances SET Name = @Name, DissolvedOn = @DissolvedOn, Charter = @Charter, AgreementFiledOn = @AgreementFiledOn,
                PartyOrganization = @PartyOrganization, Version = @Version, UpdatedAt = @Now
            WHERE Id = @Id AND CountyCode = @CountyCode AND Version = @Expected
            """,
            AllianceParams(a, expectedVersion)) == 1;

    public static Task InsertMembershipAsync(this DbSession s, string countyCode, Membership m) => s.ExecuteAsync(
        $"""
        INSERT INTO alliance_memberships ({MembershipColumns}, CountyCode)
        VALUES (@Id, @AllianceId, @SchoolId, @Role, @JoinedOn, @LeftOn, @ExecutivePrincipal, @CountyCode)
        """,
        new { m.Id, m.AllianceId, m.SchoolId, Role = m.Role.ToString(), m.JoinedOn, m.LeftOn, m.ExecutivePrincipal, CountyCode = countyCode });

    public static Task UpdateMembershipAsync(this DbSession s, Membership m) => s.ExecuteAsync(
        "UPDATE alliance_memberships SET LeftOn = @LeftOn, ExecutivePrincipal = @ExecutivePrincipal WHERE Id = @Id",
        new { m.Id, m.LeftOn, m.ExecutivePrincipal });

    public static Task SetLegalPersonAsync(this DbSession s, string countyCode, Guid schoolId, Guid allianceId, bool isLegalPerson,
        DateOnly effectiveOn, string actor) => s.ExecuteAsync(
        """
        UPDATE schools SET IsLegalPerson = @IsLegalPerson, Version = Version + 1, UpdatedAt = @Now WHERE Id = @SchoolId;
        INSERT INTO legal_person_changes (Id, CountyCode, SchoolId, AllianceId, Change, EffectiveOn, RecordedAt, Actor)
        VALUES (@Id, @CountyCode, @SchoolId, @AllianceId, @Change, @EffectiveOn, @Now, @Actor);
        """,
        new
        {
            Id = Guid.CreateVersion7(),
            CountyCode = countyCode,
            SchoolId = schoolId,
            AllianceId = allianceId,
            IsLegalPerson = isLegalPerson,
            Change = isLegalPerson ? "restored" : "removed",
            EffectiveOn = effectiveOn,
            Now = DateTimeOffset.UtcNow,
            Actor = actor,
        });

    static object AllianceParams(Alliance a, int expected) => new
    {
        a.Id,
        a.CountyCode,
        a.Name,
        Kind = a.Kind.ToString(),
        Stage = a.Stage.ToString(),
        a.CoreSchoolId,
        a.FormedOn,
        a.DissolvedOn,
        a.Charter,
        a.AgreementFiledOn,
        PartyOrganization = a.PartyOrganization?.ToString(),
        a.Version,
        Now = DateTimeOffset.UtcNow,
        Expected = expected,
    };

    static Alliance Map(AllianceRow r, IEnumerable<MembershipRow> memberships) => new()
    {
        Id = r.Id,
        CountyCode = r.CountyCode,
        Name = r.Name,
        Kind = Enum.Parse<AllianceKind>(r.Kind),
        Stage = Enum.Parse<Stage>(r.Stage),
        CoreSchoolId = r.CoreSchoolId,
        FormedOn = r.FormedOn,
        DissolvedOn = r.DissolvedOn,
        Charter = r.Charter,
        AgreementFiledOn = r.AgreementFiledOn,
        PartyOrganization = r.PartyOrganization is null ? null : Enum.Parse<PartyOrganization>(r.PartyOrganization),
        Version = r.Version,
        Memberships = memberships.Select(m => new Membership
        {
            Id = m.Id,
            AllianceId = m.AllianceId,
            SchoolId = m.SchoolId,
            Role = Enum.Parse<MembershipRole>(m.Role),
            JoinedOn = m.JoinedOn,
            LeftOn = m.LeftOn,
            ExecutivePrincipal = m.ExecutivePrincipal,
        }).ToList(),
    };
}
