using System.Text.Json;
using EduPlatform.Organization.Domain;
using EduPlatform.Persistence;

namespace EduPlatform.Organization.Data;

public sealed record County(string Code, string Name, string PolicyPreset, AlliancePolicyOverrides? PolicyOverrides, int Version)
{
    /// <summary>The policy in force: the preset with the county's adjustments.</summary>
    public AlliancePolicy Policy
    {
        get
        {
            var preset = AlliancePolicyPresets.Find(PolicyPreset)
                ?? throw new InvalidOperationException($"County {Code} names unknown preset '{PolicyPreset}'.");
            return PolicyOverrides is null ? preset : PolicyOverrides.ApplyTo(preset);
        }
    }
}

public static class CountyData
{
    sealed class Row
    {
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public string PolicyPreset { get; set; } = "";
        public string? PolicyOverrides { get; set; }
        public int Version { get; set; }
    }

    const string Columns = "Code, Name, PolicyPreset, PolicyOverrides, Version";

    public static async Task<County?> FindCountyAsync(this DbSession s, string code) =>
        Map(await s.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM counties WHERE Code = @Code", new { Code = code }));

    public static async Task<IReadOnlyList<County>> ListCountiesAsync(this DbSession s) =>
        (await s.QueryAsync<Row>($"SELECT {Columns} FROM counties ORDER BY Code")).Select(r => Map(r)!).ToList();

    public static Task InsertCountyAsync(this DbSession s, County c) => s.ExecuteAsync(
        $"INSERT INTO counties ({Columns}, CreatedAt, UpdatedAt) VALUES (@Code, @Name, @PolicyPreset, @PolicyOverrides, @Version, @Now, @Now)",
        Params(c));

    public static Task<int> UpdateCountyAsync(this DbSession s, County c, int expectedVersion) => s.ExecuteAsync(
        """
        UPDATE counties SET Name = @Name, PolicyPreset = @PolicyPreset, PolicyOverrides = @PolicyOverrides, Version = @Version, UpdatedAt = @Now
        WHERE Code = @Code AND Version = @Expected
        """,
        new { c.Code, c.Name, c.PolicyPreset, PolicyOverrides = Json(c.PolicyOverrides), c.Version, Now = DateTimeOffset.UtcNow, Expected = expectedVersion });

    /// <summary>
    /// Takes the county row's write lock for the rest of the transaction, so that concurrent alliance changes in one
    /// county are checked against each other's results (the one-alliance-of-a-kind rule reads other alliances).
    /// </summary>
    public static async Task<bool> LockCountyAsync(this DbSession s, string code) =>
        await s.ExecuteAsync("UPDATE counties SET UpdatedAt = UpdatedAt WHERE Code = @Code", new { Code = code }) == 1;

    static object Params(County c) => new { c.Code, c.Name, c.PolicyPreset, PolicyOverrides = Json(c.PolicyOverrides), c.Version, Now = DateTimeOffset.UtcNow };

    static string? Json(AlliancePolicyOverrides? o) => o is null ? null : JsonSerializer.Serialize(o, EventJson.Options);

    static County? Map(Row? r) => r is null
        ? null
        : new County(r.Code, r.Name, r.PolicyPreset,
            r.PolicyOverrides is null ? null : JsonSerializer.Deserialize<AlliancePolicyOverrides>(r.PolicyOverrides, EventJson.Options),
            r.Version);
}
