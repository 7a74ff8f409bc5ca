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
/// the intent matcher → the handler for that intent, or the fallback when the matcher is unsure, or a numbered
/// question when it cannot choose between two intents. It knows nothing of channels or storage.
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

        var decision = await DecideAsync(message, session, cancellationToken).ConfigureAwait(false);
        var pending = notices.Pending(message.Sender);
        var reply = new Reply
        {
            Messages = pending.Select(notice => notice.Text).Concat(decision.Result.Messages).SelectMany(text => WhatsAppText.Split(text)).ToList(),
            Intent = decision.Intent,
            Handler = decision.Handler,
        };
        return new ConversationStep(reply, session with { LastActivityAt = now, Dialogue = decision.Result.NextDialogue }, decision.Confidence)
        {
            DeliveredNotices = pending.Select(notice => notice.Id).ToList(),
            Unanswered = decision.Unanswered,
        };
    }

    sealed record Decision(HandlerResult Result, Intent? Intent, double? Confidence, string Handler)
    {
        public Unanswered? Unanswered { get; init; }

        public static implicit operator Decision((HandlerResult Result, Intent? Intent, double? Confidence, string Handler) decided) =>
            new(decided.Result, decided.Intent, decided.Confidence, decided.Handler);
    }

    async ValueTask<Decision> DecideAsync(IncomingMessage message, Session session, CancellationToken cancellationToken)
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

        if (session.Dialogue is { Step: IntentClarification.Step } clarification)
        {
            switch (IntentClarification.TryPick(clarification, message.Text, out var picked, out var originalText))
            {
                case true:
                    var understood = matcher.Match(originalText) with { Intent = picked, Confidence = 1, Outcome = MatchOutcome.Confident };
                    return await StartAsync(message with { Text = originalText }, session with { Dialogue = null }, understood, cancellationToken).ConfigureAwait(false);
                case false:
                    var choices = IntentClarification.Choices(clarification);
                    return (HandlerResult.Ask(clarification, IntentClarification.Question(choices, menu, "Maaf, pilihan itu tidak ada 🙏 Maksud Anda yang mana?")),
                        null, null, ClarificationHandler);
            }
            session = session with { Dialogue = null }; // not a number: a new question
        }

        if (session.Dialogue is { } dialogue)
        {
            var owner = handlers.For(dialogue.Intent);
            // An answer to the handler's own question: the dialogue says what it is about, so the matcher is
            // not asked (handlers read the awaited value from the text itself).
            var turn = NewTurn(message, session, new MessageUnderstanding(dialogue.Intent, 1));
            return (await owner.ContinueAsync(turn, dialogue, cancellationToken).ConfigureAwait(false), dialogue.Intent, null, HandlerName(owner));
        }

        if (int.TryParse(message.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var choice))
        {
            if (menu.Pick(choice) is not { } picked)
                return (HandlerResult.Say(menu.Text($"Maaf, pilihan *{choice}* tidak ada di menu 🙏")), Intent.Menu, null, "command:menu");
            return await StartAsync(message, session, new MessageUnderstanding(picked, 1), cancellationToken).ConfigureAwait(false);
        }

        var understanding = matcher.Match(message.Text);
        switch (understanding.Outcome)
        {
            case MatchOutcome.LowConfidence:
                return new Decision(HandlerResult.Say(menu.Text(FallbackOpening)), Intent.OutOfScope, understanding.Confidence, FallbackHandler)
                {
                    Unanswered = new Unanswered(Unanswered.LowConfidence, understanding.Ranking.Count > 0 ? understanding.Ranking[0].Intent : null, understanding.Confidence),
                };
            case MatchOutcome.CloseCall:
                var choices = understanding.Ranking.Take(2).Select(score => score.Intent).ToList();
                return (HandlerResult.Ask(IntentClarification.Ask(choices, message.Text), IntentClarification.Question(choices, menu)),
                    null, understanding.Confidence, ClarificationHandler);
        }
        return await StartAsync(message, session, understanding, cancellationToken).ConfigureAwait(false);
    }

    const string FallbackHandler = "fallback";
    const string ClarificationHandler = "clarification";
    const string FallbackOpening = "Mohon maaf, saya belum menangkap maksud pesan Anda 🙏\nCoba tulis dengan kata lain, atau pilih salah satu layanan berikut:";

    async ValueTask<Decision> StartAsync(
        IncomingMessage message, Session session, MessageUnderstanding understanding, CancellationToken cancellationToken)
    {
        var handler = handlers.For(understanding.Intent);
        var result = await handler.StartAsync(NewTurn(message, session, understanding), cancellationToken).ConfigureAwait(false);
        return new Decision(result, understanding.Intent, understanding.Confidence, HandlerName(handler))
        {
            Unanswered = understanding.Intent == Intent.OutOfScope ? new Unanswered(Unanswered.OutOfScope, Intent.OutOfScope, understanding.Confidence) : null,
        };
    }

    static Turn NewTurn(IncomingMessage message, Session session, MessageUnderstanding understanding) =>
        new() { Message = message, Session = session, Understanding = understanding };

    static string HandlerName(IServiceHandler handler) => handler.GetType().Name;
}
