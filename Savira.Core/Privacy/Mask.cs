namespace Savira.Core.Privacy;

/// <summary>Shortens personal data for logs and replies where the full value isn't needed.</summary>
public static class Mask
{
    /// <summary>"whatsapp:+6281234567890" → "whatsapp:+62812*****890"; short values keep less.</summary>
    public static string Phone(string address)
    {
        var prefixEnd = address.IndexOf(':', StringComparison.Ordinal) + 1;
        var number = address[prefixEnd..];
        var keepStart = Math.Min(6, number.Length / 3);
        var keepEnd = Math.Min(3, number.Length / 4);
        return address[..prefixEnd] + number[..keepStart]
            + new string('*', number.Length - keepStart - keepEnd) + number[(number.Length - keepEnd)..];
    }
}
