using System.Globalization;
using Microsoft.Extensions.Options;
using Savira.Core.Inbound;
using Savira.Core.Journal;
using Savira.Core.Replies;
using Savira.Core.Services;
using Savira.Core.Services.Faq;
using Savira.Core.Services.Handoff;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>
/// The conversation engine. Every message is understood once; then: an emergency, whatever the state → a handoff an
/// officer holds (the message is theirs) or the withdrawal of one waiting → global commands → a numbered clarification → the dialogue waiting for an answer (unless the
/// message plainly changes the subject) → "bukan itu" after an answer (recorded as unanswered) → a menu number → the requests in the message, each answered by its
/// service's handler, a short follow-up in the context of the last topic. The fallback answers when the matcher is
/// unsure, a numbered question when it cannot choose between two services. It knows nothing of channels or storage.
/// Notices waiting for a citizen come before the reply (after it for an emergency). See docs/conversation.md.
/// </summary>
public sealed class Conversation(IIntentMatcher matcher, ServiceHandlers handlers, MainMenu menu, IOptions<SessionOptions> options,
    IOptionsMonitor<ConversationOptions> settings, IHandoffDesk handoffs, IOptionsMonitor<HandoffOptions> handoffOptions, KnowledgeBase knowledge)
{
    public async ValueTask<ConversationStep> RespondAsync(IncomingMessage message, Session? stored, Arrival arrival, CancellationToken cancellationToken)
    {
        var now = message.ReceivedAt;
        var idleLimit = TimeSpan.FromMinutes(options.Value.IdleMinutes);
        var session = stored is null || stored.IsIdleSince(now, idleLimit) ? Session.StartNew(message.Sender, now) : stored;

        var understanding = matcher.Match(message.Text);
        var effects = new MessageEffects(message);
        var emergency = EmergencyReading.IsSure(understanding, settings.CurrentValue);
        if (!emergency && understanding.Intent == Intent.Emergency)
            understanding = matcher.Match(message.Text, Intent.Emergency); // no sign of one: what the message is about instead
        var handoff = arrival.Handoff;
        if (!emergency && handoff is { State: HandoffStates.Held } held)
            return WithOfficer(message, session, held);
        if (!emergency && handoff is not null && Withdraws(message.Text, session))
            return Withdrawn(message, session, handoff);

        // An emergency comes before every state: a question waiting, a clarification, a handoff's silence.
        var decision = emergency
            ? await StartAsync(message, session with { Dialogue = null }, understanding with { Intent = Intent.Emergency, Outcome = MatchOutcome.Confident }, null, effects, cancellationToken).ConfigureAwait(false)
            : await DecideAsync(message, session, understanding, effects, cancellationToken).ConfigureAwait(false);
        var pending = arrival.PendingNotices;
        var answer = emergency ? decision.Result.Messages : Opened(decision.Result.Messages, ToneReader.Read(message.Text), EmergencyReading.IsPossible(understanding));
        var reply = new Reply
        {
            // The emergency's first line is what to do now: nothing goes before it, not even waiting notices.
            Messages = (emergency ? answer.Concat(pending.Select(notice => notice.Text)) : pending.Select(notice => notice.Text).Concat(answer))
                .SelectMany(text => WhatsAppText.Split(text)).ToList(),
            Intent = decision.Intent,
            Handler = decision.Handler,
            AnsweredEntry = decision.Result.AnsweredEntry,
        };
        var overdue = handoff is { State: HandoffStates.Waiting, OverdueTold: false } && now >= handoff.ClaimDueAt;
        if (overdue)
            reply = reply with { Messages = [.. reply.Messages, HandoffTexts.Overdue(handoffOptions.CurrentValue, now)] };
        var next = session with { LastActivityAt = now, Dialogue = decision.Result.NextDialogue, Topic = decision.EndsTopic ? null : decision.Topic ?? session.Topic };
        // Written while waiting (or the request itself): kept with the handoff, the bot's answer too, for the officer.
        var kept = handoff ?? (decision.Intent == Intent.Handoff ? handoffs.Active(message.Sender, "") : null);
        return new ConversationStep(reply, next, decision.Confidence)
        {
            DeliveredNotices = pending.Select(notice => notice.Id).ToList(),
            Unanswered = decision.Unanswered,
            Handoff = kept is null ? null : new HandoffTurn { HandoffId = kept.Id, Lines = Lines(message, reply.Messages), OverdueTold = overdue },
        };
    }

    /// <summary>
    /// An officer holds the conversation: the message is theirs, not the bot's. The citizen hears once that a person
    /// has it; "selesai" gives the conversation back to the bot, told only what really happened.
    /// </summary>
    static ConversationStep WithOfficer(IncomingMessage message, Session session, ActiveHandoff held)
    {
        var next = session with { LastActivityAt = message.ReceivedAt, Dialogue = null };
        if (IsDone(message.Text))
        {
            var returned = HandoffTexts.ReturnedByCitizen(held.OfficerWrote);
            return new ConversationStep(new Reply { Messages = [returned], Intent = Intent.Handoff, Handler = "handoff:returned" }, next with { Topic = null }, null)
            {
                Handoff = new HandoffTurn { HandoffId = held.Id, Lines = Lines(message, [returned]), EndState = HandoffStates.Returned },
            };
        }
        IReadOnlyList<string> messages = held.Acknowledged ? [] : [HandoffTexts.Acknowledged];
        return new ConversationStep(new Reply { Messages = messages, Intent = Intent.Handoff, Handler = "handoff:officer" }, next, null)
        {
            Handoff = new HandoffTurn { HandoffId = held.Id, Lines = Lines(message, messages), Acknowledged = true },
        };
    }

    /// <summary>"selesai", or "batal" with no question of the bot's waiting: the citizen withdraws a request nobody has taken.</summary>
    static bool Withdraws(string text, Session session) =>
        IsDone(text) || GlobalCommands.Parse(text) == GlobalCommand.Cancel && session.Dialogue is null;

    static ConversationStep Withdrawn(IncomingMessage message, Session session, ActiveHandoff waiting)
    {
        var text = HandoffTexts.WithdrawnByCitizen;
        return new ConversationStep(new Reply { Messages = [text], Intent = Intent.Handoff, Handler = "handoff:withdrawn" },
            session with { LastActivityAt = message.ReceivedAt, Dialogue = null }, null)
        {
            Handoff = new HandoffTurn { HandoffId = waiting.Id, Lines = Lines(message, [text]), EndState = HandoffStates.Closed },
        };
    }

    static bool IsDone(string text) =>
        text.Trim().TrimEnd('.', '!').ToLowerInvariant() is "selesai" or "sudah selesai" or "udah selesai" or "selesai chat" or "selesai petugas";

    static List<(string Author, string Text)> Lines(IncomingMessage message, IReadOnlyList<string> replies)
    {
        var lines = new List<(string, string)> { (HandoffLine.Citizen, message.Text.Length == 0 && message.Media.Count > 0 ? "[lampiran]" : message.Text) };
        if (replies.Count > 0)
            lines.Add((HandoffLine.Bot, string.Join("\n\n", replies)));
        return lines;
    }

    /// <summary>
    /// The answer with, in its first message, the 112 line when the message may be an emergency, then the salam
    /// returned and one line of empathy.
    /// </summary>
    static IReadOnlyList<string> Opened(IReadOnlyList<string> messages, Tone tone, bool mayBeAnEmergency)
    {
        // An answer that already apologises (an insult, a complaint) needs no second apology before it.
        if (tone.Feeling == Feeling.Angry && messages.Count > 0 && messages[0].StartsWith("Mohon maaf", StringComparison.Ordinal))
            tone = tone with { Feeling = Feeling.None };
        var opening = string.Join('\n', new[] { mayBeAnEmergency ? PossibleEmergencyLine : null, ReplyOpening.For(tone) }.OfType<string>());
        var answered = opening.Length == 0 || messages.Count == 0 ? messages : [.. messages.Skip(1).Prepend(opening + "\n\n" + messages[0])];
        // A service's answer alone would pass over the complaint; the channels for it are said unless the answer already has them.
        return tone.ComplainsOfStaff && answered.Count > 0 && !answered.Any(text => text.Contains("Lapor Semar", StringComparison.Ordinal))
            ? [.. answered.SkipLast(1), answered[^1] + "\n\n" + StaffComplaintLine]
            : answered;
    }

    const string StaffComplaintLine = "📝 Keluhan tentang sikap atau pelayanan petugas bisa Anda sampaikan lewat *Lapor Semar* (laporsemar.semarangkota.go.id) atau *lapor.go.id*; sebutkan tempat, hari dan jamnya. Bila ingin dibantu langsung, balas *bicara dengan petugas*.";

    const string PossibleEmergencyLine = "⚠️ Bila ada yang terancam keselamatannya sekarang, segera telepon *112* (gratis, 24 jam).";

    sealed record Decision(HandlerResult Result, Intent? Intent, double? Confidence, string Handler)
    {
        public Unanswered? Unanswered { get; init; }

        /// <summary>What the conversation is about after this message; null keeps the topic it had.</summary>
        public Topic? Topic { get; init; }

        /// <summary>The citizen started over (menu, batal): nothing said before is the context of what comes next.</summary>
        public bool EndsTopic { get; init; }
    }

    async ValueTask<Decision> DecideAsync(IncomingMessage message, Session session, MessageUnderstanding understanding, MessageEffects effects, CancellationToken cancellationToken)
    {
        switch (GlobalCommands.Parse(message.Text))
        {
            case GlobalCommand.Menu:
            case GlobalCommand.Back:
                return new(HandlerResult.Say(menu.Text()), Intent.Menu, null, "command:menu") { EndsTopic = true };
            case GlobalCommand.Cancel:
                return new(HandlerResult.Say(session.Dialogue is null
                    ? "Tidak ada permintaan yang sedang berjalan. Ketik *menu* untuk melihat layanan 😊"
                    : "Baik, permintaan tadi sudah dibatalkan 👍 Ketik *menu* untuk layanan lainnya."), null, null, "command:cancel") { EndsTopic = true };
            case GlobalCommand.SentByMistake:
                // Not a request and not unanswered; a question Savira asked before it still stands.
                return new(session.Dialogue is { } open
                    ? HandlerResult.Ask(open, "Tidak apa-apa 😊 Pertanyaan saya sebelumnya masih berlaku; balas bila sudah siap, atau ketik *batal*.")
                    : HandlerResult.Say("Tidak apa-apa 😊 Bila ada yang bisa Savira bantu, tulis saja pertanyaannya atau ketik *menu*."), null, null, "command:mistake");
        }

        if (session.Dialogue is { Step: IntentClarification.Step } clarification)
        {
            switch (IntentClarification.TryPick(clarification, message.Text, out var picked, out var originalText))
            {
                case true:
                    var original = matcher.Match(originalText) with { Intent = picked, Confidence = 1, Outcome = MatchOutcome.Confident };
                    return await StartAsync(message with { Text = originalText }, session with { Dialogue = null }, original, null, effects, cancellationToken).ConfigureAwait(false);
                case false:
                    var choices = IntentClarification.Choices(clarification);
                    return new(HandlerResult.Ask(clarification, IntentClarification.Question(choices, menu, "Maaf, pilihan itu tidak ada 🙏 Maksud Anda yang mana?")),
                        null, null, ClarificationHandler);
            }
            session = session with { Dialogue = null }; // not a number: a new question
        }

        if (session.Dialogue is { } dialogue)
        {
            var owner = handlers.For(dialogue.Intent);
            var turn = NewTurn(message, session, understanding with { Intent = dialogue.Intent }, null, effects);
            if (owner.IsAnswer(turn, dialogue) || !dialogue.IsOffer && !LeavesDialogue(understanding, dialogue, message.Text, SubjectChange.IsAnnounced(message.Text)))
            {
                var result = await owner.ContinueAsync(turn, dialogue, cancellationToken).ConfigureAwait(false);
                return new Decision(result, dialogue.Intent, null, HandlerName(owner)) { Topic = TopicAfter(session.Topic, dialogue.Intent, message.Text, result) };
            }
            session = session with { Dialogue = null, Topic = dialogue.IsOffer ? session.Topic : null }; // the subject changed (so nothing before is its context), or an offer lapsed
        }

        if (session.Topic is { } answered && WrongAnswer.IsSaid(message.Text))
        {
            // Kept for the unanswered inbox as the question that was answered wrongly, not as "bukan itu".
            return new Decision(HandlerResult.Say(menu.Text(WrongAnswerOpening)), null, null, WrongAnswerHandler)
            {
                Unanswered = new Unanswered(Unanswered.WrongAnswer, answered.Intent, 0) { Question = answered.Text },
                EndsTopic = true,
            };
        }

        if (MenuChoice(message.Text) is { } choice)
        {
            if (menu.Pick(choice) is not { } picked)
                return new(HandlerResult.Say(menu.Text($"Maaf, pilihan *{choice}* tidak ada di menu 🙏")), Intent.Menu, null, "command:menu");
            return await StartAsync(message, session, new MessageUnderstanding(picked, 1), null, effects, cancellationToken).ConfigureAwait(false);
        }

        var requests = MessageRequests.Find(message.Text, matcher, settings.CurrentValue.MaxRequestsPerMessage);
        if (requests.Count > 1)
            return await AnswerEachAsync(message, session, requests, effects, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(message, session, understanding, effects, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One request: in the last topic's context when it follows up on it, else as the matcher read it.</summary>
    async ValueTask<Decision> AnswerAsync(IncomingMessage message, Session session, MessageUnderstanding understanding, MessageEffects effects, CancellationToken cancellationToken)
    {
        if (understanding.Intent is Intent.Greeting or Intent.Thanks && RequestBehindSmallTalk(message.Text, understanding.Intent) is { } request)
            understanding = request; // "assalamualaikum, mau tanya syarat akta kelahiran": the question is the request
        if (FollowUp.Of(session.Topic, message.Text, understanding, matcher, settings.CurrentValue) is { } topic)
        {
            var inTopic = understanding with { Intent = topic.Intent, Outcome = MatchOutcome.Confident, Confidence = Math.Max(understanding.ConfidenceOf(topic.Intent), 0.5) };
            var followed = await StartAsync(message, session, inTopic, topic, effects, cancellationToken).ConfigureAwait(false);
            // In its topic the message found no answer, only the service's opening question: unless the matcher
            // also read it as that service, it was not a follow-up after all ("abc" after a PBB question).
            var onlyAsked = followed.Result.AnsweredEntry is null && followed.Result.NextDialogue is not null;
            if (!onlyAsked || understanding.Intent == topic.Intent && understanding.Outcome == MatchOutcome.Confident)
                return followed;
        }

        switch (understanding.Outcome)
        {
            case MatchOutcome.LowConfidence when knowledge.FindAnywhere(message.Text) is { Score: >= SureAnywhere } known
                && IntentIds.TryParse(known.Entry.Intent, out var owner):
                // The classifier could not place it, but one knowledge entry fits it well: that service answers.
                return await StartAsync(message, session, understanding with { Intent = owner, Outcome = MatchOutcome.Confident }, null, effects, cancellationToken).ConfigureAwait(false);
            case MatchOutcome.LowConfidence when ToneReader.Read(message.Text).Feeling == Feeling.Angry:
                // Not understood but clearly upset ("petugasnya judes banget"): where to complain and a person on offer,
                // not "coba tulis dengan kata lain".
                var complaint = await StartAsync(message, session, understanding with { Intent = Intent.Handoff, Outcome = MatchOutcome.Confident }, null, effects, cancellationToken).ConfigureAwait(false);
                return complaint with { Unanswered = new Unanswered(Unanswered.LowConfidence, understanding.Ranking.Count > 0 ? understanding.Ranking[0].Intent : null, understanding.Confidence) };
            case MatchOutcome.LowConfidence:
                return new Decision(HandlerResult.Say(menu.Text(FallbackOpening)), Intent.OutOfScope, understanding.Confidence, FallbackHandler)
                {
                    // A bare "bukan itu" with no answer before it says nothing to learn from.
                    Unanswered = WrongAnswer.IsSaid(message.Text) ? null : new Unanswered(Unanswered.LowConfidence, understanding.Ranking.Count > 0 ? understanding.Ranking[0].Intent : null, understanding.Confidence),
                };
            case MatchOutcome.CloseCall:
                var choices = ClarificationChoices(understanding, session.Topic);
                return new(HandlerResult.Ask(IntentClarification.Ask(choices, message.Text), IntentClarification.Question(choices, menu)),
                    null, understanding.Confidence, ClarificationHandler)
                {
                    Unanswered = new Unanswered(Unanswered.Clarification, choices[0], understanding.Confidence),
                };
        }
        return await StartAsync(message, session, understanding, null, effects, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Several requests in one message: each answered in order, a request of the same service as the one before
    /// read in its context ("puskesmas halmahera buka jam brp? bs ambil antrean?"); the same answer is given once.
    /// A request that needs a dialogue comes after those answered at once; only the first such dialogue is started,
    /// and the citizen is told which requests wait for it to finish. An offer (PBB's and PDAM's full address for the
    /// NIK digits, PDAM's report) is an answer given at once: it waits for nothing, and the last one stays open.
    /// </summary>
    async ValueTask<Decision> AnswerEachAsync(IncomingMessage message, Session session, IReadOnlyList<MessageRequests.Request> requests, MessageEffects effects, CancellationToken cancellationToken)
    {
        var answered = new List<(MessageRequests.Request Request, HandlerResult Result)>();
        Topic? previous = null;
        foreach (var request in requests)
        {
            var understanding = matcher.Match(request.Text) with { Intent = request.Service, Outcome = MatchOutcome.Confident };
            var context = previous?.Intent == request.Service ? previous : null;
            var turn = NewTurn(message with { Text = request.Text }, session, understanding, context, effects) with { Context = context is null ? null : matcher.Match(context.Text) };
            var result = await handlers.For(request.Service).StartAsync(turn, cancellationToken).ConfigureAwait(false);
            previous = new Topic { Intent = request.Service, Text = Clip(request.Text) };
            var repeats = answered.Any(earlier => earlier.Result.AnsweredEntry is { } entry && entry == result.AnsweredEntry
                || earlier.Result.Messages.SequenceEqual(result.Messages));
            if (!repeats)
                answered.Add((request, result));
        }

        var waiting = answered.Where(pair => pair.Result.NextDialogue is { IsOffer: false }).ToList();
        var ordered = answered.Where(pair => pair.Result.NextDialogue is null or { IsOffer: true }).Concat(waiting.Take(1)).ToList();
        var messages = ordered.SelectMany(pair => pair.Result.Messages).ToList();
        if (waiting.Count > 1)
            messages.Add("Satu per satu ya 🙏 Setelah yang ini selesai, kirim lagi: " + string.Join("; ", waiting.Skip(1).Select(pair => $"_{pair.Request.Text}_")));
        var last = ordered[^1];
        var open = ordered.Select(pair => pair.Result.NextDialogue).LastOrDefault(next => next is not null);
        var combined = new HandlerResult(messages, open) { AnsweredEntry = last.Result.AnsweredEntry };
        return new Decision(combined, ordered[0].Request.Service, null, string.Join('+', ordered.Select(pair => HandlerName(handlers.For(pair.Request.Service)))))
        {
            Topic = new Topic { Intent = last.Request.Service, EntryId = last.Result.AnsweredEntry, Text = Clip(last.Request.Text) },
        };
    }

    /// <summary>
    /// The two services to ask between: the last topic's first when the classifier ranks it among its three best
    /// (the citizen is most likely still on it), then the best other one.
    /// </summary>
    internal static List<Intent> ClarificationChoices(MessageUnderstanding understanding, Topic? topic)
    {
        var best = understanding.Ranking.Take(2).Select(score => score.Intent).ToList();
        if (topic is null || best.Contains(topic.Intent) || !understanding.Ranking.Take(3).Any(score => score.Intent == topic.Intent))
            return best;
        return [topic.Intent, best[0]];
    }

    /// <summary>The service a greeting or thanks carries after it, read without the small talk, when the matcher is sure of it.</summary>
    MessageUnderstanding? RequestBehindSmallTalk(string text, Intent smallTalk)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
            return null;
        var rest = matcher.Match(text, smallTalk);
        return rest.Outcome == MatchOutcome.Confident && rest.Intent.IsService() && rest.Intent != Intent.Emergency
            && rest.Confidence >= settings.CurrentValue.TopicSwitchConfidence && rest.Mentions(rest.Intent) ? rest : null;
    }

    /// <summary>
    /// Whether a message sent while a dialogue waits is plainly something else: small talk or a request for an
    /// officer said surely, or another service said surely and in that service's own words or identifiers; after
    /// "eh salah", "gak jadi" and the like, any service the matcher is confident of.
    /// </summary>
    bool LeavesDialogue(MessageUnderstanding understanding, DialogueState dialogue, string text, bool announced)
    {
        if (understanding.Outcome != MatchOutcome.Confident || understanding.Intent == dialogue.Intent)
            return false;
        if (announced && understanding.Intent.IsService())
            return true;
        if (understanding.Confidence < settings.CurrentValue.TopicSwitchConfidence)
            return false;
        return understanding.Intent switch
        {
            Intent.Handoff => true,
            // "itu" is no thanks, "ok makasih" is; a bare "iya"/"ok" acknowledges the question and stays in the dialogue.
            Intent.Thanks => understanding.Confidence >= SureSmallTalk && SmallTalkWords.SaysThanks(text),
            Intent.Greeting => understanding.Confidence >= SureSmallTalk,
            Intent.Menu or Intent.OutOfScope => false,
            var other => understanding.Mentions(other),
        };
    }

    /// <summary>How sure the matcher must be that a message is only a thanks or a greeting for it to leave a dialogue.</summary>
    const double SureSmallTalk = 0.85;

    /// <summary>How well a knowledge entry must fit a message the classifier could not place, for its service to answer.</summary>
    const double SureAnywhere = 0.6;

    const string FallbackHandler = "fallback";
    const string ClarificationHandler = "clarification";
    const string WrongAnswerHandler = "wrong_answer";
    const string WrongAnswerOpening = "Mohon maaf, jawaban saya belum tepat 🙏 Pertanyaan Anda kami catat agar Savira bisa belajar.\nCoba tulis lagi dengan kata lain, atau pilih salah satu layanan berikut:";
    const string FallbackOpening = "Mohon maaf, saya belum menangkap maksud pesan Anda 🙏\nCoba tulis dengan kata lain, atau pilih salah satu layanan berikut:";

    async ValueTask<Decision> StartAsync(
        IncomingMessage message, Session session, MessageUnderstanding understanding, Topic? followUpOf, MessageEffects effects, CancellationToken cancellationToken)
    {
        var handler = handlers.For(understanding.Intent);
        var turn = NewTurn(message, session, understanding, followUpOf, effects) with { Context = followUpOf is null ? null : matcher.Match(followUpOf.Text) };
        var result = await handler.StartAsync(turn, cancellationToken).ConfigureAwait(false);
        return new Decision(result, understanding.Intent, understanding.Confidence, HandlerName(handler))
        {
            // Out of scope but answered by a knowledge entry (a referral to the office that serves it) is answered.
            // A bare "bukan itu" with no answer before it says nothing to learn from, read surely or not.
            Unanswered = understanding.Intent == Intent.OutOfScope && result.AnsweredEntry is null && !WrongAnswer.IsSaid(message.Text) ? new Unanswered(Unanswered.OutOfScope, Intent.OutOfScope, understanding.Confidence) : null,
            Topic = TopicAfter(followUpOf, understanding.Intent, message.Text, result),
        };
    }

    /// <summary>A service's answer makes it the topic; a dialogue's later answers add their words to its context.</summary>
    static Topic? TopicAfter(Topic? before, Intent intent, string text, HandlerResult result)
    {
        if (!intent.IsService() || intent is Intent.Handoff or Intent.Emergency)
            return null;
        if (Privacy.NikProof.IsAttempt(text))
            return before; // the digits that prove a link to a record are never kept as context
        var context = before is not null && before.Intent == intent ? before.Text + " " + text : text;
        return new Topic { Intent = intent, EntryId = result.AnsweredEntry ?? (before?.Intent == intent ? before.EntryId : null), Text = Clip(context) };
    }

    const int MaxTopicText = 300;

    /// <summary>The latest words of a context, at most <see cref="MaxTopicText"/> characters.</summary>
    static string Clip(string text) => text.Length <= MaxTopicText ? text : text[^MaxTopicText..];

    /// <summary>A menu choice is one or two digits and nothing else; a longer number is an identifier, never a choice.</summary>
    static int? MenuChoice(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return trimmed.Length is >= 1 and <= 2 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var choice) ? choice : null;
    }

    static Turn NewTurn(IncomingMessage message, Session session, MessageUnderstanding understanding, Topic? followUpOf, MessageEffects effects) =>
        new() { Message = message, Session = session, Understanding = understanding, FollowUpOf = followUpOf, Effects = effects };

    static string HandlerName(IServiceHandler handler) => handler.GetType().Name;
}
