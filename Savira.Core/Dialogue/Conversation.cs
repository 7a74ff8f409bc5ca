using System.Globalization;
using Microsoft.Extensions.Options;
using Savira.Core.Inbound;
using Savira.Core.Replies;
using Savira.Core.Services;
using Savira.Core.Services.Handoff;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>
/// The conversation engine: session → global commands → the dialogue awaiting an answer → a menu number →
/// the intent matcher → the handler for that intent. It knows nothing of channels or storage.
/// A citizen waiting for an officer gets no reply at all; notices waiting for a citizen come before the reply.
/// </summary>
public sealed class Conversation(IIntentMatcher matcher, ServiceHandlers handlers, MainMenu menu, IOptions<SessionOptions> options,
    IHandoffDesk handoffs, CitizenNotices notices)
{
    public async ValueTask<ConversationStep> RespondAsync(IncomingMessage message, Session? stored, CancellationToken cancellationToken)
    {
        var now = message.ReceivedAt;
        var idleLimit = TimeSpan.FromMinutes(options.Value.IdleMinutes);
        var session = stored is null || stored.IsIdleSince(now, idleLimit) ? Session.StartNew(message.Sender, now) : stored;

        if (handoffs.IsSilenced(message.Sender, now))
        {
            var silent = new Reply { Messages = [], Intent = Intent.Handoff, Handler = "handoff:waiting" };
            return new ConversationStep(silent, session with { LastActivityAt = now, Dialogue = null }, null);
        }

        var (result, intent, confidence, handler) = await DecideAsync(message, session, cancellationToken).ConfigureAwait(false);
        var pending = notices.Pending(message.Sender);
        var reply = new Reply
        {
            Messages = pending.Select(notice => notice.Text).Concat(result.Messages).SelectMany(text => WhatsAppText.Split(text)).ToList(),
            Intent = intent,
            Handler = handler,
        };
        return new ConversationStep(reply, session with { LastActivityAt = now, Dialogue = result.NextDialogue }, confidence)
        {
            DeliveredNotices = pending.Select(notice => notice.Id).ToList(),
        };
    }

    async ValueTask<(HandlerResult Result, Intent? Intent, double? Confidence, string Handler)> DecideAsync(
        IncomingMessage message, Session session, CancellationToken cancellationToken)
    {
        switch (GlobalCommands.Parse(message.Text))
        {
            case GlobalCommand.Menu:
            case GlobalCommand.Back:
                return (HandlerResult.Say(menu.Text()), Intent.Menu, null, "command:menu");
            case GlobalCommand.Cancel:
                return (HandlerResult.Say(session.Dialogue is null
                    ? "Tidak ada permintaan yang sedang berjalan. Ketik *menu* untuk melihat layanan 😊"
                    : "Baik, permintaan tadi sudah dibatalkan 👍 Ketik *menu* untuk layanan lainnya."), null, null, "command:cancel");
        }

        if (session.Dialogue is { } dialogue)
        {
            var owner = handlers.For(dialogue.Intent);
            var turn = NewTurn(message, session, matcher.Match(message.Text));
            return (await owner.ContinueAsync(turn, dialogue, cancellationToken).ConfigureAwait(false), dialogue.Intent, null, HandlerName(owner));
        }

        if (int.TryParse(message.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var choice))
        {
            if (menu.Pick(choice) is not { } picked)
                return (HandlerResult.Say(menu.Text($"Maaf, pilihan *{choice}* tidak ada di menu 🙏")), Intent.Menu, null, "command:menu");
            return await StartAsync(message, session, new MessageUnderstanding(picked, 1), cancellationToken).ConfigureAwait(false);
        }

        return await StartAsync(message, session, matcher.Match(message.Text), cancellationToken).ConfigureAwait(false);
    }

    async ValueTask<(HandlerResult, Intent?, double?, string)> StartAsync(
        IncomingMessage message, Session session, MessageUnderstanding understanding, CancellationToken cancellationToken)
    {
        var handler = handlers.For(understanding.Intent);
        var result = await handler.StartAsync(NewTurn(message, session, understanding), cancellationToken).ConfigureAwait(false);
        return (result, understanding.Intent, understanding.Confidence, HandlerName(handler));
    }

    static Turn NewTurn(IncomingMessage message, Session session, MessageUnderstanding understanding) =>
        new() { Message = message, Session = session, Understanding = understanding };

    static string HandlerName(IServiceHandler handler) => handler.GetType().Name;
}
