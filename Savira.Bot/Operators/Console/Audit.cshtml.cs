using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Core.Data;
using Savira.Core.Privacy;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// The audit log for admins and auditors: the latest rows, filtered by who, what and which days (WIB), each told in
/// words with what changed from what to what, and whether the hash chain holds.
/// </summary>
public sealed class AuditModel(Database database) : PageModel
{
    public const int Shown = 200;

    public sealed record Entry(long Id, string At, string Actor, string Action, string? Origin, string Detail)
    {
        public JsonElement? Parsed => TryParse(Detail);
    }

    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public string Actor { get; private set; } = "";
    public string What { get; private set; } = "";
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";
    public string? Problem { get; private set; }
    public (long Rows, long? FirstBroken, string? Why) Chain { get; private set; }

    public void OnGet(string? actor, string? what, string? from, string? to)
    {
        Actor = (actor ?? "").Trim();
        What = (what ?? "").Trim();
        From = (from ?? "").Trim();
        To = (to ?? "").Trim();
        var fromUtc = Day(From, "from");
        var toUtc = Day(To, "to");
        using var connection = database.Open();
        Chain = AuditLog.Verify(connection);
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Entries = [.. connection.Query<Entry>(
            """
            SELECT id, at, actor, action, origin, detail FROM audit_log
            WHERE (@actor = '' OR actor LIKE @actorLike ESCAPE '\')
              AND (@what = '' OR action LIKE @whatLike ESCAPE '\' OR detail LIKE @whatLike ESCAPE '\')
              AND (@fromUtc IS NULL OR at >= @fromUtc) AND (@toUtc IS NULL OR at < @toUtc)
            ORDER BY id DESC LIMIT @shown
            """,
            new { actor = Actor, actorLike = Like(Actor), what = What, whatLike = Like(What), fromUtc, toUtc, shown = Shown })];
    }

    /// <summary>A WIB day's start in UTC as stored (for "to", the next day's start); a problem for a malformed date.</summary>
    string? Day(string text, string field)
    {
        if (text.Length == 0)
            return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 2000 or > 2099)
        {
            Problem = $"Tanggal “{text}” tidak dapat dibaca ({(field == "from" ? "Dari tanggal" : "Sampai tanggal")}). Pilih tanggal dari kalender.";
            return null;
        }
        var start = Savira.Core.Replies.Wib.At(day, TimeOnly.MinValue);
        return StoredTime.Format(field == "to" ? start.AddDays(1) : start);
    }

    static string Like(string text) => "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    static JsonElement? TryParse(string detail)
    {
        try
        {
            using var document = JsonDocument.Parse(detail);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Wib(string at) => $"{Savira.Core.Replies.Wib.ToWib(StoredTime.Parse(at)):dd-MM-yyyy HH.mm.ss}";

    /// <summary>The action in words: sign-in steps, the console's actions by page and handler, else the route as recorded.</summary>
    public static string Describe(Entry entry)
    {
        var handler = entry.Parsed is { ValueKind: JsonValueKind.Object } detail && detail.TryGetProperty("query", out var query) && query.GetString() is { } text
            ? System.Web.HttpUtility.ParseQueryString(text)["handler"] : null;
        return (entry.Action, handler) switch
        {
            ("console.sign-in.wrong-password", _) => "Masuk gagal: kata sandi salah",
            ("console.sign-in.password-ok", _) => "Masuk: kata sandi benar, menunggu kode",
            ("console.sign-in.wrong-code", _) => "Masuk gagal: kode autentikator salah",
            ("console.sign-in", _) => "Masuk ke konsol",
            ("POST /console/keluar", _) => "Keluar dari konsol",
            ("POST /console/kotak-masuk", "Claim") => "Kotak masuk: ambil percakapan",
            ("POST /console/kotak-masuk", "Reply") => "Kotak masuk: balas warga",
            ("POST /console/kotak-masuk", "Template") => "Kotak masuk: kirim templat resmi",
            ("POST /console/kotak-masuk", "Transfer") => "Kotak masuk: alihkan percakapan",
            ("POST /console/kotak-masuk", "Release") => "Kotak masuk: kembalikan ke Savira",
            ("POST /console/kotak-masuk", "Reveal") => "Kotak masuk: tampilkan data pribadi tanpa samaran",
            ("POST /console/pengguna", "Add") => "Pengguna: tambah akun",
            ("POST /console/pengguna", "Role") => "Pengguna: ubah peran atau lingkup",
            ("POST /console/pengguna", "Disable") => "Pengguna: nonaktifkan akun",
            ("POST /console/pengguna", "Enable") => "Pengguna: aktifkan akun",
            ("POST /console/pengguna", "ResetTwoFactor") => "Pengguna: atur ulang autentikator",
            ("POST /console/pengetahuan/{id}", "Save") => "Pengetahuan: simpan draf",
            ("POST /console/pengetahuan/{id}", "Publish") => "Pengetahuan: terbitkan",
            ("POST /console/pengetahuan/{id}", "Deactivate") => "Pengetahuan: nonaktifkan entri",
            ("POST /console/pengetahuan/{id:long}/riwayat", "Rollback") => "Pengetahuan: terbitkan lagi versi lama",
            ("POST /console/pelatihan", "Add") => "Pelatihan: tambah contoh kalimat",
            ("POST /console/pelatihan", "Remove") => "Pelatihan: hapus contoh kalimat",
            ("POST /console/pelatihan", "Lexicon") => "Pelatihan: tambah kata di leksikon",
            ("POST /console/belum-terjawab", "Restore") => "Belum terjawab: kembalikan kelompok yang diabaikan",
            ("POST /console/belum-terjawab/kelompok", "Examples") => "Belum terjawab: jadikan contoh kalimat",
            ("POST /console/belum-terjawab/kelompok", "EntryExamples") => "Belum terjawab: tambahkan ke entri pengetahuan",
            ("POST /console/belum-terjawab/kelompok", "Entry") => "Belum terjawab: buat entri pengetahuan",
            ("POST /console/belum-terjawab/kelompok", "Ignore") => "Belum terjawab: abaikan kelompok",
            ("POST /console/belum-terjawab/kelompok", "AddCase") => "Belum terjawab: jadikan kasus uji",
            ("POST /admin/api/training/unanswered/groups/case", _) => "API: kasus uji dari kotak belum terjawab",
            ("PUT /admin/api/reports/{ticket}/status", _) => "API: ubah tahap laporan",
            ("POST /admin/api/reports/{ticket}/agency", _) => "API: alihkan laporan ke dinas lain",
            ("POST /admin/api/handoffs/{id:long}/claim", _) => "API: ambil percakapan",
            ("POST /admin/api/handoffs/{id:long}/messages", _) => "API: balas warga",
            ("POST /admin/api/handoffs/{id:long}/transfer", _) => "API: alihkan percakapan",
            ("POST /admin/api/handoffs/{id:long}/release", _) => "API: kembalikan ke Savira",
            ("POST /console/pengaduan/{ticket}", "Stage") => "Pengaduan: ubah tahap laporan",
            ("POST /console/pengaduan/{ticket}", "Reassign") => "Pengaduan: alihkan ke dinas lain",
            ("POST /console/pengaduan/{ticket}", "Reveal") => "Pengaduan: tampilkan nomor pelapor tanpa samaran",
            ("POST /console/hari-libur", "Add") => "Hari libur: tambah atau ubah tanggal",
            ("POST /console/hari-libur", "Remove") => "Hari libur: hapus tanggal",
            ("POST /console/menu", "Save") => "Menu utama: simpan urutan dan judul",
            ("POST /console/simulator", "Send") => "Simulator: kirim pesan uji (salinan, tidak ke warga)",
            ("POST /console/simulator", "Reset") => "Simulator: mulai ulang percakapan",
            ("POST /console/suite-uji", "Save" or "Upload") => "Suite uji: simpan suite",
            ("POST /console/suite-uji", "Delete") => "Suite uji: hapus suite",
            ("POST /console/suite-uji", "AddCase") => "Suite uji: tambah kasus dari simulator",
            ("POST /console/pengetahuan/impor", "Check") => "Pengetahuan: uji coba impor CSV",
            ("POST /console/pengetahuan/impor", "Apply") => "Pengetahuan: terapkan impor CSV sebagai draf",
            ("POST /admin/api/faq/import", _) => "Pengetahuan: impor CSV lewat API",
            ("POST /admin/api/suites/" or "PUT /admin/api/suites/{id:long}", _) => "API: simpan suite uji",
            ("DELETE /admin/api/suites/{id:long}", _) => "API: hapus suite uji",
            ("PUT /admin/api/menu/", _) => "API: simpan menu utama",
            ("GET /console/pengetahuan", "Csv") => "Pengetahuan: unduh semua entri (CSV)",
            ("GET /admin/api/faq/export.csv", _) => "API: unduh semua entri pengetahuan (CSV)",
            ("GET /console/laporan", "Csv") => "Laporan: unduh CSV percakapan",
            ("GET /console/puskesmas/{code}", "Csv") => "Antrean: unduh daftar hari itu (CSV)",
            ("users.add", _) => "Baris perintah: tambah akun",
            ("users.disable", _) => "Baris perintah: nonaktifkan akun",
            ("users.enable", _) => "Baris perintah: aktifkan akun",
            ("users.token", _) => "Baris perintah: buat token API",
            ("users.password", _) => "Baris perintah: ganti kata sandi",
            ("users.role", _) => "Baris perintah: ubah peran",
            ("users.reset-2fa", _) => "Baris perintah: atur ulang autentikator",
            ("privacy.export", _) => "Ekspor data warga",
            ("privacy.erase", _) => "Hapus data warga",
            ("backup", _) => "Cadangan basis data",
            _ => entry.Action,
        };
    }

    /// <summary>"handoff 3 — state: waiting → held; heldBy: — → budi": only the fields that changed.</summary>
    public static IReadOnlyList<string> Changes(Entry entry)
    {
        if (entry.Parsed is not { ValueKind: JsonValueKind.Object } detail)
            return [];
        var lines = new List<string>();
        if (detail.TryGetProperty("changes", out var changes) && changes.ValueKind == JsonValueKind.Array)
        {
            foreach (var change in changes.EnumerateArray())
                lines.Add(Line(change.TryGetProperty("subject", out var subject) ? subject.GetString() ?? "" : "", change.GetProperty("before"), change.GetProperty("after")));
        }
        else if (detail.TryGetProperty("before", out var before) | detail.TryGetProperty("after", out var after))
            lines.Add(Line("", before, after));
        return lines;
    }

    static string Line(string subject, JsonElement before, JsonElement after)
    {
        var fields = new List<string>();
        var names = Names(before).Concat(Names(after)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var old = Value(before, name);
            var now = Value(after, name);
            if (old != now)
                fields.Add($"{name}: {old} → {now}");
        }
        var text = fields.Count == 0 ? "statusnya tetap" : string.Join("; ", fields);
        return subject.Length == 0 ? text : $"{subject} — {text}";
    }

    static IEnumerable<string> Names(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object ? value.EnumerateObject().Select(property => property.Name) : [];

    static string Value(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out var field) || field.ValueKind == JsonValueKind.Null)
            return "—";
        var text = field.ValueKind == JsonValueKind.String ? field.GetString()! : field.GetRawText();
        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
