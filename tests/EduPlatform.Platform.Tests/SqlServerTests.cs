using EduPlatform.Persistence;

namespace EduPlatform.Platform.Tests;

/// <summary>
/// The same migrator, outbox and inbox on SQL Server. They run when EDUPLATFORM_SQLSERVER holds a connection string to
/// a server where the test may create databases, and skip saying so otherwise (no SQL Server can be installed here).
/// </summary>
public sealed class SqlServerTests
{
    static TestDatabase Database()
    {
        var master = Environment.GetEnvironmentVariable("EDUPLATFORM_SQLSERVER");
        if (string.IsNullOrWhiteSpace(master))
        {
            Assert.Skip("EDUPLATFORM_SQLSERVER is not set: SQL Server tests did not run");
        }

        var name = $"eduplatform_test_{Guid.NewGuid():N}";
        using (var connection = new Microsoft.Data.SqlClient.SqlConnection(master))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE [{name}]";
            create.ExecuteNonQuery();
        }

        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(master) { InitialCatalog = name };
        return new TestDatabase(new ServiceDatabaseSettings("test", DatabaseEngine.SqlServer, builder.ConnectionString));
    }

    [Fact]
    public async Task Migrations_outbox_inbox_and_lease_work_on_sql_server()
    {
        var db = Database();
        Assert.Equal(2, (await Migrator.MigrateAsync(db, CancellationToken.None)).Count);
        Assert.Empty(await Migrator.MigrateAsync(db, CancellationToken.None));

        var evt = WidgetCreated.New();
        await db.InTransactionAsync(s => s.EnqueueEventAsync(evt), CancellationToken.None);
        var row = Assert.Single(await db.ReadAsync(s => s.ReadUnsentAsync(10), CancellationToken.None));
        Assert.Equal(evt.EventId, row.MessageId);
        await db.InTransactionAsync(s => s.MarkSentAsync([row.Sequence]), CancellationToken.None);
        Assert.Equal(0, (await db.ReadAsync(s => s.BacklogAsync(), CancellationToken.None)).Count);

        Assert.True(await db.InTransactionAsync(s => s.TryRecordAsync(evt.EventId, "c"), CancellationToken.None));
        Assert.False(await db.InTransactionAsync(s => s.TryRecordAsync(evt.EventId, "c"), CancellationToken.None));
        Assert.True(await RelayLease.TryTakeAsync(db, "outbox", "a", TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.False(await RelayLease.TryTakeAsync(db, "outbox", "b", TimeSpan.FromMinutes(1), CancellationToken.None));
    }
}
