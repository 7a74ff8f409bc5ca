using System.Security.Cryptography;
using System.Text;

namespace Savira.Core.Privacy;

/// <summary>
/// A citizen's proof of a link to a record before its full address is shown (UU 27/2022 PDP): the last four
/// digits of the NIK on file. Compared in constant time; neither the NIK nor the digits are logged or echoed.
/// </summary>
public static class NikProof
{
    public const int DigitCount = 4;

    /// <summary>Exactly four digits, possibly with spaces ("0003", "00 03"): an answer to the offer, right or wrong.</summary>
    public static bool IsAttempt(string text) =>
        text.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c)) && text.Count(char.IsAsciiDigit) == DigitCount;

    /// <summary>Whether <paramref name="text"/> is an attempt and the last four digits of <paramref name="nik"/>.</summary>
    public static bool Matches(string? nik, string text)
    {
        if (nik is not { Length: > DigitCount } || !IsAttempt(text))
            return false;
        var typed = Encoding.ASCII.GetBytes(string.Concat(text.Where(char.IsAsciiDigit)));
        var expected = Encoding.ASCII.GetBytes(nik[^DigitCount..]);
        return CryptographicOperations.FixedTimeEquals(typed, expected);
    }
}
