using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;

namespace EduPlatform.Persistence;

/// <summary>
/// Group commit for work that arrives many at a time (consumed events): whatever is waiting when the previous commit
/// ends runs in one transaction, so a burst of a thousand events costs a few dozen commits instead of a thousand, each
/// still durable (SQLite keeps <c>synchronous=FULL</c>). A caller's task completes only after the commit that holds its
/// work. When a shared transaction fails, or one work in it asks to roll back, the whole group is rolled back and each
/// work runs again alone in its own transaction, so a failing work fails its own caller and no other.
/// </summary>
sealed class SharedTransactions(ServiceDatabase database)
{
    /// <summary>
    /// Most works in one commit. The suite's consumers take up to 64 events at once per queue and a service has several
    /// queues; 512 keeps one commit's work (and the wait of the first work in it) well under a second.
    /// </summary>
    public const int MaxGroup = 512;

    static readonly Meter Meter = new("EduPlatform.Persistence");
    static readonly Histogram<int> GroupSizes = Meter.CreateHistogram<int>(
        "eduplatform.db.shared_commit.size", "{work}", "Consumed events committed together in one transaction");

    readonly Channel<Work> _waiting = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    int _started;

    public Task<T> RunAsync<T>(Func<DbSession, Task<T>> work)
    {
        var item = new Work<T>(work, Activity.Current);
        _waiting.Writer.TryWrite(item);
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(CommitLoopAsync);
        }

        return item.Task;
    }

    async Task CommitLoopAsync()
    {
        var group = new List<Work>(MaxGroup);
        while (await _waiting.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && _waiting.Reader.TryRead(out var item))
            {
                group.Add(item);
            }

            if (group.Count > 1 && await TryTogetherAsync(group))
            {
                continue;
            }

            foreach (var item in group)
            {
                await AloneAsync(item);
            }
        }
    }

    async Task<bool> TryTogetherAsync(List<Work> group)
    {
        try
        {
            var committed = await database.InTransactionAsync(async session =>
            {
                foreach (var item in group)
                {
                    await item.RunAsync(session);
                    if (session.RolledBack)
                    {
                        return false; // the transaction is rolled back; the works run again one by one
                    }
                }

                return true;
            }, CancellationToken.None);
            if (committed)
            {
                GroupSizes.Record(group.Count, new KeyValuePair<string, object?>("service", database.ServiceName));
                group.ForEach(item => item.Complete());
            }

            return committed;
        }
        catch (Exception)
        {
            return false; // rolled back; each work runs alone, so only the one at fault fails its caller
        }
        finally
        {
            Activity.Current = null;
        }
    }

    async Task AloneAsync(Work item)
    {
        try
        {
            await database.InTransactionAsync(item.RunAsync, CancellationToken.None);
            GroupSizes.Record(1, new KeyValuePair<string, object?>("service", database.ServiceName));
            item.Complete();
        }
        catch (Exception ex)
        {
            item.Fail(ex);
        }
        finally
        {
            Activity.Current = null;
        }
    }

    abstract class Work
    {
        public abstract Task RunAsync(DbSession session);
        public abstract void Complete();
        public abstract void Fail(Exception exception);
    }

    sealed class Work<T>(Func<DbSession, Task<T>> work, Activity? caller) : Work
    {
        readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        T _result = default!;

        public Task<T> Task => _done.Task;

        public override async Task RunAsync(DbSession session)
        {
            // The work's SQL spans belong to the trace of the event it applies, not to whichever work opened the group.
            Activity.Current = caller;
            _result = await work(session);
        }

        public override void Complete() => _done.TrySetResult(_result);

        public override void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
