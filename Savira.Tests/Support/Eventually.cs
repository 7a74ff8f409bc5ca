namespace Savira.Tests.Support;

/// <summary>Waits for work a background service does on its own; the limit only stops a broken test from hanging.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, Action? betweenChecks = null, int limitSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(limitSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Gave up waiting: {what}");
            betweenChecks?.Invoke();
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
