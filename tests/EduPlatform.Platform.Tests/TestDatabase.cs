using EduPlatform.Messaging;
using EduPlatform.Persistence;

namespace EduPlatform.Platform.Tests;

/// <summary>A service database of a pretend "test" service, with one table of its own (widgets).</summary>
public sealed class TestDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings)
{
    public static TestDatabase CreateTemporary() => new(new ServiceDatabaseSettings("test", DatabaseEngine.Sqlite, $"Data Source={TempFile()}"));

    public static string TempFile() => Path.Combine(Path.GetTempPath(), $"eduplatform-test-{Guid.NewGuid():N}.db");

    public Task<long> CountAsync(string table) => ReadAsync(s => s.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}"), CancellationToken.None);
}

/// <summary>An event of the pretend service, shaped like every contract.</summary>
public sealed record WidgetCreated
{
    public required Guid EventId { get; init; }
    public required string CountyCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid WidgetId { get; init; }
    public required string Name { get; init; }

    public static WidgetCreated New(string name = "w") => new()
    {
        EventId = Guid.CreateVersion7(),
        CountyCode = "421125",
        OccurredAt = DateTimeOffset.UtcNow,
        WidgetId = Guid.CreateVersion7(),
        Name = name,
    };
}

/// <summary>Applies WidgetCreated by inserting a widget row: the effect the inbox must keep to one.</summary>
public sealed class WidgetCreatedConsumer(TestDatabase database) : InboxConsumer<WidgetCreated, TestDatabase>(database)
{
    protected override Task ApplyAsync(WidgetCreated message, DbSession session) =>
        session.ExecuteAsync("INSERT INTO widgets (Id, Name, CountyCode) VALUES (@WidgetId, @Name, @CountyCode)", message);
}

/// <summary>A consumer whose effect always fails: the poison-message case.</summary>
public sealed class FailingWidgetConsumer(TestDatabase database) : InboxConsumer<WidgetCreated, TestDatabase>(database)
{
    public static int Attempts;

    protected override Task ApplyAsync(WidgetCreated message, DbSession session)
    {
        Interlocked.Increment(ref Attempts);
        throw new InvalidOperationException("cannot apply " + message.Name);
    }
}
