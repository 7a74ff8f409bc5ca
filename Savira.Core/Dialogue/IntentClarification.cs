using System.Globalization;
using System.Text;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>
/// When the matcher cannot choose between two intents, the citizen is asked with numbered choices; the dialogue
/// keeps the choices and the original message, and the next message "1" or "2" answers it.
/// </summary>
public static class IntentClarification
{
    public const string Step = "clarify-intent";
    const string OriginalText = "text";

    public static DialogueState Ask(IReadOnlyList<Intent> choices, string originalText)
    {
        return new DialogueState
        {
            Intent = choices[0],
            Step = Step,
            Slots = new Dictionary<string, string> { [OriginalText] = originalText },
            Choices = choices.Select(choice => choice.ToId()).ToList(),
        };
    }

    public static string Question(IReadOnlyList<Intent> choices, MainMenu menu, string? opening = null)
    {
        var titles = menu.Items().ToDictionary(item => item.Intent, item => item.Title);
        var text = new StringBuilder(opening ?? "Maaf, maksud Anda yang mana? 🙏").AppendLine().AppendLine();
        for (var i = 0; i < choices.Count; i++)
            text.Append('*').Append(i + 1).Append(".* ").AppendLine(titles.GetValueOrDefault(choices[i], choices[i].ToId()));
        text.AppendLine().Append("Balas dengan *angka* pilihan, atau tulis pertanyaan Anda dengan kata lain.");
        return text.ToString();
    }

    /// <summary>The choices the dialogue offered, in order.</summary>
    public static IReadOnlyList<Intent> Choices(DialogueState dialogue) =>
        dialogue.Choices.Select(id => IntentIds.TryParse(id, out var intent) ? intent : (Intent?)null).OfType<Intent>().ToList();

    /// <summary>Reads a numbered answer. Null when the message is not a number; a number that is no choice gives false.</summary>
    public static bool? TryPick(DialogueState dialogue, string answer, out Intent picked, out string originalText)
    {
        picked = default;
        originalText = dialogue.Slots.GetValueOrDefault(OriginalText, "");
        if (!int.TryParse(answer.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return null;
        return dialogue.Choice(number) is { } id && IntentIds.TryParse(id, out picked);
    }
}
