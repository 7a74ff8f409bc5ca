using System.Text.RegularExpressions;

namespace Savira.Core.Dialogue;

/// <summary>
/// The words citizens use to drop what they were doing: "eh salah", "gak jadi", "nanti aja", "bentar", "sebelum
/// itu", "mau tanya yang lain", "mboten sida". With one of them, a message that the matcher places in another
/// service leaves the waiting dialogue even without that service's own words.
/// </summary>
public static partial class SubjectChange
{
    public static bool IsAnnounced(string text) => Marker().IsMatch(text);

    [GeneratedRegex(@"\b(eh+|eh+\s+salah|bukan\s+itu|bkn\s+itu|(gak|ga|gk|nggak|ngga|enggak|tidak|tdk|ndak)\s+(jadi|jd)|batal\s+(aja|saja)|nanti\s+(aja|saja|dulu)|ntar\s+aja|bentar|sebentar|sblm\s+itu|sebelum\s+itu|oh\s+iya|o\s+iya|btw|tanya\s+(yg|yang)\s+lain|(yg|yang)\s+lain|mboten\s+sida|ora\s+sida|ora\s+sido|ganti\s+(topik|pertanyaan)|skip)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
