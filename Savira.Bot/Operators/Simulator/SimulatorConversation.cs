using Dapper;
using Savira.Core.Inbound;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators.Simulator;

/// <summary>
/// A staff member's conversation in the simulator: one throwaway citizen in its own <see cref="KnowledgeSandbox"/>, so
/// the engine keeps its session between messages (follow-ups work) exactly as for a WhatsApp sender.
/// </summary>
public sealed class SimulatorConversation(string id, string owner, bool drafts, KnowledgeSandbox sandbox, TimeProvider clock) : IAsyncDisposable
{
    public const string Channel = "simulator";

    readonly SemaphoreSlim oneAtATime = new(1, 1);
    readonly List<SimulatorExchange> exchanges = [];
    long lastUsedTicks = clock.GetUtcNow().UtcTicks;

    public string Id { get; } = id;
    public string Owner { get; } = owner;

    /// <summary>Answered from the current drafts (published in the copy) rather than the published knowledge.</summary>
    public bool Drafts { get; } = drafts;

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref lastUsedTicks), TimeSpan.Zero);

    public IReadOnlyList<SimulatorExchange> Exchanges
    {
        get
        {
            lock (exchanges)
                return exchanges.ToList();
        }
    }

    string Sender => $"{Channel}:{Id}";

    public async Task<SimulatorExchange> SendAsync(string text, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Exchange(ref lastUsedTicks, clock.GetUtcNow().UtcTicks);
            var message = IncomingMessage.Typed(Channel, Sender, text, clock.GetUtcNow());
            var reply = await sandbox.Assistant.RespondAsync(message, cancellationToken);
            var confidence = sandbox.Database.Read(connection => connection.ExecuteScalar<double?>(
                "SELECT confidence FROM inbound_messages WHERE channel = @channel AND message_id = @id", new { channel = Channel, id = message.MessageId }));
            var entry = reply.AnsweredEntry is { } entryId ? sandbox.Knowledge.Find(entryId) : null;
            var exchange = new SimulatorExchange(text, reply.Messages, reply.Intent?.ToId(), confidence, reply.Handler,
                sandbox.Matcher.Match(text).Entities, reply.AnsweredEntry, entry?.Question);
            lock (exchanges)
                exchanges.Add(exchange);
            return exchange;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await oneAtATime.WaitAsync();
        await sandbox.DisposeAsync();
        oneAtATime.Dispose();
    }
}
