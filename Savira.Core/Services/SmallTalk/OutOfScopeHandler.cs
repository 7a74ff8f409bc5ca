using Savira.Core.Services.Faq;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Core.Services.SmallTalk;

/// <summary>
/// A request the city assistant does not serve: when the knowledge base knows who does (SIM, paspor, SKCK, …),
/// a one-line referral to that office; otherwise an honest "not here" with the menu.
/// </summary>
public sealed class OutOfScopeHandler(KnowledgeBase knowledge, MainMenu menu) : IServiceHandler
{
    public Intent Intent => Intent.OutOfScope;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
        ValueTask.FromResult(knowledge.Find(turn, Intent) is { } referral
            ? KnowledgeBase.Answer(referral.Entry, "Untuk layanan Pemerintah Kota Semarang, ketik *menu*.")
            : HandlerResult.Say(menu.Text("Mohon maaf, hal itu belum termasuk layanan yang bisa saya bantu 🙏 Berikut layanan yang tersedia:")));
}
