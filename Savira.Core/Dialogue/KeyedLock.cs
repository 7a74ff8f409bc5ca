namespace Savira.Core.Dialogue;

/// <summary>
/// One async lock per key (a sender), created on first use and dropped when nobody holds or waits for it.
/// Waiters are let in first come, first served, so one sender's messages are handled in arrival order.
/// </summary>
public sealed class KeyedLock<TKey> where TKey : notnull
{
    readonly Dictionary<TKey, Entry> entries = [];

    public int ActiveKeys
    {
        get { lock (entries) return entries.Count; }
    }

    public async Task<IDisposable> AcquireAsync(TKey key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(key, out entry!))
                entries[key] = entry = new Entry();
            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }
        return new Holder(this, key, entry);
    }

    void Leave(TKey key, Entry entry)
    {
        lock (entries)
        {
            if (--entry.Users == 0)
            {
                entries.Remove(key);
                entry.Gate.Dispose();
            }
        }
    }

    sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Users { get; set; }
    }

    sealed class Holder(KeyedLock<TKey> owner, TKey key, Entry entry) : IDisposable
    {
        int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) != 0)
                return;
            entry.Gate.Release();
            owner.Leave(key, entry);
        }
    }
}
