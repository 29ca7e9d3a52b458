using EduPlatform.Persistence;

namespace EduPlatform.Platform.Tests;

public sealed class OutboxAndInboxTests
{
    static async Task<TestDatabase> MigratedAsync()
    {
        var db = TestDatabase.CreateTemporary();
        await Migrator.MigrateAsync(db, CancellationToken.None);
        return db;
    }

    [Fact]
    public async Task An_event_is_written_only_with_the_change_it_describes()
    {
        var db = await MigratedAsync();
        var committed = WidgetCreated.New("kept");
        var rolledBack = WidgetCreated.New("dropped");

        await db.InTransactionAsync(s => s.EnqueueEventAsync(committed), CancellationToken.None);
        await db.InTransactionAsync(async s =>
        {
            await s.EnqueueEventAsync(rolledBack);
            s.Rollback();
        }, CancellationToken.None);
        await Assert.ThrowsAnyAsync<Exception>(() => db.InTransactionAsync(async s =>
        {
            await s.EnqueueEventAsync(WidgetCreated.New("failed"));
            throw new InvalidOperationException("the change failed");
        }, CancellationToken.None));

        var unsent = await db.ReadAsync(s => s.ReadUnsentAsync(10), CancellationToken.None);
        var row = Assert.Single(unsent);
        Assert.Equal(committed.EventId, row.MessageId);
        Assert.Equal(typeof(WidgetCreated).FullName, row.MessageType);
        Assert.Contains("\"name\":\"kept\"", row.Payload);
    }

    [Fact]
    public async Task Unsent_events_come_back_in_write_order_and_sent_ones_do_not()
    {
        var db = await MigratedAsync();
        var events = Enumerable.Range(0, 5).Select(i => WidgetCreated.New($"w{i}")).ToList();
        foreach (var e in events)
        {
            await db.InTransactionAsync(s => s.EnqueueEventAsync(e), CancellationToken.None);
        }

        var first = await db.ReadAsync(s => s.ReadUnsentAsync(3), CancellationToken.None);
        await db.InTransactionAsync(s => s.MarkSentAsync(first.Select(m => m.Sequence).ToList()), CancellationToken.None);
        var rest = await db.ReadAsync(s => s.ReadUnsentAsync(10), CancellationToken.None);

        Assert.Equal(events.Take(3).Select(e => e.EventId), first.Select(m => m.MessageId));
        Assert.Equal(events.Skip(3).Select(e => e.EventId), rest.Select(m => m.MessageId));
        var (count, oldest) = await db.ReadAsync(s => s.BacklogAsync(), CancellationToken.None);
        Assert.Equal(2, count);
        Assert.NotNull(oldest);
    }

    [Fact]
    public async Task An_event_outside_a_transaction_is_refused()
    {
        var db = await MigratedAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.ReadAsync(async s =>
        {
            await s.EnqueueEventAsync(WidgetCreated.New());
            return 0;
        }, CancellationToken.None));
    }

    [Fact]
    public async Task The_inbox_records_a_message_once_per_consumer()
    {
        var db = await MigratedAsync();
        var id = Guid.CreateVersion7();

        var first = await db.InTransactionAsync(s => s.TryRecordAsync(id, "a"), CancellationToken.None);
        var again = await db.InTransactionAsync(s => s.TryRecordAsync(id, "a"), CancellationToken.None);
        var otherConsumer = await db.InTransactionAsync(s => s.TryRecordAsync(id, "b"), CancellationToken.None);

        Assert.True(first);
        Assert.False(again);
        Assert.True(otherConsumer);
    }

    [Fact]
    public async Task One_relay_holds_the_lease_until_it_expires_or_is_released()
    {
        var db = await MigratedAsync();
        var ct = CancellationToken.None;

        Assert.True(await RelayLease.TryTakeAsync(db, "outbox", "a", TimeSpan.FromMinutes(1), ct));
        Assert.False(await RelayLease.TryTakeAsync(db, "outbox", "b", TimeSpan.FromMinutes(1), ct));
        Assert.True(await RelayLease.TryTakeAsync(db, "outbox", "a", TimeSpan.FromMinutes(1), ct));

        await RelayLease.ReleaseAsync(db, "outbox", "a", ct);
        Assert.True(await RelayLease.TryTakeAsync(db, "outbox", "b", TimeSpan.FromMilliseconds(1), ct));
        await Task.Delay(20);
        Assert.True(await RelayLease.TryTakeAsync(db, "outbox", "a", TimeSpan.FromMinutes(1), ct));
    }

    [Fact]
    public async Task Audit_rows_keep_who_what_and_before_after()
    {
        var db = await MigratedAsync();
        await db.InTransactionAsync(s => s.WriteAuditAsync("clerk-1", "widget.rename", "widget", "w1", "421125", new { Name = "a" }, new { Name = "b" }), CancellationToken.None);

        await db.InTransactionAsync(s => s.WriteAuditAsync("clerk-1", "widget.rename", "widget", "w1", "421125", new { Name = "b" }, new { Name = "c" }), CancellationToken.None);

        var (page, total) = await db.ReadAsync(s => s.ReadAuditAsync("421125", "widget", "w1", 1, 1), CancellationToken.None);
        Assert.Equal(2, total); // the page is the older of the two, and the total counts both
        var entry = Assert.Single(page);
        Assert.Equal("clerk-1", entry.Actor);
        Assert.Equal("widget.rename", entry.Action);
        Assert.Equal("{\"name\":\"a\"}", entry.Before);
        Assert.Equal("{\"name\":\"b\"}", entry.After);
        Assert.Equal(0, (await db.ReadAsync(s => s.ReadAuditAsync("420000", null, null, 0, 10), CancellationToken.None)).Total);
    }
}
