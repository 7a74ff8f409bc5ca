namespace Savira.Core.Scheduling;

/// <summary>
/// A background job's passes at fixed times from the start (a minute after it, then every interval), so a slow pass
/// does not push the later ones back; a pass that throws is reported and the next one tries again.
/// </summary>
public static class FixedTimePasses
{
    public static readonly TimeSpan FirstPassAfter = TimeSpan.FromMinutes(1);

    /// <summary>Runs <paramref name="pass"/> until <paramref name="stoppingToken"/> stops the host; <paramref name="interval"/> is read after each pass.</summary>
    public static async Task RunAsync(TimeProvider clock, Func<TimeSpan> interval, Func<CancellationToken, Task> pass,
        Action<Exception> failed, CancellationToken stoppingToken)
    {
        var due = clock.GetUtcNow() + FirstPassAfter;
        while (true)
        {
            try
            {
                var wait = due - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
                await pass(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) // the next pass tries again; the host goes on answering citizens
            {
                failed(exception);
            }
            var step = interval();
            var now = clock.GetUtcNow();
            do
                due += step;
            while (due <= now);
        }
    }
}
