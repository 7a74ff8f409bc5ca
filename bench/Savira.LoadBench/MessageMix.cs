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
}
