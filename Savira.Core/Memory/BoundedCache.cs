using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Savira.Core.Memory;

/// <summary>
/// A string-keyed cache for what citizens' messages produce (words, stems, sessions) whose memory is bounded by
/// entries and by an estimate of the bytes it holds, whatever is sent. It keeps two generations: entries go into
/// the young one; when that reaches half of either bound it becomes the old one and the previous old one is
/// dropped whole. A read that finds an entry only in the old generation can bring it back into the young one,
/// so what is used keeps its place and what was used once leaves within two turns. Reads take no lock and,
/// with a span key, allocate nothing; writes take one lock, which keeps the bounds exact.
/// </summary>
/// <remarks>A key longer than <see cref="MaxKeyLength"/>, or an entry larger than a quarter of the bytes, is never kept.</remarks>
public sealed class BoundedCache<TValue> where TValue : class
{
    /// <summary>What an entry costs besides its key and value: the dictionary's node (header, key, value, next, hash).</summary>
    const long EntryOverhead = 48;

    readonly Func<TValue, long> valueBytes;
    readonly bool promoteOnRead;
    readonly int generationEntries;
    readonly long generationBytes;
    readonly Lock writing = new();
    Generation young = new();
    Generation? old;

    /// <param name="maxEntries">Entries kept at most (both generations).</param>
    /// <param name="maxBytes">Estimated bytes kept at most (both generations): keys, values and the dictionaries' nodes.</param>
    /// <param name="maxKeyLength">Longer keys are not kept: no real word is that long, and a long one would crowd out many.</param>
    /// <param name="valueBytes">The estimated bytes of a value, beyond the key; count what it alone keeps alive.</param>
    /// <param name="promoteOnRead">
    /// Whether a read found only in the old generation copies the entry into the young one. Leave it off when the
    /// owner writes the entry again after every read anyway (a session after its message).
    /// </param>
    public BoundedCache(int maxEntries, long maxBytes, int maxKeyLength, Func<TValue, long> valueBytes, bool promoteOnRead = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxKeyLength);
        MaxEntries = maxEntries;
        MaxBytes = maxBytes;
        MaxKeyLength = maxKeyLength;
        this.valueBytes = valueBytes;
        this.promoteOnRead = promoteOnRead;
        generationEntries = maxEntries / 2;
        generationBytes = maxBytes / 2;
    }

    public int MaxEntries { get; }

    public long MaxBytes { get; }

    public int MaxKeyLength { get; }

    /// <summary>How much the cache holds now, by its own estimate; never above <see cref="MaxEntries"/> and <see cref="MaxBytes"/>.</summary>
    public CacheUse Use
    {
        get
        {
            lock (writing)
                return new CacheUse(young.Count + (old?.Count ?? 0), young.Bytes + (old?.Bytes ?? 0), MaxEntries, MaxBytes);
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
        if (Volatile.Read(ref young).BySpan.TryGetValue(key, out value))
            return true;
        if (Volatile.Read(ref old) is not { } previous || !previous.BySpan.TryGetValue(key, out var storedKey, out value))
            return false;
        if (promoteOnRead)
            Add(storedKey, value);
        return true;
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        if (Volatile.Read(ref young).Entries.TryGetValue(key, out value))
            return true;
        if (Volatile.Read(ref old) is not { } previous || !previous.Entries.TryGetValue(key, out value))
            return false;
        if (promoteOnRead)
            Add(key, value);
        return true;
    }

    /// <summary>Keeps <paramref name="value"/> unless the key is already young (for values a key always gives alike).</summary>
    public void Add(string key, TValue value) => Store(key, value, replace: false);

    /// <summary>Keeps <paramref name="value"/> in place of whatever the key had.</summary>
    public void Set(string key, TValue value) => Store(key, value, replace: true);

    public void Remove(string key)
    {
        lock (writing)
        {
            Take(young, key);
            if (old is { } previous)
                Take(previous, key);
        }
    }

    public void Clear()
    {
        lock (writing)
        {
            Volatile.Write(ref old, null);
            Volatile.Write(ref young, new Generation());
        }
    }

    void Store(string key, TValue value, bool replace)
    {
        if (key.Length > MaxKeyLength)
            return;
        var size = EntryOverhead + ObjectBytes.Of(key) + valueBytes(value);
        if (size > generationBytes / 2)
            return;
        lock (writing)
        {
            if (young.Entries.TryGetValue(key, out var current))
            {
                if (!replace)
                    return;
                Take(young, key, current);
            }
            if (replace && old is { } previous)
                Take(previous, key); // the older value must not come back after this one leaves the young generation
            if (young.Count + 1 > generationEntries || young.Bytes + size > generationBytes)
            {
                Volatile.Write(ref old, young);
                Volatile.Write(ref young, new Generation());
            }
            young.Entries[key] = value;
            young.Count++;
            young.Bytes += size;
        }
    }

    /// <summary>Removes the key from <paramref name="generation"/>, under the write lock, and gives back what it counted.</summary>
    void Take(Generation generation, string key, TValue? known = null)
    {
        if (known is null && !generation.Entries.TryGetValue(key, out known))
            return;
        if (generation.Entries.TryRemove(key, out _))
        {
            generation.Count--;
            generation.Bytes -= EntryOverhead + ObjectBytes.Of(key) + valueBytes(known);
        }
    }

    sealed class Generation
    {
        public Generation() => BySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();

        public ConcurrentDictionary<string, TValue> Entries { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; }

        public int Count { get; set; }

        public long Bytes { get; set; }
    }
}

/// <summary>Estimated sizes of what caches hold, on a 64-bit runtime.</summary>
public static class ObjectBytes
{
    /// <summary>A string: header, length, the characters and a terminator, rounded up to 8.</summary>
    public static long Of(string text) => (22 + (2L * text.Length) + 7) & ~7L;

    /// <summary>An array of strings and the strings (counted even when shared).</summary>
    public static long Of(string[] texts)
    {
        var bytes = 24L + (8L * texts.Length);
        foreach (var text in texts)
            bytes += Of(text);
        return bytes;
    }
}

/// <summary>How full a bounded cache is: entries and estimated bytes, against its bounds.</summary>
public readonly record struct CacheUse(int Entries, long Bytes, int MaxEntries, long MaxBytes);
