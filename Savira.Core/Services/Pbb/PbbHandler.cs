using System.Text.RegularExpressions;
using Savira.Core.Dialogue;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Pbb;

/// <summary>
/// PBB in the walking skeleton: asks for the NOP, checks its shape, and re-asks once with an example.
/// The lookup of the tax object itself comes with the real PBB service.
/// </summary>
public sealed partial class PbbHandler : IServiceHandler
{
    const string AskNop = "ask_nop";
    const string NopExample = "33.74.010.005.012-0345.0";

    public Intent Intent => Intent.Pbb;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var nop = FindNop(turn.Message.Text);
        return ValueTask.FromResult(nop is null
            ? HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskNop },
                "🏠 *PBB (Pajak Bumi dan Bangunan)*\nSilakan kirim *NOP* (18 digit) yang tertera di SPPT Anda.\nContoh: " + NopExample)
            : Answer(nop));
    }

    public ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        var nop = FindNop(turn.Message.Text);
        if (nop is not null)
            return ValueTask.FromResult(Answer(nop));

        return ValueTask.FromResult(dialogue.InvalidAnswers == 0
            ? HandlerResult.Ask(dialogue with { InvalidAnswers = 1 },
                $"Maaf, NOP harus *18 digit*, misalnya {NopExample}. NOP tercetak di lembar SPPT PBB Anda. Silakan kirim lagi, atau ketik *batal*.")
            : HandlerResult.Say("Maaf, NOP tersebut belum bisa saya kenali 🙏 Silakan cek kembali lembar SPPT Anda, lalu ketik *PBB* untuk mencoba lagi."));
    }

    static HandlerResult Answer(string nop) =>
        HandlerResult.Say($"Terima kasih. NOP *{Format(nop)}* sudah saya terima. Pengecekan tagihan PBB segera hadir di sini 🙏");

    static string? FindNop(string text)
    {
        foreach (Match match in NopPattern().Matches(text))
        {
            var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length == 18)
                return digits;
        }
        return null;
    }

    static string Format(string digits) =>
        $"{digits[..2]}.{digits[2..4]}.{digits[4..7]}.{digits[7..10]}.{digits[10..13]}-{digits[13..17]}.{digits[17]}";

    [GeneratedRegex(@"(?<![\d.])\d(?:[\d.\-]*\d)?(?![\d])")]
    private static partial Regex NopPattern();
}
