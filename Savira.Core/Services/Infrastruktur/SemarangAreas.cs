namespace Savira.Core.Services.Infrastruktur;

/// <summary>Semarang's 16 kecamatan, to read one from an address as a report is filed; staff set the kelurahan on verifying.</summary>
public static class SemarangAreas
{
    public static IReadOnlyList<string> Kecamatan { get; } =
    [
        "Banyumanik", "Candisari", "Gajahmungkur", "Gayamsari", "Genuk", "Gunungpati", "Mijen", "Ngaliyan", "Pedurungan",
        "Semarang Barat", "Semarang Selatan", "Semarang Tengah", "Semarang Timur", "Semarang Utara", "Tembalang", "Tugu",
    ];

    /// <summary>The kecamatan an address names (the longest name wins, so "Semarang Tengah" is not just "Tugu" somewhere), or null.</summary>
    public static string? KecamatanIn(string? address) =>
        string.IsNullOrWhiteSpace(address) ? null
        : Kecamatan.Where(name => System.Text.RegularExpressions.Regex.IsMatch(address, $@"\b{name}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .MaxBy(name => name.Length);

    /// <summary>The kecamatan as written in the list, or null when <paramref name="text"/> is not one of them.</summary>
    public static string? FindKecamatan(string? text) =>
        Kecamatan.FirstOrDefault(name => string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
