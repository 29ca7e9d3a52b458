using System.Text.Json;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Data;

public static class TermStatisticsData
{
    sealed class Row
    {
        public Guid SchoolId { get; set; }
        public string Term { get; set; } = "";
        public int Students { get; set; }
        public int Classes { get; set; }
        public string Grades { get; set; } = "[]";
        public int Version { get; set; }
    }

    sealed class StudentsRow
    {
        public Guid SchoolId { get; set; }
        public string Term { get; set; } = "";
        public int Students { get; set; }
    }

    /// <summary>Each school's students in the latest term it reported.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> LatestStudentsAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<StudentsRow>("SELECT SchoolId, Term, Students FROM term_statistics WHERE CountyCode = @CountyCode", new { CountyCode = countyCode }))
            .Select(r => (r.SchoolId, r.Students, Order: Domain.Term.TryParse(r.Term, out var t) ? t.Year * 2 + (t.Season == Season.Autumn ? 1 : 0) : 0))
            .GroupBy(r => r.SchoolId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Order).Students);

    public static async Task<TermStatistics?> FindTermAsync(this DbSession s, Guid schoolId, Term term) =>
        Map(await s.QuerySingleOrDefaultAsync<Row>(
            "SELECT SchoolId, Term, Students, Classes, Grades, Version FROM term_statistics WHERE SchoolId = @SchoolId AND Term = @Term",
            new { SchoolId = schoolId, Term = term.ToString() }));

    public static async Task<IReadOnlyList<TermStatistics>> ListTermsAsync(this DbSession s, Guid schoolId) =>
        (await s.QueryAsync<Row>(
            "SELECT SchoolId, Term, Students, Classes, Grades, Version FROM term_statistics WHERE SchoolId = @SchoolId ORDER BY SchoolYear DESC, Term DESC",
            new { SchoolId = schoolId })).Select(r => Map(r)!).ToList();

    public static Task InsertTermAsync(this DbSession s, string countyCode, TermStatistics t) => s.ExecuteAsync(
        """
        INSERT INTO term_statistics (SchoolId, Term, CountyCode, SchoolYear, Students, Classes, Grades, Version, ReportedAt)
        VALUES (@SchoolId, @Term, @CountyCode, @SchoolYear, @Students, @Classes, @Grades, @Version, @Now)
        """,
        Params(countyCode, t, 0));

    public static async Task<bool> UpdateTermAsync(this DbSession s, string countyCode, TermStatistics t, int expectedVersion) =>
        await s.ExecuteAsync(
            """
            UPDATE term_statistics SET Students = @Students, Classes = @Classes, Grades = @Grades, Version = @Version, ReportedAt = @Now
            WHERE SchoolId = @SchoolId AND Term = @Term AND Version = @Expected
            """,
            Params(countyCode, t, expectedVersion)) == 1;

    static object Params(string countyCode, TermStatistics t, int expected) => new
    {
        t.SchoolId,
        Term = t.Term.ToString(),
        CountyCode = countyCode,
        t.Term.SchoolYear,
        t.Students,
        t.Classes,
        Grades = JsonSerializer.Serialize(t.Grades, EventJson.Options),
        t.Version,
        Now = DateTimeOffset.UtcNow,
        Expected = expected,
    };

    static TermStatistics? Map(Row? r) =>
        r is null || !Domain.Term.TryParse(r.Term, out var term)
            ? null
            : new TermStatistics(r.SchoolId, term, r.Students, r.Classes,
                JsonSerializer.Deserialize<List<GradeCount>>(r.Grades, EventJson.Options) ?? [], r.Version);
}
