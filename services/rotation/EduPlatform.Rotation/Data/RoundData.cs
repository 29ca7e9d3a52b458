using System.Text.Json;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Application;

namespace EduPlatform.Rotation.Data;

public static class RoundData
{
    sealed class Row
    {
        public string Result { get; set; } = "";
        public DateOnly? AppliedOn { get; set; }
        public int Version { get; set; }
    }

    public static Task InsertRoundAsync(this DbSession s, StoredRound round, RoundRequest request) => s.ExecuteAsync(
        "INSERT INTO rotation_rounds (Id, CountyCode, Name, RoundDate, Request, Result, CreatedBy, CreatedAt, AppliedOn, Version) VALUES (@Id, @CountyCode, @Name, @Date, @Request, @Result, @CreatedBy, @CreatedAt, NULL, 1)",
        new
        {
            round.Id, round.CountyCode, round.Name, round.Date, Request = JsonSerializer.Serialize(request, EventJson.Options),
            Result = JsonSerializer.Serialize(round, StoredJson.Options), round.CreatedBy, round.CreatedAt,
        });

    public static async Task<IReadOnlyList<StoredRound>> RoundsAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<Row>("SELECT Result, AppliedOn, Version FROM rotation_rounds WHERE CountyCode = @CountyCode ORDER BY RoundDate DESC, CreatedAt DESC", new { CountyCode = countyCode }))
        .Select(r => JsonSerializer.Deserialize<StoredRound>(r.Result, StoredJson.Options)! with { AppliedOn = r.AppliedOn, Version = r.Version }).ToList();

    public static async Task<bool> MarkRoundAppliedAsync(this DbSession s, Guid id, DateOnly on, int expectedVersion) => await s.ExecuteAsync(
        "UPDATE rotation_rounds SET AppliedOn = @On, Version = Version + 1 WHERE Id = @Id AND Version = @Expected AND AppliedOn IS NULL",
        new { Id = id, On = on, Expected = expectedVersion }) == 1;
}
