using Savira.Core.Data;
using Savira.Core.Replies;

namespace Savira.Bot.Operators.Console.Antrean;

/// <summary>Stored UTC times as staff read them: the clock time in WIB.</summary>
public static class QueueTimes
{
    public static string Clock(string? stored) =>
        stored is null ? "—" : Wib.ToWib(StoredTime.Parse(stored)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
