namespace Savira.Core.Outbox;

/// <summary>Wakes the outbox sender when a write has just committed a new message, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal
{
    TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the first <see cref="Notify"/> after this call; take it before looking for work.</summary>
    public Task NextAsync() => Volatile.Read(ref next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
