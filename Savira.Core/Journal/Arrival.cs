using Savira.Core.Dialogue;
using Savira.Core.Replies;
using Savira.Core.Services.Handoff;

namespace Savira.Core.Journal;

/// <summary>What the database holds for a message as it arrives (see <see cref="MessageJournal.Arrive"/>).</summary>
public sealed record Arrival
{
    /// <summary>The reply this message got the first time, when it is a copy of one already answered.</summary>
    public Reply? EarlierReply { get; init; }

    /// <summary>The sender's waiting or held handoff, other than one this very message opened.</summary>
    public ActiveHandoff? Handoff { get; init; }

    /// <summary>Notices waiting for the sender, shown before the reply.</summary>
    public IReadOnlyList<CitizenNotice> PendingNotices { get; init; } = [];
}
