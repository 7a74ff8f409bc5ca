using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Regression;
using Savira.Bot.Operators.Simulator;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// Tries Savira before citizens do: a message goes through the real engine on a throwaway copy of the database
/// (<see cref="KnowledgeSandbox"/>), answered from the published knowledge or from the current drafts. The conversation
/// keeps its session until reset; changing the choice starts a new one. Nothing citizens or officers see changes, so
/// auditors may use it too.
/// </summary>
public sealed class SimulatorModel(SimulatorConversations conversations, SuiteStore suites) : PageModel
{
    public const string Path = "/console/simulator";
    public const int MaxText = 1000;

    public SimulatorConversation? Conversation { get; private set; }
    public bool Drafts { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<StoredSuite> Suites { get; private set; } = [];

    public void OnGet(string? percakapan, string? sumber)
    {
        Conversation = conversations.Find(percakapan, User.NameOf());
        Drafts = Conversation?.Drafts ?? sumber == "draf";
        Suites = suites.List();
    }

    public async Task<IActionResult> OnPostSendAsync(string? conversation, string? source, string? text, CancellationToken cancellationToken)
    {
        Drafts = source == "draf";
        Suites = suites.List();
        Conversation = conversations.Find(conversation, User.NameOf());
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxText)
        {
            Problem = $"Tulis pesan warga (1 sampai {MaxText} karakter).";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Conversation is null || Conversation.Drafts != Drafts)
        {
            await conversations.CloseAsync(conversation, User.NameOf());
            Conversation = await conversations.StartAsync(User.NameOf(), Drafts, cancellationToken);
        }
        await Conversation.SendAsync(text.Trim(), cancellationToken);
        return Redirect($"{Path}?percakapan={Conversation.Id}#terakhir");
    }

    public async Task<IActionResult> OnPostResetAsync(string? conversation, string? source)
    {
        await conversations.CloseAsync(conversation, User.NameOf());
        return Redirect(source == "draf" ? $"{Path}?sumber=draf" : Path);
    }
}
