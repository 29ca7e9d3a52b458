using EduPlatform.Persistence;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Data;

public sealed record PostStructureRecord(string PoolKey, int Senior, int Middle, int Junior, int Version)
{
    public IReadOnlyDictionary<PostLevel, int> Posts => new Dictionary<PostLevel, int>
    {
        [PostLevel.Senior] = Senior, [PostLevel.Middle] = Middle, [PostLevel.Junior] = Junior,
    };
}

public static class PostData
{
    sealed class StructureRow
    {
        public string PoolKey { get; set; } = "";
        public int Senior { get; set; }
        public int Middle { get; set; }
        public int Junior { get; set; }
        public int Version { get; set; }
    }

    public static async Task<IReadOnlyDictionary<string, PostStructureRecord>> PostStructuresAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<StructureRow>("SELECT PoolKey, Senior, Middle, Junior, Version FROM post_structures WHERE CountyCode = @CountyCode",
            new { CountyCode = countyCode }))
        .ToDictionary(r => r.PoolKey, r => new PostStructureRecord(r.PoolKey, r.Senior, r.Middle, r.Junior, r.Version));

    public static async Task<bool> SavePostStructureAsync(this DbSession s, string countyCode, PostStructureRecord p, int expectedVersion)
    {
        var args = new { CountyCode = countyCode, p.PoolKey, p.Senior, p.Middle, p.Junior, p.Version, Expected = expectedVersion, Now = DateTimeOffset.UtcNow };
        return expectedVersion == 0
            ? await s.ExecuteAsync(s.Dialect.InsertIfAbsent("post_structures", "CountyCode, PoolKey, Senior, Middle, Junior, Version, UpdatedAt",
                "@CountyCode, @PoolKey, @Senior, @Middle, @Junior, @Version, @Now", "CountyCode = @CountyCode AND PoolKey = @PoolKey"), args) == 1
            : await s.ExecuteAsync(
                "UPDATE post_structures SET Senior = @Senior, Middle = @Middle, Junior = @Junior, Version = @Version, UpdatedAt = @Now WHERE CountyCode = @CountyCode AND PoolKey = @PoolKey AND Version = @Expected",
                args) == 1;
    }

    public static async Task SetLevelHoldersAsync(this DbSession s, string countyCode, Guid schoolId, PostLevel level, int holders)
    {
        var args = new { SchoolId = schoolId, Level = level.ToString(), CountyCode = countyCode, Holders = holders };
        if (await s.ExecuteAsync("UPDATE level_holders SET Holders = @Holders WHERE SchoolId = @SchoolId AND Level = @Level", args) == 0)
        {
            await s.ExecuteAsync("INSERT INTO level_holders (SchoolId, Level, CountyCode, Holders) VALUES (@SchoolId, @Level, @CountyCode, @Holders)", args);
        }
    }

    sealed class HolderRow
    {
        public Guid SchoolId { get; set; }
        public string Level { get; set; } = "";
        public int Holders { get; set; }
    }

    public static async Task<IReadOnlyDictionary<(Guid SchoolId, PostLevel Level), int>> LevelHoldersAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<HolderRow>("SELECT SchoolId, Level, Holders FROM level_holders WHERE CountyCode = @CountyCode", new { CountyCode = countyCode }))
            .ToDictionary(r => (r.SchoolId, Enum.Parse<PostLevel>(r.Level)), r => r.Holders);

    sealed class OutsideRow
    {
        public Guid Id { get; set; }
        public string PoolKey { get; set; } = "";
        public string Name { get; set; } = "";
        public string Level { get; set; } = "";
        public string Reason { get; set; } = "";
        public string? Honour { get; set; }
        public int? RuralServiceYears { get; set; }
        public DateOnly? RetirementDate { get; set; }
    }

    public static async Task<IReadOnlyList<OutsidePostPerson>> OutsidePostPeopleAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<OutsideRow>(
            "SELECT Id, PoolKey, Name, Level, Reason, Honour, RuralServiceYears, RetirementDate FROM outside_post_people WHERE CountyCode = @CountyCode ORDER BY Name",
            new { CountyCode = countyCode }))
        .Select(r => new OutsidePostPerson(r.Id, r.PoolKey, r.Name, Enum.Parse<PostLevel>(r.Level), Enum.Parse<OutsidePostReason>(r.Reason), r.Honour,
            r.RuralServiceYears, r.RetirementDate)).ToList();

    public static Task InsertOutsidePostPersonAsync(this DbSession s, string countyCode, OutsidePostPerson p) => s.ExecuteAsync(
        """
        INSERT INTO outside_post_people (Id, CountyCode, PoolKey, Name, Level, Reason, Honour, RuralServiceYears, RetirementDate, CreatedAt)
        VALUES (@Id, @CountyCode, @PoolKey, @Name, @Level, @Reason, @Honour, @RuralServiceYears, @RetirementDate, @Now)
        """,
        new
        {
            p.Id, CountyCode = countyCode, p.PoolKey, p.Name, Level = p.Level.ToString(), Reason = p.Reason.ToString(), p.Honour, p.RuralServiceYears,
            p.RetirementDate, Now = DateTimeOffset.UtcNow,
        });

    public static async Task<bool> DeleteOutsidePostPersonAsync(this DbSession s, string countyCode, Guid id) =>
        await s.ExecuteAsync("DELETE FROM outside_post_people WHERE Id = @Id AND CountyCode = @CountyCode", new { Id = id, CountyCode = countyCode }) == 1;
}
