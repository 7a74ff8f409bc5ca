using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Savira.Core.Dialogue;
using Savira.Core.Inbound;
using Savira.Core.Journal;
using Savira.Core.Privacy;
using Savira.Core.Replies;

namespace Savira.Core;

/// <summary>
/// Runs the steps for one incoming message: one message per sender at a time, de-duplication by message id (in the
/// same read as the sender's handoff and waiting notices), the conversation engine, and the journal. The reply is
/// returned only after it is committed.
/// </summary>
public sealed partial class Assistant(
    Conversation conversation, SessionStore sessions, MessageJournal journal, TimeProvider clock, ILogger<Assistant> logger, Diagnostics.SaviraMetrics? metrics = null)
{
    readonly ConcurrentDictionary<(string Channel, string MessageId), Task<Reply>> inFlight = new();
    readonly KeyedLock<string> senders = new();

    /// <summary>Messages being answered now (each copy of one counts once); nothing stays here once answered.</summary>
    public int MessagesInFlight => inFlight.Count;

    /// <summary>Senders with a message being answered or waiting its turn.</summary>
    public int SendersInFlight => senders.ActiveKeys;

    /// <summary>
    /// Answers <paramref name="message"/>. Copies of a message already answered, or still being answered,
    /// get the same reply without being processed again.
    /// </summary>
    public Task<Reply> RespondAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var key = (message.Channel, message.MessageId);
        // Completed from a thread-pool thread at the end of CompleteAsync, so the waiters may go on there.
        var mine = new TaskCompletionSource<Reply>();
        var winner = inFlight.GetOrAdd(key, mine.Task);
        if (winner == mine.Task)
            _ = CompleteAsync(message, key, mine);

        // The work goes on even if this caller gives up: a retry or a copy may be waiting for it.
        return winner.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Completes once every message taken so far is answered and committed, or has failed — including one whose
    /// caller hung up: a host that is stopping waits for this before it closes the database.
    /// </summary>
    public Task DrainAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(inFlight.Values.Select(static reply =>
                reply.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)))
            .WaitAsync(cancellationToken);

    async Task CompleteAsync(IncomingMessage message, (string, string) key, TaskCompletionSource<Reply> completion)
    {
        try
        {
            completion.SetResult(await ProcessAsync(message).ConfigureAwait(false));
        }
        catch (Exception exception) // handed to every waiter
        {
            completion.SetException(exception);
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<(string, string), Task<Reply>>(key, completion.Task));
        }
    }

    async Task<Reply> ProcessAsync(IncomingMessage message)
    {
        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        metrics?.Received(message.Channel);
        using (await senders.AcquireAsync(message.Sender, CancellationToken.None).ConfigureAwait(false))
        {
            var arrival = journal.Arrive(message);
            if (arrival.EarlierReply is { } earlier)
            {
                LogRepeat(logger, message.Channel, message.MessageId);
                return earlier;
            }

            var session = sessions.Find(message.Sender);
            var step = await StepAsync(message, session, arrival).ConfigureAwait(false);
            if (!await journal.RecordAsync(message, step, CancellationToken.None).ConfigureAwait(false))
                return journal.FindReply(message.Channel, message.MessageId)!;
            sessions.Remember(step.Session); // committed, and still under the sender's lock

            LogAnswered(logger, message.Channel, new MaskedPhone(message.Sender), step.Reply.Intent, step.Reply.Handler);
            metrics?.Answered(message.Channel, step.Reply.Intent is { } intent ? Understanding.IntentIds.ToId(intent) : null, step.Reply.Handler, startedAt);
            return step.Reply;
        }
    }

    async Task<ConversationStep> StepAsync(IncomingMessage message, Session? session, Arrival arrival)
    {
        try
        {
            return await conversation.RespondAsync(message, session, arrival, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) // a handler's failure must still give the citizen an answer
        {
            LogHandlerFailed(logger, exception, new MaskedPhone(message.Sender));
            var now = clock.GetUtcNow();
            var kept = session ?? Session.StartNew(message.Sender, now);
            return new ConversationStep(
                new Reply
                {
                    Messages = ["Mohon maaf, sistem kami sedang mengalami gangguan 🙏 Silakan coba beberapa saat lagi, atau ketik *menu*."],
                    Handler = "error",
                },
                kept with { LastActivityAt = message.ReceivedAt, Dialogue = null },
                null);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered a {Channel} message from {Sender}: intent {Intent}, handler {Handler}")]
    static partial void LogAnswered(ILogger logger, string channel, MaskedPhone sender, Understanding.Intent? intent, string? handler);

    [LoggerMessage(Level = LogLevel.Information, Message = "Repeated the stored reply to {Channel} message {MessageId}")]
    static partial void LogRepeat(ILogger logger, string channel, string messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a message from {Sender} failed; the citizen was told to try again")]
    static partial void LogHandlerFailed(ILogger logger, Exception exception, MaskedPhone sender);
}
