namespace EduPlatform.Persistence;

/// <summary>One import attempt: which sheet, who, when, and whether it was taken or refused with how many errors.</summary>
public sealed record ImportAttempt
{
    public Guid Id { get; init; }
    public string CountyCode { get; init; } = "";
    /// <summary>The import's sheet name (its template's name), e.g. "schools".</summary>
    public string Sheet { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>The uploaded file's name; null for JSON rows.</summary>
    public string? FileName { get; init; }
    public string Actor { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }
    public bool Accepted { get; init; }
    /// <summary>A refusal's summary, e.g. "3 行数据有误，未导入任何数据。".</summary>
    public string? Detail { get; init; }
    public int ErrorCount { get; init; }
    /// <summary>The first errors as JSON lines ("第 3 行 学段：…"), at most <see cref="ImportJournal.ErrorsKept"/>.</summary>
    public string? Errors { get; init; }
}

/// <summary>
/// The journal of import attempts. A refused import writes nothing else, so its attempt is written on its own; a taken
/// one after its import commits. An open item is a sheet whose latest attempt was refused.
/// </summary>
public static class ImportJournal
{
    public const int ErrorsKept = 50;

    const string Columns = "Id, CountyCode, Sheet, Title, FileName, Actor, OccurredAt, Accepted, Detail, ErrorCount, Errors";

    public static Task WriteImportAttemptAsync(this DbSession session, ImportAttempt attempt) =>
        session.ExecuteAsync(
            $"""
            INSERT INTO import_journal ({Columns})
            VALUES (@Id, @CountyCode, @Sheet, @Title, @FileName, @Actor, @OccurredAt, @Accepted, @Detail, @ErrorCount, @Errors)
            """,
            attempt);

    /// <summary>One page of the county's attempts, newest first, and how many there are in all.</summary>
    public static async Task<(IReadOnlyList<ImportAttempt> Items, int Total)> ReadImportAttemptsAsync(this DbSession session, string countyCode,
        int offset, int limit)
    {
        var rows = await session.QueryAsync<ImportAttempt>(
            $"""
            SELECT {Columns} FROM import_journal
            WHERE CountyCode = @CountyCode
            ORDER BY OccurredAt DESC, Id DESC {session.Dialect.Paging}
            """,
            new { CountyCode = countyCode, Offset = offset, Limit = limit });
        var total = await session.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM import_journal WHERE CountyCode = @CountyCode", new { CountyCode = countyCode });
        return (rows.ToList(), total);
    }

    /// <summary>Each sheet's latest attempt where it was refused: what the county still has to import again.</summary>
    public static async Task<IReadOnlyList<ImportAttempt>> ReadRefusedImportsAsync(this DbSession session, string countyCode) =>
        (await session.QueryAsync<ImportAttempt>(
            $"""
            SELECT j.{Columns.Replace(", ", ", j.")}
            FROM import_journal j
            WHERE j.CountyCode = @CountyCode AND j.Accepted = 0
              AND NOT EXISTS (SELECT 1 FROM import_journal later
                              WHERE later.CountyCode = j.CountyCode AND later.Sheet = j.Sheet
                                AND (later.OccurredAt > j.OccurredAt OR (later.OccurredAt = j.OccurredAt AND later.Id > j.Id)))
            ORDER BY j.OccurredAt DESC
            """,
            new { CountyCode = countyCode })).ToList();
}
