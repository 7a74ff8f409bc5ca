using System.Text.RegularExpressions;

namespace Savira.Bot.Operators.Knowledge;

/// <summary>
/// The words (and the spaces and line breaks between them) that two texts share, and what one removed or the other
/// added: a longest-common-subsequence diff, after the common start and end are set aside.
/// </summary>
public static partial class WordDiff
{
    public enum Kind { Same, Removed, Added }

    public sealed record Piece(Kind Kind, string Text);

    public static IReadOnlyList<Piece> Compare(string before, string after)
    {
        var a = Token().Matches(before).Select(match => match.Value).ToArray();
        var b = Token().Matches(after).Select(match => match.Value).ToArray();
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
            start++;
        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var pieces = new List<Piece>();
        Add(pieces, Kind.Same, a[..start]);
        var n = endA - start;
        var m = endB - start;
        var common = new int[n + 1, m + 1]; // common[i, j]: LCS length of a[start+i..endA] and b[start+j..endB]
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
                common[i, j] = a[start + i] == b[start + j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[start + x] == b[start + y])
            {
                Add(pieces, Kind.Same, [a[start + x]]);
                x++;
                y++;
            }
            else if (x < n && (y == m || common[x + 1, y] >= common[x, y + 1]))
                Add(pieces, Kind.Removed, [a[start + x++]]); // what went comes before what came in its place
            else
                Add(pieces, Kind.Added, [b[start + y++]]);
        }
        Add(pieces, Kind.Same, a[endA..]);
        return pieces;
    }

    /// <summary>Appends tokens, merged into the last piece when it is of the same kind.</summary>
    static void Add(List<Piece> pieces, Kind kind, string[] tokens)
    {
        if (tokens.Length == 0)
            return;
        var text = string.Concat(tokens);
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        else
            pieces.Add(new Piece(kind, text));
    }

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Token();
}
