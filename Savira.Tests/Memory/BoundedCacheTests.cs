using System.Globalization;
using Savira.Core.Memory;

namespace Savira.Tests.Memory;

public sealed class BoundedCacheTests
{
    static BoundedCache<string> Cache(int maxEntries = 1_000, long maxBytes = 64 * 1024, int maxKeyLength = 40, bool promoteOnRead = true) =>
        new(maxEntries, maxBytes, maxKeyLength, ObjectBytes.Of, promoteOnRead);

    static string Word(int i, int length = 12) => i.ToString(CultureInfo.InvariantCulture).PadLeft(length, 'k');

    [Fact]
    public void ManyDistinctKeysNeverTakeMoreThanTheBytesAllowed()
    {
        var cache = Cache(maxEntries: 1_000_000, maxBytes: 64 * 1024);

        for (var i = 0; i < 50_000; i++)
        {
            cache.Add(Word(i, 40), Word(i, 40));
            Assert.True(cache.Use.Bytes <= cache.MaxBytes, $"{cache.Use} after {i + 1} words");
        }

        Assert.InRange(cache.Use.Bytes, cache.MaxBytes / 2, cache.MaxBytes); // it is used, not emptied
    }

    [Fact]
    public void ManyDistinctKeysNeverTakeMoreThanTheEntriesAllowed()
    {
        var cache = Cache(maxEntries: 1_000, maxBytes: 1L << 30);

        for (var i = 0; i < 20_000; i++)
        {
            cache.Add(Word(i), "x");
            Assert.True(cache.Use.Entries <= 1_000, $"{cache.Use} after {i + 1} words");
        }

        Assert.InRange(cache.Use.Entries, 500, 1_000);
    }

    [Fact]
    public void AnEntryInUseStaysWhileAFloodOfOthersPassesThrough()
    {
        var cache = Cache(maxEntries: 1_000);
        cache.Add("bayar", "bayar");

        for (var i = 0; i < 100_000; i++)
        {
            cache.Add(Word(i), "x");
            if (i % 200 == 0)
                Assert.True(cache.TryGetValue("bayar".AsSpan(), out _), $"lost after {i} other words");
        }
    }

    [Fact]
    public void AnEntryNotUsedAgainLeavesWithinTwoGenerations()
    {
        var cache = Cache(maxEntries: 1_000);
        cache.Add("sekali", "sekali");

        for (var i = 0; i < 1_001; i++)
            cache.Add(Word(i), "x");

        Assert.False(cache.TryGetValue("sekali", out _));
    }

    [Fact]
    public void AKeyLongerThanTheLimitIsNotKept()
    {
        var cache = Cache(maxKeyLength: 40);

        cache.Add(new string('a', 41), "a");
        cache.Add(new string('b', 40), "b");

        Assert.False(cache.TryGetValue(new string('a', 41), out _));
        Assert.True(cache.TryGetValue(new string('b', 40), out _));
        Assert.Equal(1, cache.Use.Entries);
    }

    [Fact]
    public void AValueTooLargeForTheCacheIsNotKept()
    {
        var cache = Cache(maxBytes: 64 * 1024);

        cache.Add("besar", new string('x', 10_000)); // 20 KB: more than a quarter of the cache

        Assert.False(cache.TryGetValue("besar", out _));
        Assert.Equal(new CacheUse(0, 0, 1_000, 64 * 1024), cache.Use);
    }

    [Fact]
    public void SetReplacesTheValueInEitherGenerationAndRemoveForgetsIt()
    {
        var cache = Cache(maxEntries: 10, promoteOnRead: false);
        cache.Set("whatsapp:+628111", "first");
        for (var i = 0; i < 5; i++)
            cache.Add(Word(i), "x"); // "first" is now in the old generation

        cache.Set("whatsapp:+628111", "second");
        for (var i = 5; i < 10; i++)
            cache.Add(Word(i), "x"); // and "second" too: the generation that had "first" is gone

        Assert.True(cache.TryGetValue("whatsapp:+628111", out var value));
        Assert.Equal("second", value);
        cache.Remove("whatsapp:+628111");
        Assert.False(cache.TryGetValue("whatsapp:+628111", out _));
    }

    [Fact]
    public void TheBytesCountedGoBackToZeroWhenEverythingIsRemoved()
    {
        var cache = Cache();
        for (var i = 0; i < 300; i++)
            cache.Set(Word(i % 100), Word(i, 20));

        for (var i = 0; i < 100; i++)
            cache.Remove(Word(i));

        Assert.Equal(0, cache.Use.Entries);
        Assert.Equal(0, cache.Use.Bytes);
    }

    [Fact]
    public async Task ConcurrentReadersAndWritersStayWithinTheBounds()
    {
        var cache = Cache(maxEntries: 2_000, maxBytes: 128 * 1024);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var key = Word((thread * 100_000) + i, 30);
                if (!cache.TryGetValue(key.AsSpan(), out _))
                    cache.Add(key, key);
                if (i % 1000 == 0)
                    Assert.True(cache.Use.Bytes <= cache.MaxBytes && cache.Use.Entries <= cache.MaxEntries, cache.Use.ToString());
            }
        }, TestContext.Current.CancellationToken)));

        Assert.True(cache.Use.Bytes <= cache.MaxBytes && cache.Use.Entries <= cache.MaxEntries, cache.Use.ToString());
    }
}
