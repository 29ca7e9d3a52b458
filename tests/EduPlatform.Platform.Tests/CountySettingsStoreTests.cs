using EduPlatform.Kernel;
using EduPlatform.Persistence;

namespace EduPlatform.Platform.Tests;

public sealed class CountySettingsStoreTests
{
    sealed record ClassSizes : ICountySettings<ClassSizes>
    {
        public ClassSizes()
        {
        }

        public ClassSizes(string countyCode, int size, int version) => (CountyCode, Size, Version) = (countyCode, size, version);

        public string CountyCode { get; init; } = "";
        public int Size { get; init; }
        public int Version { get; init; }

        public ClassSizes WithVersion(int version) => this with { Version = version };

        public IReadOnlyList<(string Field, string Message)> Validate() =>
            Size is >= 1 and <= 45 ? [] : [("size", "must be 1–45")];
    }

    // A settings table of the kind each service keeps, in the test's own database.
    static readonly SettingsTable<ClassSizes> Table = new("Class sizes", "test.settings", "test-settings",
        async (s, county) => await s.QuerySingleOrDefaultAsync<ClassSizes>(
            "SELECT CountyCode, Size, Version FROM class_sizes WHERE CountyCode = @county", new { county }) ?? new ClassSizes(county, 45, 0),
        async (s, settings, expected) => expected == 0
            ? await s.ExecuteAsync("INSERT INTO class_sizes (CountyCode, Size, Version) VALUES (@CountyCode, @Size, @Version)", settings) == 1
            : await s.ExecuteAsync("UPDATE class_sizes SET Size = @Size, Version = @Version WHERE CountyCode = @CountyCode AND Version = @Expected",
                new { settings.CountyCode, settings.Size, settings.Version, Expected = expected }) == 1);

    static async Task<(TestDatabase Db, CountySettingsStore<ClassSizes> Store)> StoreAsync()
    {
        var db = TestDatabase.CreateTemporary();
        await Migrator.MigrateAsync(db, CancellationToken.None);
        await db.InTransactionAsync(s => s.ExecuteAsync("CREATE TABLE class_sizes (CountyCode TEXT PRIMARY KEY, Size INTEGER, Version INTEGER)"), CancellationToken.None);
        return (db, new CountySettingsStore<ClassSizes>(db, Table));
    }

    [Fact]
    public async Task Saves_with_the_next_version_audits_before_and_after_and_refuses_a_stale_or_invalid_save()
    {
        var (db, store) = await StoreAsync();
        Assert.Equal(0, (await store.ReadAsync("421125", CancellationToken.None)).Version); // the defaults

        var first = await store.SaveAsync(new ClassSizes("421125", 40, 0), "clerk", CancellationToken.None);
        Assert.Equal(new ClassSizes("421125", 40, 1), first.ValueOrThrow());
        var second = await store.SaveAsync(new ClassSizes("421125", 42, 1), "clerk", CancellationToken.None);
        Assert.Equal(2, second.ValueOrThrow().Version);

        var stale = Assert.IsType<Outcome<ClassSizes>.Stale>(await store.SaveAsync(new ClassSizes("421125", 30, 1), "other", CancellationToken.None));
        Assert.Equal((1, (int?)2), (stale.Sent, stale.Current));
        var invalid = Assert.IsType<Outcome<ClassSizes>.Invalid>(await store.SaveAsync(new ClassSizes("421125", 60, 2), "clerk", CancellationToken.None));
        Assert.Equal("size", invalid.Errors.Single().Field);

        Assert.Equal(42, (await store.ReadAsync("421125", CancellationToken.None)).Size);
        Assert.Equal(2, await db.CountAsync("audit_log"));
        var before = await db.ReadAsync(s => s.QueryAsync<string?>("SELECT Before FROM audit_log ORDER BY OccurredAt"), CancellationToken.None);
        Assert.Null(before.First()); // nothing stored before the first save
        Assert.Contains("40", before.Last());
    }
}
