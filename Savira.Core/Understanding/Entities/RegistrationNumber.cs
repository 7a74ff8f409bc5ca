using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// A hospital registration or booking code, or a medical-record number: written after "no. pendaftaran",
/// "kode booking", "no RM" and the like ("no rm 00123456", "kode booking RSW-2611-0042"), or with the
/// "REG-" prefix on its own. Stored upper case.
/// </summary>
public readonly partial record struct RegistrationNumber
{
    RegistrationNumber(string code) => Code = code;

    public string Code { get; }

    public override string ToString() => Code;

    public static RegistrationNumber? FindIn(string text) => LocateIn(text)?.Value;

    public static Located<RegistrationNumber>? LocateIn(string text)
    {
        var match = Announced().Match(text);
        if (!match.Success)
            match = Prefixed().Match(text);
        if (!match.Success)
            return null;
        var code = match.Groups["code"];
        return code.Value.Any(char.IsAsciiDigit)
            ? new Located<RegistrationNumber>(new RegistrationNumber(code.Value.ToUpperInvariant()), code.Index, code.Length)
            : null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:pendaftaran|registrasi|register|reg|booking|rm|rekam\s+medis|rekam\s+medik)\s*[:.]?\s*(?:nya|nomor|no)?\s*[:.]?\s*(?<code>(?<![\p{L}\d])[A-Za-z0-9][A-Za-z0-9\-]{4,19}(?![\p{L}\d\-]))", RegexOptions.IgnoreCase)]
    private static partial Regex Announced();

    [GeneratedRegex(@"(?<code>(?<![\p{L}\d])REG-?[A-Za-z0-9\-]{4,16}(?![\p{L}\d\-]))", RegexOptions.IgnoreCase)]
    private static partial Regex Prefixed();
}
