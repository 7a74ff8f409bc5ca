namespace Savira.Bot.Operators;

/// <summary>What staff may add to the matcher's training data, checked the same way for the console and the JSON API.</summary>
public static class TrainingInput
{
    public const int MaxText = 500;
    public const int MaxInformal = 40;
    public const int MaxFormal = 100;

    /// <summary>An example sentence: 1 to <see cref="MaxText"/> characters, no tabs.</summary>
    public static string ExampleText(FieldErrors errors, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            errors.Add("text", "Contoh kalimat (text) wajib diisi.");
        else if (trimmed.Length > MaxText)
            errors.Add("text", $"Contoh kalimat (text) paling panjang {MaxText} karakter; sekarang {trimmed.Length}.");
        else if (trimmed.Contains('\t', StringComparison.Ordinal))
            errors.Add("text", "Contoh kalimat (text) tidak boleh berisi tab.");
        return trimmed;
    }

    /// <summary>A lexicon entry: one word as citizens write it ("pajek") and its standard form, one or more words ("pajak").</summary>
    public static (string Informal, string Formal) LexiconEntry(FieldErrors errors, string? informal, string? formal)
    {
        var word = informal?.Trim() ?? "";
        var standard = formal?.Trim() ?? "";
        if (word.Length is 0 or > MaxInformal || !word.All(char.IsLetter))
            errors.Add("informal", $"Kata tidak baku (informal) diisi satu kata huruf saja, paling panjang {MaxInformal}, seperti ditulis warga (mis. “pajek”).");
        if (standard.Length is 0 or > MaxFormal || !standard.All(c => char.IsLetter(c) || c == ' ') || standard.Trim().Length == 0)
            errors.Add("formal", $"Bentuk baku (formal) diisi satu kata atau lebih dari huruf, paling panjang {MaxFormal} (mis. “pajak”).");
        return (word.ToLowerInvariant(), standard.ToLowerInvariant());
    }
}
