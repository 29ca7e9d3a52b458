using EduPlatform.Persistence;

namespace EduPlatform.Rotation.Data;

/// <summary>Rotation's copy of staffing's vacancies and evaluation's annual ratings; the newest event wins.</summary>
public static class KnownFactsData
{
    public sealed class KnownVacancy
    {
        public Guid PoolId { get; set; }
        public Guid? AllianceId { get; set; }
        public Guid? SchoolId { get; set; }
        public string Stage { get; set; } = "";
        public int Vacancies { get; set; }
    }

    public static Task UpsertVacancyAsync(this DbSession s, string countyCode, int schoolYear, Guid? allianceId, Guid? schoolId, string stage, int vacancies, DateTimeOffset occurredAt)
    {
        var args = new
        {
            CountyCode = countyCode, SchoolYear = schoolYear, PoolId = allianceId ?? schoolId ?? Guid.Empty, AllianceId = allianceId, SchoolId = schoolId,
            Stage = stage, Vacancies = vacancies, OccurredAt = occurredAt,
        };
        return UpsertNewerAsync(s,
            "UPDATE known_vacancies SET Vacancies = @Vacancies, OccurredAt = @OccurredAt WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND PoolId = @PoolId AND Stage = @Stage AND OccurredAt < @OccurredAt",
            s.Dialect.InsertIfAbsent("known_vacancies", "CountyCode, SchoolYear, PoolId, AllianceId, SchoolId, Stage, Vacancies, OccurredAt",
                "@CountyCode, @SchoolYear, @PoolId, @AllianceId, @SchoolId, @Stage, @Vacancies, @OccurredAt",
                "CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND PoolId = @PoolId AND Stage = @Stage"), args);
    }

    public static async Task<IReadOnlyList<KnownVacancy>> VacanciesAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<KnownVacancy>(
            "SELECT PoolId, AllianceId, SchoolId, Stage, Vacancies FROM known_vacancies WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear AND Vacancies > 0",
            new { CountyCode = countyCode, SchoolYear = schoolYear })).ToList();

    public static Task UpsertRatingAsync(this DbSession s, string countyCode, int schoolYear, Guid personId, string rating, DateTimeOffset occurredAt) =>
        UpsertNewerAsync(s,
            "UPDATE known_ratings SET Rating = @Rating, OccurredAt = @OccurredAt WHERE PersonId = @PersonId AND SchoolYear = @SchoolYear AND OccurredAt < @OccurredAt",
            s.Dialect.InsertIfAbsent("known_ratings", "PersonId, SchoolYear, CountyCode, Rating, OccurredAt", "@PersonId, @SchoolYear, @CountyCode, @Rating, @OccurredAt",
                "PersonId = @PersonId AND SchoolYear = @SchoolYear"),
            new { CountyCode = countyCode, SchoolYear = schoolYear, PersonId = personId, Rating = rating, OccurredAt = occurredAt });

    /// <summary>A person's ratings by school year.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> RatingsAsync(this DbSession s, Guid personId) =>
        (await s.QueryAsync<RatingRow>("SELECT SchoolYear, Rating FROM known_ratings WHERE PersonId = @PersonId", new { PersonId = personId }))
        .ToDictionary(r => r.SchoolYear, r => r.Rating);

    sealed class RatingRow
    {
        public int SchoolYear { get; set; }
        public string Rating { get; set; } = "";
    }

    static async Task UpsertNewerAsync(DbSession s, string update, string insert, object args)
    {
        if (await s.ExecuteAsync(update, args) == 0)
        {
            await s.ExecuteAsync(insert, args);
        }
    }
}
