using System.Text.RegularExpressions;

namespace Savira.Core.Evaluation;

/// <summary>A case's regex as written in the suite, compiled case-insensitively with a time limit.</summary>
public sealed class CasePattern
{
    static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    readonly Regex regex;

    CasePattern(string source, Regex regex)
    {
        Source = source;
        this.regex = regex;
    }

    public string Source { get; }

    /// <summary>The pattern, or null with the reason when .NET cannot compile it.</summary>
    public static CasePattern? TryCreate(string source, out string? error)
    {
        try
        {
            error = null;
            return new CasePattern(source, new Regex(source, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout));
        }
        catch (RegexParseException exception)
        {
            error = Explain(exception);
            return null;
        }
    }

    /// <summary>What is wrong with a pattern, in words an operator who is not a programmer can act on.</summary>
    static string Explain(RegexParseException exception)
    {
        var what = exception.Error switch
        {
            RegexParseError.InsufficientClosingParentheses => "kurung ( belum ditutup",
            RegexParseError.InsufficientOpeningParentheses => "ada ) tanpa ( pasangannya",
            RegexParseError.UnterminatedBracket => "kurung [ belum ditutup",
            RegexParseError.QuantifierAfterNothing or RegexParseError.NestedQuantifiersNotParenthesized => "tanda * + ? atau {…} tidak didahului apa pun yang diulang",
            RegexParseError.UnescapedEndingBackslash => "tanda \\ di akhir pola",
            _ => "pola tidak dapat dibaca",
        };
        return $"{what} (karakter {exception.Offset}); untuk mencari tanda itu sendiri, tulis \\ di depannya, mis. \\( atau \\?";
    }

    /// <summary>The first match in <paramref name="text"/>, or null. A pattern that runs too long counts as no match.</summary>
    public string? FirstMatch(string text)
    {
        try
        {
            var match = regex.Match(text);
            return match.Success ? match.Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public override string ToString() => Source;
}
