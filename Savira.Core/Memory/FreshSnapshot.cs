namespace Savira.Core.Memory;

/// <summary>
/// A small table that many messages need and staff rarely change, read from SQLite at most once per
/// <c>freshFor</c>; whoever changes the table calls <see cref="Invalidate"/> for the change to show at once.
/// Two threads that find it stale at the same moment may both read it: harmless, the table is small.
/// </summary>
public sealed class FreshSnapshot<T>(TimeProvider clock, TimeSpan freshFor, Func<T> read) where T : class
{
    volatile Entry? entry;

    public T Value
    {
        get
        {
            var now = clock.GetUtcNow();
            if (entry is { } cached && now - cached.ReadAt < freshFor && now >= cached.ReadAt)
                return cached.Value;
            var value = read();
            entry = new Entry(value, now);
            return value;
        }
    }

    public void Invalidate() => entry = null;

    sealed record Entry(T Value, DateTimeOffset ReadAt);
}
