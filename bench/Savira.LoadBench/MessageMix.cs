namespace Savira.LoadBench;

/// <summary>
/// What each simulated citizen sends, over and over: a greeting, a menu number, PBB then a NOP, PBB then
/// a cancel, and free text — so every part of the engine (commands, dialogue, menu, matcher) is exercised.
/// </summary>
internal static class MessageMix
{
    static readonly string[] Script =
    [
        "Halo min, selamat pagi",
        "3",
        "pbb",
        "NOP saya 33.74.010.005.012-0345.0",
        "menu",
        "pbb",
        "batal",
        "jalan rusak berlubang di depan rumah saya, mohon diperbaiki",
        "kapan jadwal dokter anak di rsud?",
        "terima kasih",
    ];

    public static string Body(long turn) => Script[turn % Script.Length];

    /// <summary>
    /// The same message with a word no one has written before appended (<c>--new-word-letters</c>): what an abuser
    /// sends to fill the host's word caches. The word depends only on the sender and turn, so runs repeat.
    /// </summary>
    public static string Body(long turn, int sender, int newWordLetters)
    {
        if (newWordLetters == 0)
            return Body(turn);
        var random = new Random(HashCode.Combine(sender, turn));
        return string.Create(Script[turn % Script.Length].Length + 1 + newWordLetters, (Script[turn % Script.Length], random), static (span, state) =>
        {
            state.Item1.AsSpan().CopyTo(span);
            span[state.Item1.Length] = ' ';
            foreach (ref var letter in span[(state.Item1.Length + 1)..])
                letter = (char)('a' + state.random.Next(26));
        });
    }
}
