using EduPlatform.Persistence;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Data;

public static class PetitionData
{
    sealed class Row
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public int SchoolYear { get; set; }
        public Guid? PlanId { get; set; }
        public Guid PersonId { get; set; }
        public string Kind { get; set; } = "";
        public string Text { get; set; } = "";
        public string SubmittedBy { get; set; } = "";
        public DateOnly ReceivedOn { get; set; }
        public string RecordedBy { get; set; } = "";
        public DateTimeOffset RecordedAt { get; set; }
        public string? Outcome { get; set; }
        public string? Answer { get; set; }
        public string? AnsweredBy { get; set; }
        public DateTimeOffset? AnsweredAt { get; set; }
        public int Version { get; set; }
    }

    const string Columns = "Id, CountyCode, SchoolYear, PlanId, PersonId, Kind, Text, SubmittedBy, ReceivedOn, RecordedBy, RecordedAt, Outcome, Answer, AnsweredBy, AnsweredAt, Version";

    public static Task InsertPetitionAsync(this DbSession s, Petition p) => s.ExecuteAsync(
        $"INSERT INTO rotation_petitions ({Columns}) VALUES (@Id, @CountyCode, @SchoolYear, @PlanId, @PersonId, @Kind, @Text, @SubmittedBy, @ReceivedOn, @RecordedBy, @RecordedAt, NULL, NULL, NULL, NULL, 1)",
        new { p.Id, p.CountyCode, p.SchoolYear, p.PlanId, p.PersonId, Kind = p.Kind.ToString(), p.Text, p.SubmittedBy, p.ReceivedOn, p.RecordedBy, p.RecordedAt });

    public static async Task<bool> AnswerPetitionAsync(this DbSession s, Guid id, PetitionOutcome outcome, string answer, string actor, DateTimeOffset at, int expectedVersion) =>
        await s.ExecuteAsync(
            """
            UPDATE rotation_petitions SET Outcome = @Outcome, Answer = @Answer, AnsweredBy = @Actor, AnsweredAt = @At, Version = Version + 1
            WHERE Id = @Id AND Version = @Expected AND Outcome IS NULL
            """, new { Id = id, Outcome = outcome.ToString(), Answer = answer, Actor = actor, At = at, Expected = expectedVersion }) == 1;

    /// <summary>A county's petitions of a school year (of one plan when given), oldest first.</summary>
    public static async Task<IReadOnlyList<Petition>> PetitionsAsync(this DbSession s, string countyCode, int schoolYear, Guid? planId = null) =>
        (await s.QueryAsync<Row>(
            $"SELECT {Columns} FROM rotation_petitions WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND (@PlanId IS NULL OR PlanId = @PlanId) ORDER BY RecordedAt, Id",
            new { CountyCode = countyCode, SchoolYear = schoolYear, PlanId = planId })).Select(ToPetition).ToList();

    public static async Task<Petition?> FindPetitionAsync(this DbSession s, string countyCode, Guid id) =>
        (await s.QueryAsync<Row>($"SELECT {Columns} FROM rotation_petitions WHERE CountyCode = @CountyCode AND Id = @Id", new { CountyCode = countyCode, Id = id }))
        .Select(ToPetition).SingleOrDefault();

    static Petition ToPetition(Row r) => new(r.Id, r.CountyCode, r.SchoolYear, r.PlanId, r.PersonId, Enum.Parse<PetitionKind>(r.Kind), r.Text, r.SubmittedBy,
        r.ReceivedOn, r.RecordedBy, r.RecordedAt, r.Outcome is null ? null : Enum.Parse<PetitionOutcome>(r.Outcome), r.Answer, r.AnsweredBy, r.AnsweredAt, r.Version);
}
