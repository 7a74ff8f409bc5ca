using System.Globalization;
using System.Text.RegularExpressions;

namespace Savira.Core.Services.Puskesmas;

/// <summary>Which clinic a citizen asks for: by its number in the list, its code or the words people use for it.</summary>
public static partial class ClinicChoice
{
    static readonly (string Clinic, string[] Words)[] Synonyms =
    [
        ("umum", ["umum", "dokter", "bp", "sakit", "demam", "batuk", "pilek"]),
        ("gigi", ["gigi", "gusi"]),
        ("kia", ["kia", "kb", "ibu", "hamil", "anak", "bayi", "balita", "imunisasi", "bidan", "kandungan"]),
        ("lansia", ["lansia", "manula", "lanjut", "sepuh"]),
    ];

    public static Clinic? Find(string text, IReadOnlyList<Clinic> clinics, bool acceptNumber)
    {
        var trimmed = text.Trim().TrimEnd('.');
        if (acceptNumber && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var choice))
            return choice >= 1 && choice <= clinics.Count ? clinics[choice - 1] : null;

        var words = Words().Matches(text.ToLowerInvariant()).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var clinic in clinics)
        {
            if (words.Contains(clinic.Code))
                return clinic;
        }
        foreach (var (code, synonyms) in Synonyms)
        {
            if (synonyms.Any(words.Contains) && clinics.FirstOrDefault(c => c.Code == code) is { } clinic)
                return clinic;
        }
        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
