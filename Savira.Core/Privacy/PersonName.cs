namespace Savira.Core.Privacy;

/// <summary>Names of people (a tax object's owner) in replies: recognisable to the owner, useless to others.</summary>
public static class PersonName
{
    /// <summary>"Suharto" → "S***o", "Siti Rahayu" → "S***i R***u"; a word of one or two letters keeps only its first.</summary>
    public static string Masked(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(MaskWord));

    static string MaskWord(string word) =>
        word.Length <= 2 ? word[..1] + "***" : $"{word[0]}***{word[^1]}";
}
