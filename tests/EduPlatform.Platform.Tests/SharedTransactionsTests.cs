using System.Diagnostics.Metrics;
using EduPlatform.Persistence;

namespace EduPlatform.Platform.Tests;

/// <summary>Group commit: works waiting together share one transaction, and one failing work fails only its own caller.</summary>
public sealed class SharedTransactionsTests
{
    static async Task<TestDatabase> MigratedAsync()
    {
        var db = TestDatabase.CreateTemporary();
        await Migrator.MigrateAsync(db, CancellationToken.None);
        return db;
    }

    static Task<bool> InsertWidgetAsync(TestDatabase db, string name, Func<DbSession, Task>? then = null) =>
        db.InSharedTransactionAsync(async s =>
        {
            await s.ExecuteAsync("INSERT INTO widgets (Id, Name, CountyCode) VALUES (@Id, @Name, '421125')", new { Id = Guid.NewGuid(), Name = name });
            if (then is not null)
            {
                await then(s);
            }

            return true;
        });

    [Fact]
    public async Task Works_arriving_together_commit_together_and_every_one_is_committed()
    {
        var db = await MigratedAsync();
        var groups = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "eduplatform.db.shared_commit.size")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, size, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "service" && (string?)t.Value == "test"))
            {
                lock (groups)
                {
                    groups.Add(size);
                }
            }
        });
        listener.Start();

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => InsertWidgetAsync(db, $"g{i}"))));

        Assert.Equal(300, await db.CountAsync("widgets"));
        lock (groups)
        {
            Assert.Equal(300, groups.Sum());
            Assert.True(groups.Count < 300 && groups.Max() > 1, $"commits: {string.Join(",", groups)}");
        }
    }

    [Fact]
    public async Task A_failing_work_fails_its_own_caller_and_the_others_commit()
    {
        var db = await MigratedAsync();
        var works = Enumerable.Range(0, 50).Select(i => InsertWidgetAsync(db, $"f{i}",
            i == 17 ? _ => throw new InvalidOperationException("work 17 cannot apply") : null)).ToList();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => works[17]);
        Assert.Equal("work 17 cannot apply", failure.Message);
        await Task.WhenAll(works.Where((_, i) => i != 17));
        Assert.Equal(49, await db.CountAsync("widgets"));
        Assert.Equal(0L, await db.ReadAsync(s => s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM widgets WHERE Name = 'f17'"), CancellationToken.None));
    }

    [Fact]
    public async Task A_work_that_rolls_back_loses_only_its_own_changes()
    {
        var db = await MigratedAsync();
        var works = Enumerable.Range(0, 40).Select(i => InsertWidgetAsync(db, $"r{i}",
            i % 10 == 3 ? s => { s.Rollback(); return Task.CompletedTask; } : null)).ToList();

        Assert.All(await Task.WhenAll(works), Assert.True);
        Assert.Equal(36, await db.CountAsync("widgets"));
    }

    [Fact]
    public async Task A_write_kept_waiting_past_the_busy_timeout_is_refused_as_busy_and_nothing_is_written()
    {
        var db = await MigratedAsync();
        var holding = new TaskCompletionSource();
        var held = db.InTransactionAsync(async s =>
        {
            await s.ExecuteAsync("INSERT INTO widgets (Id, Name, CountyCode) VALUES (@Id, 'long', '421125')", new { Id = Guid.NewGuid() });
            holding.SetResult();
            await Task.Delay(TimeSpan.FromSeconds(11));
        }, CancellationToken.None);
        await holding.Task;

        var waited = System.Diagnostics.Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => InsertWidgetAsync(db, "waiting"));
        Assert.True(DatabaseBusy.Is(refused)); // answered 503 with Retry-After by the API, retried by the bus
        Assert.InRange(waited.Elapsed.TotalSeconds, 9, 11);
        await held;
        Assert.Equal(1, await db.CountAsync("widgets"));
    }

    [Fact]
    public void SQLite_busy_and_locked_count_as_busy_though_the_driver_does_not_call_them_transient()
    {
        var busy = new Microsoft.Data.Sqlite.SqliteException("database is locked", 5);
        Assert.False(busy.IsTransient);
        Assert.True(DatabaseBusy.Is(busy));
        Assert.True(DatabaseBusy.Is(new Microsoft.Data.Sqlite.SqliteException("database table is locked", 6)));
        Assert.False(DatabaseBusy.Is(new Microsoft.Data.Sqlite.SqliteException("constraint failed", 19)));
    }

    [Fact]
    public async Task The_database_syncs_every_commit()
    {
        var db = await MigratedAsync();
        // 2 = FULL: a committed effect or event survives a power cut (docs/decisions.md, "Group commit").
        Assert.Equal(2L, await db.ReadAsync(s => s.ExecuteScalarAsync<long>("PRAGMA synchronous"), CancellationToken.None));
    }
}
