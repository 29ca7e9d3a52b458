using System.Text.Json;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Data;

public static class PeopleData
{
    sealed class Row
    {
        public Guid Id { get; set; }
        public string CountyCode { get; set; } = "";
        public string Name { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Gender { get; set; } = "";
        public DateOnly BirthDate { get; set; }
        public string Role { get; set; } = "";
        public string Stage { get; set; } = "";
        public string Subjects { get; set; } = "";
        public string Title { get; set; } = "";
        public string PostLevel { get; set; } = "";
        public string Backbone { get; set; } = "";
        public string? GradeBand { get; set; }
        public DateOnly HiredOn { get; set; }
        public DateOnly? InPostSince { get; set; }
        public Guid CurrentSchoolId { get; set; }
        public string Statuses { get; set; } = "";
        public string Wishes { get; set; } = "[]";
        public DateOnly? LeftOn { get; set; }
        public string? Waiting { get; set; }
        public int Version { get; set; }
    }

    sealed class StintRow
    {
        public Guid PersonId { get; set; }
        public Guid SchoolId { get; set; }
        public DateOnly FromDate { get; set; }
        public DateOnly? ToDate { get; set; }
        public bool ByRotation { get; set; }
        public DateOnly? PlacedUntil { get; set; }
    }

    const string Columns = "Id, CountyCode, Name, IdNumber, Gender, BirthDate, Role, Stage, Subjects, Title, PostLevel, Backbone, GradeBand, HiredOn, InPostSince, CurrentSchoolId, Statuses, Wishes, LeftOn, Waiting, Version";

    static string List<T>(IEnumerable<T> values) where T : struct, Enum => string.Join(',', values.Select(v => v.ToString()));

    static List<T> Parse<T>(string text) where T : struct, Enum =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<T>).ToList();

    static object Args(Person p, int expectedVersion) => new
    {
        p.Id, p.CountyCode, p.Name, p.IdNumber, Gender = p.Gender.ToString(), p.BirthDate, Role = p.Role.ToString(), p.Stage,
        Subjects = List(p.Subjects), p.Title, p.PostLevel, Backbone = p.Backbone.ToString(), GradeBand = p.GradeBand?.ToString(), p.HiredOn,
        p.InPostSince, p.CurrentSchoolId, Statuses = List(p.Statuses), Wishes = JsonSerializer.Serialize(p.Wishes), p.LeftOn,
        Waiting = p.Waiting is null ? null : JsonSerializer.Serialize(p.Waiting), p.Version,
        Expected = expectedVersion, Now = DateTimeOffset.UtcNow,
    };

    public static async Task InsertPersonAsync(this DbSession s, Person p)
    {
        await s.ExecuteAsync(
            $"""
            INSERT INTO people ({Columns}, UpdatedAt)
            VALUES (@Id, @CountyCode, @Name, @IdNumber, @Gender, @BirthDate, @Role, @Stage, @Subjects, @Title, @PostLevel, @Backbone, @GradeBand,
                @HiredOn, @InPostSince, @CurrentSchoolId, @Statuses, @Wishes, @LeftOn, @Waiting, @Version, @Now)
            """, Args(p, 0));
        await s.ReplaceStintsAsync(p.Id, p.History);
    }

    /// <summary>Writes the person if the stored version is still <paramref name="expectedVersion"/>.</summary>
    public static async Task<bool> UpdatePersonAsync(this DbSession s, Person p, int expectedVersion)
    {
        var updated = await s.ExecuteAsync(
            """
            UPDATE people SET Name = @Name, IdNumber = @IdNumber, Gender = @Gender, BirthDate = @BirthDate, Role = @Role, Stage = @Stage,
                Subjects = @Subjects, Title = @Title, PostLevel = @PostLevel, Backbone = @Backbone, GradeBand = @GradeBand, HiredOn = @HiredOn,
                InPostSince = @InPostSince, CurrentSchoolId = @CurrentSchoolId, Statuses = @Statuses, Wishes = @Wishes, LeftOn = @LeftOn,
                Waiting = @Waiting, Version = @Version, UpdatedAt = @Now
            WHERE Id = @Id AND Version = @Expected
            """, Args(p, expectedVersion));
        if (updated == 1)
        {
            await s.ReplaceStintsAsync(p.Id, p.History);
        }

        return updated == 1;
    }

    static async Task ReplaceStintsAsync(this DbSession s, Guid personId, IEnumerable<SchoolStint> history)
    {
        await s.ExecuteAsync("DELETE FROM person_stints WHERE PersonId = @PersonId", new { PersonId = personId });
        foreach (var h in history)
        {
            await s.ExecuteAsync(
                "INSERT INTO person_stints (PersonId, SchoolId, FromDate, ToDate, ByRotation, PlacedUntil) VALUES (@PersonId, @SchoolId, @FromDate, @ToDate, @ByRotation, @PlacedUntil)",
                new { PersonId = personId, h.SchoolId, FromDate = h.From, ToDate = h.To, h.ByRotation, h.PlacedUntil });
        }
    }

    public static async Task<Person?> FindPersonAsync(this DbSession s, string countyCode, Guid id) =>
        (await s.PeopleWhereAsync("CountyCode = @CountyCode AND Id = @Id", new { CountyCode = countyCode, Id = id })).SingleOrDefault();

    public static async Task<Guid?> PersonIdByIdNumberAsync(this DbSession s, string countyCode, string idNumber) =>
        await s.QuerySingleOrDefaultAsync<Guid?>("SELECT Id FROM people WHERE CountyCode = @CountyCode AND IdNumber = @IdNumber",
            new { CountyCode = countyCode, IdNumber = idNumber });

    sealed class VersionRow
    {
        public string IdNumber { get; set; } = "";
        public Guid Id { get; set; }
        public int Version { get; set; }
    }

    /// <summary>Every registered person of the county (in service or not) by identity number, with the version stored.</summary>
    public static async Task<IReadOnlyDictionary<string, (Guid Id, int Version)>> RegisteredByIdNumberAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<VersionRow>("SELECT IdNumber, Id, Version FROM people WHERE CountyCode = @CountyCode", new { CountyCode = countyCode }))
        .ToDictionary(r => r.IdNumber, r => (r.Id, r.Version));

    /// <summary>Every person's name in the county, those who left included, for lists that reach back in time.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> PersonNamesAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<NameRow>("SELECT Id, Name FROM people WHERE CountyCode = @CountyCode", new { CountyCode = countyCode }))
        .ToDictionary(r => r.Id, r => r.Name);

    sealed class NameRow
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = "";
    }

    /// <summary>Everyone still in service in the county (people who left are kept for history but not listed).</summary>
    public static Task<IReadOnlyList<Person>> ActivePeopleAsync(this DbSession s, string countyCode) =>
        s.PeopleWhereAsync("CountyCode = @CountyCode AND LeftOn IS NULL", new { CountyCode = countyCode });

    static async Task<IReadOnlyList<Person>> PeopleWhereAsync(this DbSession s, string where, object args)
    {
        var rows = (await s.QueryAsync<Row>($"SELECT {Columns} FROM people WHERE {where} ORDER BY Name, Id", args)).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var stints = (await s.QueryAsync<StintRow>(
            $"SELECT PersonId, SchoolId, FromDate, ToDate, ByRotation, PlacedUntil FROM person_stints WHERE PersonId IN (SELECT Id FROM people WHERE {where})",
            args)).ToLookup(r => r.PersonId);
        return rows.Select(r => ToPerson(r, stints[r.Id])).ToList();
    }

    static Person ToPerson(Row r, IEnumerable<StintRow> stints) => new()
    {
        Id = r.Id, CountyCode = r.CountyCode, Name = r.Name, IdNumber = r.IdNumber, Gender = Enum.Parse<Gender>(r.Gender), BirthDate = r.BirthDate,
        Role = Enum.Parse<PersonRole>(r.Role), Stage = r.Stage, Subjects = Parse<Subject>(r.Subjects), Title = r.Title, PostLevel = r.PostLevel,
        Backbone = Enum.Parse<BackboneLevel>(r.Backbone), GradeBand = r.GradeBand is null ? null : Enum.Parse<GradeBand>(r.GradeBand),
        HiredOn = r.HiredOn, InPostSince = r.InPostSince, CurrentSchoolId = r.CurrentSchoolId, Statuses = Parse<PersonStatus>(r.Statuses).ToHashSet(),
        Wishes = JsonSerializer.Deserialize<List<Guid>>(r.Wishes) ?? [], LeftOn = r.LeftOn, Version = r.Version,
        Waiting = r.Waiting is null ? null : JsonSerializer.Deserialize<WaitingStatus>(r.Waiting),
        History = stints.OrderBy(h => h.FromDate).Select(h => new SchoolStint(h.SchoolId, h.FromDate, h.ToDate, h.ByRotation, h.PlacedUntil)).ToList(),
    };
}
