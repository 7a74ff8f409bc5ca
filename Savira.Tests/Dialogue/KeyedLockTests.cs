using Savira.Core.Dialogue;

namespace Savira.Tests.Dialogue;

public sealed class KeyedLockTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitersForOneKeyAreLetInInArrivalOrder()
    {
        var locks = new KeyedLock<string>();
        var order = new List<int>();
        var first = await locks.AcquireAsync("whatsapp:+628111", Cancel);

        var waiters = Enumerable.Range(1, 10).Select(i => Enter(i)).ToList();
        first.Dispose();
        await Task.WhenAll(waiters);

        Assert.Equal(Enumerable.Range(1, 10), order);
        Assert.Equal(0, locks.ActiveKeys);

        async Task Enter(int i)
        {
            using (await locks.AcquireAsync("whatsapp:+628111", Cancel))
            {
                lock (order)
                    order.Add(i);
                await Task.Yield();
            }
        }
    }

    [Fact]
    public async Task DifferentKeysDoNotWaitForEachOther()
    {
        var locks = new KeyedLock<string>();
        using var held = await locks.AcquireAsync("a", Cancel);

        using var other = await locks.AcquireAsync("b", Cancel).WaitAsync(TimeSpan.FromSeconds(5), Cancel);

        Assert.Equal(2, locks.ActiveKeys);
    }

    [Fact]
    public async Task CancelledWaiterLeavesNoEntryBehind()
    {
        var locks = new KeyedLock<string>();
        var held = await locks.AcquireAsync("a", Cancel);
        using var give = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("a", give.Token);
        await give.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }
}
