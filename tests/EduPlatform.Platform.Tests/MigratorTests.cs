using EduPlatform.Persistence;

namespace EduPlatform.Platform.Tests;

public sealed class MigratorTests
{
    static readonly IReadOnlyList<MigrationScript> Platform = Migrator.Discover(typeof(Migrator).Assembly, Migrator.PlatformSource, DatabaseEngine.Sqlite);

    [Fact]
    public async Task Applies_platform_then_service_scripts_once_and_journals_them()
    {
        var db = TestDatabase.CreateTemporary();

        var first = await Migrator.MigrateAsync(db, CancellationToken.None);
        var second = await Migrator.MigrateAsync(db, CancellationToken.None);

        Assert.Equal([.. Platform.Select(p => $"platform:{p.Step}:{p.Name}"), "service:1:widgets"], first.Select(s => $"{s.Source}:{s.Step}:{s.Name}"));
        Assert.Equal("platform:1:platform", $"{first[0].Source}:{first[0].Step}:{first[0].Name}");
        Assert.Empty(second);
        Assert.Equal(Platform.Count + 1, await db.CountAsync("schema_journal"));
        Assert.Equal(0, await db.CountAsync("widgets"));
        Assert.Equal(0, await db.CountAsync("outbox_messages"));
    }

    [Fact]
    public async Task Concurrent_starts_apply_each_step_exactly_once()
    {
        var file = TestDatabase.TempFile();
        var replicas = Enumerable.Range(0, 4)
            .Select(_ => new TestDatabase(new ServiceDatabaseSettings("test", DatabaseEngine.Sqlite, $"Data Source={file}")))
            .ToList();

        var applied = await Task.WhenAll(replicas.Select(r => Migrator.MigrateAsync(r, CancellationToken.None)));

        Assert.Equal(Platform.Count + 1, applied.Sum(a => a.Count));
        Assert.Equal(Platform.Count + 1, await replicas[0].CountAsync("schema_journal"));
    }

    [Theory]
    [InlineData(DatabaseEngine.Sqlite)]
    [InlineData(DatabaseEngine.SqlServer)]
    public void Platform_scripts_exist_for_both_engines_numbered_without_gaps(DatabaseEngine engine)
    {
        var scripts = Migrator.Discover(typeof(Migrator).Assembly, Migrator.PlatformSource, engine);
        Assert.Equal(Enumerable.Range(1, scripts.Count), scripts.Select(s => s.Step));
        Assert.Equal(Platform.Select(p => p.Name), scripts.Select(s => s.Name)); // the same steps on both engines
        Assert.Contains("outbox_messages", scripts[0].Sql);
    }

    [Fact]
    public async Task A_failing_step_leaves_no_trace_and_is_retried_next_start()
    {
        var db = TestDatabase.CreateTemporary();
        await Migrator.MigrateAsync(db, CancellationToken.None);
        await db.InTransactionAsync(s => s.ExecuteAsync("DELETE FROM schema_journal WHERE Source = 'service'"), CancellationToken.None);

        // The widgets table exists but the journal says step 1 is not applied: re-running fails inside its transaction.
        await Assert.ThrowsAnyAsync<Exception>(() => Migrator.MigrateAsync(db, CancellationToken.None));
        Assert.Equal(Platform.Count, await db.CountAsync("schema_journal"));
    }
}
