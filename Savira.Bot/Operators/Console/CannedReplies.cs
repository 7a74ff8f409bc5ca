using Microsoft.Extensions.Options;
using Savira.Core.Replies;

namespace Savira.Bot.Operators.Console;

/// <summary>Replies officers pick instead of typing (Savira:Console:CannedReplies, per service and "umum"), with {petugas} and {waktu} filled in.</summary>
public sealed class CannedReplyOptions
{
    public const string Section = "Savira:Console";

    public Dictionary<string, List<string>> CannedReplies { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class CannedReplies(IOptionsMonitor<CannedReplyOptions> options, TimeProvider clock)
{
    /// <summary>The service's own replies first, then the general ones, ready to send as <paramref name="officer"/>.</summary>
    public IReadOnlyList<string> For(string service, string officer)
    {
        var replies = options.CurrentValue.CannedReplies;
        var hour = Wib.ToWib(clock.GetUtcNow()).Hour;
        var partOfDay = hour < 11 ? "pagi" : hour < 15 ? "siang" : hour < 18 ? "sore" : "malam";
        return [.. (replies.TryGetValue(service, out var own) ? own : [])
            .Concat(service.Equals("umum", StringComparison.OrdinalIgnoreCase) ? [] : replies.TryGetValue("umum", out var general) ? general : [])
            .Select(text => text.Replace("{petugas}", officer, StringComparison.Ordinal).Replace("{waktu}", partOfDay, StringComparison.Ordinal))];
    }
}
