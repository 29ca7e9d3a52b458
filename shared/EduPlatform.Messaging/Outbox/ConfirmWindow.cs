namespace EduPlatform.Messaging;

/// <summary>
/// The broker's confirms for one batch of publishes on one channel, by delivery tag. Publishes go out in row order with
/// their confirms outstanding; the relay may stamp sent only the rows before the first one not acked, and sends again
/// from there after a nack, a timeout or a lost connection. Confirms may arrive singly or "multiple" (every tag up to
/// this one), and a nack marks a row that must be sent again even if later rows were acked.
/// </summary>
public sealed class ConfirmWindow(ulong firstTag, int size)
{
    readonly object _gate = new();
    readonly bool[] _acked = new bool[size];
    readonly SemaphoreSlim _progress = new(0, int.MaxValue);
    int _published;
    int _ackedCount;
    int _prefix;
    int? _firstNacked;
    Exception? _failure;

    /// <summary>Rows from the start of the batch that the broker has acked, with no gap: the ones the relay may stamp sent.</summary>
    public int ConfirmedPrefix { get { lock (_gate) { return _prefix; } } }

    /// <summary>Published and not acked yet.</summary>
    public int Outstanding { get { lock (_gate) { return _published - _ackedCount; } } }

    public bool AllConfirmed { get { lock (_gate) { return _prefix == size; } } }

    /// <summary>The index of the first row the broker refused, if any.</summary>
    public int? FirstNacked { get { lock (_gate) { return _firstNacked; } } }

    /// <summary>The channel or connection ended under the batch; nothing more will be confirmed.</summary>
    public Exception? Failure { get { lock (_gate) { return _failure; } } }

    public bool Stopped { get { lock (_gate) { return _failure is not null || _firstNacked is not null; } } }

    public void Published()
    {
        lock (_gate)
        {
            if (_published == size)
            {
                throw new InvalidOperationException($"The window holds {size} publishes.");
            }

            _published++;
        }
    }

    public void Ack(ulong tag, bool multiple)
    {
        lock (_gate)
        {
            foreach (var index in Indexes(tag, multiple))
            {
                if (!_acked[index])
                {
                    _acked[index] = true;
                    _ackedCount++;
                }
            }

            while (_prefix < size && _acked[_prefix])
            {
                _prefix++;
            }
        }

        _progress.Release();
    }

    public void Nack(ulong tag, bool multiple)
    {
        lock (_gate)
        {
            var refused = Indexes(tag, multiple).Where(i => !_acked[i]).DefaultIfEmpty(-1).Min();
            if (refused >= 0 && (_firstNacked is null || refused < _firstNacked))
            {
                _firstNacked = refused;
            }
        }

        _progress.Release();
    }

    public void Fail(Exception failure)
    {
        lock (_gate)
        {
            _failure ??= failure;
        }

        _progress.Release();
    }

    /// <summary>Waits until a confirm (or a failure) arrives; false when none came within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForProgressAsync(TimeSpan timeout, CancellationToken ct) => _progress.WaitAsync(timeout, ct);

    /// <summary>The batch indexes a confirm covers: one tag, or with <paramref name="multiple"/> every published tag up to it.</summary>
    IEnumerable<int> Indexes(ulong tag, bool multiple)
    {
        if (tag < firstTag || _published == 0)
        {
            return [];
        }

        if (!multiple && tag - firstTag >= (ulong)_published)
        {
            return [];
        }

        var last = (int)Math.Min(tag - firstTag, (ulong)_published - 1);

        // Every row before the prefix is acked already, so a "multiple" confirm need not look at them again.
        return multiple ? Enumerable.Range(_prefix, Math.Max(0, last - _prefix + 1)) : [last];
    }
}
