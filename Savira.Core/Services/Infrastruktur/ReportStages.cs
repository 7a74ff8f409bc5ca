namespace Savira.Core.Services.Infrastruktur;

/// <summary>
/// The stages a report goes through (issue 14): Diterima → Diverifikasi (or Ditunda / Bukan wewenang, with a reason
/// told to the citizen) → Didisposisikan → Diproses → Selesai → Ditutup. A change may only go to a next stage; one that
/// skips a required stage is refused.
/// </summary>
public static class ReportStages
{
    public const string Received = "diterima";
    public const string Verified = "diverifikasi";
    public const string OnHold = "ditunda";
    public const string NotOurs = "bukan_wewenang";
    public const string Assigned = "didisposisikan";
    public const string InProgress = "diproses";
    public const string Done = "selesai";
    public const string Closed = "ditutup";

    public static IReadOnlyList<string> All { get; } = [Received, Verified, OnHold, NotOurs, Assigned, InProgress, Done, Closed];

    /// <summary>Stages after which nothing is left for an agency to do; no deadline runs, the kelurahan map leaves them out.</summary>
    public static bool IsOpen(string stage) => stage is not (Done or Closed or NotOurs);

    static readonly Dictionary<string, string[]> Next = new(StringComparer.Ordinal)
    {
        [Received] = [Verified, OnHold, NotOurs],
        [OnHold] = [Verified, NotOurs],
        [Verified] = [Assigned],
        [Assigned] = [InProgress],
        [InProgress] = [Done],
        [Done] = [Closed],
        [NotOurs] = [Closed],
        [Closed] = [],
    };

    /// <summary>The stages a report in <paramref name="stage"/> may move to.</summary>
    public static IReadOnlyList<string> NextOf(string stage) => Next.GetValueOrDefault(stage) ?? [];

    /// <summary>Ditunda and Bukan wewenang tell the citizen why: they need a reason.</summary>
    public static bool NeedsReason(string stage) => stage is OnHold or NotOurs;

    /// <summary>A stage as typed to the API: the new names, "bukan wewenang" with a space, and the old statuses.</summary>
    public static string? Parse(string? text) => text?.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_') switch
    {
        null or "" => null,
        "dikerjakan" => InProgress,
        "ditolak" => NotOurs,
        var stage when All.Contains(stage) => stage,
        _ => null,
    };

    public static string Label(string stage) => stage switch
    {
        Received => "Diterima",
        Verified => "Diverifikasi",
        OnHold => "Ditunda",
        NotOurs => "Bukan wewenang",
        Assigned => "Didisposisikan",
        InProgress => "Diproses",
        Done => "Selesai",
        Closed => "Ditutup",
        _ => stage,
    };

    /// <summary>What the stage means, as told to the citizen.</summary>
    public static string Meaning(string stage) => stage switch
    {
        Received => "laporan Anda sudah kami terima dan menunggu pemeriksaan",
        Verified => "laporan Anda sudah kami periksa dan benar",
        OnHold => "laporan Anda kami tunda sementara",
        NotOurs => "laporan Anda di luar wewenang Pemerintah Kota",
        Assigned => "laporan Anda sudah diteruskan ke dinas yang menangani",
        InProgress => "petugas sedang menangani laporan Anda 🚧",
        Done => "penanganan sudah selesai ✅",
        Closed => "laporan ditutup. Terima kasih atas kepedulian Anda 🙏",
        _ => stage,
    };

    /// <summary>Why a change from <paramref name="from"/> to <paramref name="to"/> is not allowed, in the staff's words.</summary>
    public static string Refusal(string from, string to)
    {
        var next = NextOf(from);
        var allowed = next.Count == 0 ? "tidak ada lagi; laporan ini sudah ditutup" : string.Join(", ", next.Select(Label));
        return $"Tahap tidak bisa diubah dari {Label(from)} langsung ke {Label(to)}. Tahap berikutnya yang boleh: {allowed}.";
    }
}
