using Savira.Bot.Operators.Regression;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// What <c>_BrokenCases</c> shows after the regression gate stopped a change: the cases, and a form that posts the same
/// change again (<paramref name="Handler"/> with <paramref name="Fields"/>) with the confirmation.
/// </summary>
public sealed record BrokenCasesForm(IReadOnlyList<BrokenCase> Broken, string Handler, long EntryId, IReadOnlyList<(string Name, string? Value)> Fields, string Button)
{
    public static string Refusal(int count) =>
        $"Perubahan ini membuat {count} kasus uji yang kini lulus menjadi gagal. Periksa daftarnya; lanjutkan hanya bila itu memang disengaja.";
}
