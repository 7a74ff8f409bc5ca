namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Nomor Objek Pajak of PBB: 18 digits, printed as PP.KK.CCC.LLL.BBB-UUUU.J — province, regency/city,
/// kecamatan, kelurahan, block, serial and kind. Semarang's are 33.74.….
/// </summary>
public readonly record struct Nop
{
    Nop(string digits) => Digits = digits;

    internal const int DigitCount = 18;

    public string Digits { get; }

    public string Province => Digits[..2];
    public string Regency => Digits[2..4];

    /// <summary>"33.74.010.005.012-0345.0"</summary>
    public override string ToString() =>
        $"{Digits.AsSpan(0, 2)}.{Digits.AsSpan(2, 2)}.{Digits.AsSpan(4, 3)}.{Digits.AsSpan(7, 3)}.{Digits.AsSpan(10, 3)}-{Digits.AsSpan(13, 4)}.{Digits[17]}";

    /// <summary>
    /// Reads a NOP written on its own: 18 digits in any grouping of single spaces, dots or dashes
    /// (<see cref="WrittenNumber"/>), a sentence's last dot allowed; anything else, or an impossible structure, is not one.
    /// </summary>
    public static bool TryParse(string? text, out Nop nop)
    {
        nop = default;
        var trimmed = text?.Trim().TrimEnd('.').TrimEnd() ?? "";
        if (LocateIn(trimmed) is not { Index: 0 } found || found.Length != trimmed.Length)
            return false;
        nop = found.Value;
        return true;
    }

    /// <summary>The first NOP written anywhere in a message.</summary>
    public static Nop? FindIn(string text) => LocateIn(text)?.Value;

    /// <summary>
    /// The first NOP written in a message, with where it is written: a run of digits of 18 in all, however grouped
    /// ("33.74.010.005.012-0345.0", "3374 0100 0501 2034 50", "33-74-140-011-003-0078-0"), or 18 of a longer run
    /// that spaces set apart ("337401000501203450 2024"). Eighteen digits announced as a NIK ("nik 3374 0145 0790
    /// 0001 12") whose first sixteen are one are left to the NIK.
    /// </summary>
    public static Located<Nop>? LocateIn(string text) =>
        WrittenNumber.First<Nop>(text, DigitCount, splitAtSpaces: true, static (text, candidate) =>
            HasValidStructure(candidate.Digits) && !IsAnnouncedNik(text, candidate) ? new Nop(candidate.Digits) : null);

    static bool IsAnnouncedNik(string text, WrittenNumber candidate) =>
        Nik.TryParse(candidate.Digits[..Nik.DigitCount], out _) && Nik.IsAnnouncedAt(text, candidate.Index);

    static bool HasValidStructure(string digits) =>
        digits.Length == DigitCount
        && IndonesianRegions.IsProvinceCode(digits[..2])
        && digits[2..4] != "00"   // regency/city
        && digits[4..7] != "000"  // kecamatan
        && digits[7..10] != "000" // kelurahan
        && digits[13..17] != "0000"; // serial within the block
}
