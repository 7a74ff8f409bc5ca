using System.Collections.Frozen;
using System.Text.Json;

namespace Savira.Core.Understanding;

/// <summary>Intent ids as written in shared/intents.md ("izin_nakes"): the public contract.</summary>
public static class IntentIds
{
    static readonly FrozenDictionary<Intent, string> IdByIntent =
        Enum.GetValues<Intent>().ToFrozenDictionary(intent => intent, intent => JsonNamingPolicy.SnakeCaseLower.ConvertName(intent.ToString()));

    static readonly FrozenDictionary<string, Intent> IntentById =
        IdByIntent.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => IdByIntent.Values;

    public static string ToId(this Intent intent) => IdByIntent[intent];

    public static bool TryParse(string id, out Intent intent) => IntentById.TryGetValue(id.Trim(), out intent);
}
