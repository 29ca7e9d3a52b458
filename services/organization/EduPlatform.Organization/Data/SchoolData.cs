using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Data;

/// <summary>Filters for the school list; null means "any".</summary>
public sealed record SchoolQuery(Stage? Stage, Locality? Locality, string? Township, SchoolType? Type, string? Text, int Offset, int Limit);

public static class SchoolData
{
    sealed class Row
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public string Stage { get; set; } = "";
        public string Locality { get; set; } = "";
        public string Type { get; set; } = "";
        public string Township { get; set; } = "";
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public bool IsPublic { get; set; }
        public bool IsLegalPerson { get; set; }
        public bool IsBoarding { get; set; }
        public string? KindergartenDay { get; set; }
        public bool IsWeak { get; set; }
        public bool IsNew { get; set; }
        public int Version { get; set; }
    }

    const string Columns =
        "Id, CountyCode, Code, Name, Stage, Locality, Type, Township, Latitude, Longitude, IsPublic, IsLegalPerson, IsBoarding, KindergartenDay, IsWeak, IsNew, Version";

    const string Filter = """
        WHERE CountyCode = @CountyCode
          AND (@Stage IS NULL OR Stage = @Stage)
          AND (@Locality IS NULL OR Locality = @Locality)
          AND (@Township IS NULL OR Township = @Township)
          AND (@Type IS NULL OR Type = @Type)
        """;

    public static async Task<School?> FindSchoolAsync(this DbSession s, string countyCode, Guid id) =>
        Map(await s.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM schools WHERE Id = @Id AND CountyCode = @CountyCode", new { Id = id, CountyCode = countyCode }));

    public static async Task<IReadOnlyList<School>> FindSchoolsAsync(this DbSession s, string countyCode, IReadOnlyCollection<Guid> ids) =>
        ids.Count == 0
            ? []
            : (await s.QueryAsync<Row>($"SELECT {Columns} FROM schools WHERE CountyCode = @CountyCode AND Id IN @Ids", new { CountyCode = countyCode, Ids = s.IdList(ids) }))
                .Select(r => Map(r)!).ToList();

    public static async Task<IReadOnlyList<School>> FindSchoolsByCodeAsync(this DbSession s, string countyCode, IReadOnlyCollection<string> codes) =>
        codes.Count == 0
            ? []
            : (await s.QueryAsync<Row>($"SELECT {Columns} FROM schools WHERE CountyCode = @CountyCode AND Code IN @Codes", new { CountyCode = countyCode, Codes = codes }))
                .Select(r => Map(r)!).ToList();

    public static async Task<(IReadOnlyList<School> Items, int Total)> SearchSchoolsAsync(this DbSession s, string countyCode, SchoolQuery q)
    {
        var text = string.IsNullOrWhiteSpace(q.Text) ? "" : $" AND ({s.Dialect.ContainsText("Name", "@Text")} OR Code = @Text)";
        var args = new
        {
            CountyCode = countyCode,
            Stage = q.Stage?.ToString(),
            Locality = q.Locality?.ToString(),
            Township = q.Township,
            Type = q.Type?.ToString(),
            Text = q.Text?.Trim(),
            q.Offset,
            q.Limit,
        };
        var total = await s.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM schools {Filter}{text}", args);
        var rows = await s.QueryAsync<Row>($"SELECT {Columns} FROM schools {Filter}{text} ORDER BY Stage, Code {s.Dialect.Paging}", args);
        return (rows.Select(r => Map(r)!).ToList(), (int)total);
    }

    public static Task InsertSchoolAsync(this DbSession s, School school) => s.ExecuteAsync(
        $"""
        INSERT INTO schools ({Columns}, CreatedAt, UpdatedAt)
        VALUES (@Id, @CountyCode, @Code, @Name, @Stage, @Locality, @Type, @Township, @Latitude, @Longitude, @IsPublic, @IsLegalPerson, @IsBoarding, @KindergartenDay, @IsWeak, @IsNew, @Version, @Now, @Now)
        """,
        Params(school));

    /// <summary>Writes the new state if the stored version is still <paramref name="expectedVersion"/>; false otherwise.</summary>
    public static async Task<bool> UpdateSchoolAsync(this DbSession s, School school, int expectedVersion)
    {
        var parameters = Params(school);
        parameters["Expected"] = expectedVersion;
        return await s.ExecuteAsync(
            """
            UPDATE schools SET Code = @Code, Name = @Name, Stage = @Stage, Locality = @Locality, Type = @Type, Township = @Township,
                Latitude = @Latitude, Longitude = @Longitude, IsPublic = @IsPublic, IsLegalPerson = @IsLegalPerson,
                IsBoarding = @IsBoarding, KindergartenDay = @KindergartenDay, IsWeak = @IsWeak, IsNew = @IsNew, Version = @Version, UpdatedAt = @Now
            WHERE Id = @Id AND CountyCode = @CountyCode AND Version = @Expected
            """,
            parameters) == 1;
    }

    public static async Task<bool> SchoolCodeTakenAsync(this DbSession s, string countyCode, string code, Guid? exceptId) =>
        await s.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM schools WHERE CountyCode = @CountyCode AND Code = @Code AND (@ExceptId IS NULL OR Id <> @ExceptId)",
            new { CountyCode = countyCode, Code = code, ExceptId = exceptId }) > 0;

    static Dictionary<string, object?> Params(School x) => new()
    {
        ["Id"] = x.Id,
        ["CountyCode"] = x.CountyCode,
        ["Code"] = x.Code,
        ["Name"] = x.Name,
        ["Stage"] = x.Stage.ToString(),
        ["Locality"] = x.Locality.ToString(),
        ["Type"] = x.Type.ToString(),
        ["Township"] = x.Township,
        ["Latitude"] = x.Latitude,
        ["Longitude"] = x.Longitude,
        ["IsPublic"] = x.IsPublic,
        ["IsLegalPerson"] = x.IsLegalPerson,
        ["IsBoarding"] = x.IsBoarding,
        ["KindergartenDay"] = x.KindergartenDay?.ToString(),
        ["IsWeak"] = x.IsWeak,
        ["IsNew"] = x.IsNew,
        ["Version"] = x.Version,
        ["Now"] = DateTimeOffset.UtcNow,
    };

    static School? Map(Row? r) => r is null
        ? null
        : new School
        {
            Id = r.Id,
            CountyCode = r.CountyCode,
            Code = r.Code,
            Name = r.Name,
            Stage = Enum.Parse<Stage>(r.Stage),
            Locality = Enum.Parse<Locality>(r.Locality),
            Type = Enum.Parse<SchoolType>(r.Type),
            Township = r.Township,
            Latitude = r.Latitude,
            Longitude = r.Longitude,
            IsPublic = r.IsPublic,
            IsLegalPerson = r.IsLegalPerson,
            IsBoarding = r.IsBoarding,
            KindergartenDay = r.KindergartenDay is null ? null : Enum.Parse<KindergartenDay>(r.KindergartenDay),
            IsWeak = r.IsWeak,
            IsNew = r.IsNew,
            Version = r.Version,
        };
}
