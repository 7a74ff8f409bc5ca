using System.Collections.Concurrent;

namespace Savira.Bot.Operators.Simulator;

/// <summary>
/// The simulator conversations open now, by id, each only for the staff member who started it. One idle longer than
/// <see cref="IdleLimit"/> is closed (its copy deleted), and at most <see cref="MaxOpen"/> are kept, the least recently
/// used closed first, so the temporary copies cannot pile up.
/// </summary>
public sealed class SimulatorConversations(IServiceProvider live, TimeProvider clock) : IAsyncDisposable
{
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(30);
    public const int MaxOpen = 8;

    readonly ConcurrentDictionary<string, SimulatorConversation> open = new(StringComparer.Ordinal);

    public SimulatorConversation? Find(string? id, string owner) =>
        id is not null && open.TryGetValue(id, out var conversation) && conversation.Owner == owner ? conversation : null;

    public async Task<SimulatorConversation> StartAsync(string owner, bool drafts, CancellationToken cancellationToken)
    {
        await CloseStaleAsync();
        var sandbox = await KnowledgeSandbox.CreateAsync(live, drafts ? Regression.KnowledgeChange.PublishAllDrafts : null, cancellationToken);
        var conversation = new SimulatorConversation(Guid.NewGuid().ToString("N")[..12], owner, drafts, sandbox, clock);
        open[conversation.Id] = conversation;
        return conversation;
    }

    public async Task CloseAsync(string? id, string owner)
    {
        if (Find(id, owner) is { } conversation && open.TryRemove(conversation.Id, out _))
            await conversation.DisposeAsync();
    }

    async Task CloseStaleAsync()
    {
        var now = clock.GetUtcNow();
        var ordered = open.Values.OrderByDescending(conversation => conversation.LastUsed).ToList();
        foreach (var (conversation, index) in ordered.Select((conversation, index) => (conversation, index)))
        {
            if ((index >= MaxOpen - 1 || now - conversation.LastUsed > IdleLimit) && open.TryRemove(conversation.Id, out _))
                await conversation.DisposeAsync();
        }
    }

    /// <summary>The host stops: every copy is deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var id in open.Keys.ToList())
        {
            if (open.TryRemove(id, out var conversation))
                await conversation.DisposeAsync();
        }
    }
}
