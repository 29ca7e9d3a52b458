using EduPlatform.Persistence;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Data;

public static class PlacementData
{
    sealed class Row
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public Guid PlanId { get; set; }
        public Guid PersonId { get; set; }
        public Guid HomeSchoolId { get; set; }
        public Guid HostSchoolId { get; set; }
        public Guid? AllianceId { get; set; }
        public string Mode { get; set; } = "";
        public string Stage { get; set; } = "";
        public string? Subject { get; set; }
        public DateOnly StartOn { get; set; }
        public DateOnly EndOn { get; set; }
        public Guid? InReturnFor { get; set; }
        public string Status { get; set; } = "";
        public DateOnly? EndedOn { get; set; }
        public int Version { get; set; }
    }

    const string Columns = "Id, CountyCode, PlanId, PersonId, HomeSchoolId, HostSchoolId, AllianceId, Mode, Stage, Subject, StartOn, EndOn, InReturnFor, Status, EndedOn, Version";

    public static Task InsertPlacementAsync(this DbSession s, Placement p) => s.ExecuteAsync(
        $"""
        INSERT INTO rotation_placements ({Columns})
        VALUES (@Id, @CountyCode, @PlanId, @PersonId, @HomeSchoolId, @HostSchoolId, @AllianceId, @Mode, @Stage, @Subject, @StartOn, @EndOn, @InReturnFor, @Status, @EndedOn, @Version)
        """, Args(p));

    public static async Task<bool> UpdatePlacementAsync(this DbSession s, Placement p, int expectedVersion) => await s.ExecuteAsync(
        "UPDATE rotation_placements SET Status = @Status, EndedOn = @EndedOn, Version = @Version WHERE Id = @Id AND Version = @Expected",
        new { p.Id, Status = p.Status.ToString(), p.EndedOn, p.Version, Expected = expectedVersion }) == 1;

    public static async Task<Placement?> FindPlacementAsync(this DbSession s, string countyCode, Guid id) =>
        (await s.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM rotation_placements WHERE Id = @Id AND CountyCode = @CountyCode", new { Id = id, CountyCode = countyCode })) is { } row
            ? ToPlacement(row) : null;

    /// <summary>The county's placements, optionally only one status or one person's.</summary>
    public static async Task<IReadOnlyList<Placement>> PlacementsAsync(this DbSession s, string countyCode, PlacementStatus? status = null, Guid? personId = null) =>
        (await s.QueryAsync<Row>(
            $"""
            SELECT {Columns} FROM rotation_placements
            WHERE CountyCode = @CountyCode AND (@Status IS NULL OR Status = @Status) AND (@PersonId IS NULL OR PersonId = @PersonId)
            ORDER BY StartOn, Id
            """, new { CountyCode = countyCode, Status = status?.ToString(), PersonId = personId })).Select(ToPlacement).ToList();

    static object Args(Placement p) => new
    {
        p.Id, p.CountyCode, p.PlanId, p.PersonId, p.HomeSchoolId, p.HostSchoolId, p.AllianceId, Mode = p.Mode.ToString(), p.Stage,
        Subject = p.Subject?.ToString(), p.StartOn, p.EndOn, p.InReturnFor, Status = p.Status.ToString(), p.EndedOn, p.Version,
    };

    static Placement ToPlacement(Row r) => new(
        r.Id, r.CountyCode, r.PlanId, r.PersonId, r.HomeSchoolId, r.HostSchoolId, r.AllianceId, Enum.Parse<MoveMode>(r.Mode), r.Stage,
        r.Subject is null ? null : Enum.Parse<Subject>(r.Subject), r.StartOn, r.EndOn, r.InReturnFor, Enum.Parse<PlacementStatus>(r.Status), r.EndedOn, r.Version);
}
