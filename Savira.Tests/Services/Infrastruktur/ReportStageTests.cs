using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Infrastruktur;
using Savira.Tests.Support;

namespace Savira.Tests.Services.Infrastruktur;

/// <summary>
/// A report's stages through the JSON API: only the next stage may follow, a reason goes with Ditunda and Bukan wewenang,
/// Selesai needs a completion photo, every change is kept in the history and pushed once; the old statuses were migrated.
/// </summary>
public sealed class ReportStageTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Waiting = "INF-2026-000003";  // seeded as diterima (saluran, DPU)
    const string InWork = "INF-2026-000001";   // seeded as dikerjakan, now diproses
    const string Done = "INF-2026-000002";     // seeded as selesai (lampu, Disperkim)

    static Task<HttpResponseMessage> ChangeAsync(HttpClient admin, string ticket, string body) =>
        admin.PutAsync($"/admin/api/reports/{ticket}/status", ServiceChat.Json(body), Cancel);

    static long Count(SaviraApp app, string sql, object? values = null)
    {
        using var connection = app.OpenDatabase();
        return connection.ExecuteScalar<long>(sql, values);
    }

    [Fact]
    public async Task TheOldStatusesAreMigratedWithAnAgencyAndAHistory()
    {
        await using var app = ServiceChat.NewApp();
        _ = app.Services;
        using var connection = app.OpenDatabase();

        var rows = connection.Query<(string Ticket, string Status, string Agency)>("SELECT ticket_number, status, agency FROM infrastructure_reports ORDER BY ticket_number").ToList();
        Assert.Equal([(InWork, "diproses", "dpu"), (Done, "selesai", "disperkim"), (Waiting, "diterima", "dpu")], rows);
        Assert.Equal(["diterima", "diproses"], connection.Query<string>("SELECT stage FROM report_history WHERE ticket_number = @InWork ORDER BY id", new { InWork }));
        Assert.Equal("Pedurungan", connection.ExecuteScalar<string>("SELECT kecamatan FROM infrastructure_reports WHERE ticket_number = @InWork", new { InWork }));
    }

    [Fact]
    public async Task AChangeThatSkipsAStageIsRefusedAndWritesNothing()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();
        var history = Count(app, "SELECT COUNT(*) FROM report_history");

        using var skip = await ChangeAsync(admin, Waiting, """{"status":"diproses","note":"Langsung dikerjakan"}""");
        using var noReason = await ChangeAsync(admin, Waiting, """{"status":"ditunda"}""");
        using var noPhoto = await ChangeAsync(admin, InWork, """{"status":"selesai","note":"Sudah ditambal"}""");
        using var notAnImage = await ChangeAsync(admin, InWork, $$"""{"status":"selesai","photo":"{{Convert.ToBase64String("GIF? no, text"u8.ToArray())}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Contains("Tahap tidak bisa diubah dari Diterima langsung ke Diproses. Tahap berikutnya yang boleh: Diverifikasi, Ditunda, Bukan wewenang.",
            await skip.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Tulis alasan Ditunda", await noReason.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noPhoto.StatusCode);
        Assert.Contains("Tahap Selesai memerlukan foto hasil pekerjaan", await noPhoto.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notAnImage.StatusCode);
        Assert.Contains("JPEG, PNG, WebP or GIF", await notAnImage.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(history, Count(app, "SELECT COUNT(*) FROM report_history"));
        Assert.Equal(0, app.Count("outbox"));
        Assert.Equal(0, app.Count("report_photos"));
        Assert.Equal("diterima", JsonDocument.Parse(await admin.GetStringAsync($"/admin/api/reports/{Waiting}", Cancel)).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task EachStageIsKeptInTheHistoryAndPushedOnceEvenWhenTheCallIsRepeated()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();

        foreach (var body in new[]
        {
            """{"status":"diverifikasi","note":"Sudah dicek di lokasi","kecamatan":"gayamsari","kelurahan":"Sambirejo"}""",
            """{"status":"didisposisikan"}""",
            """{"status":"diproses","note":"Tim dijadwalkan Rabu"}""",
            $$"""{"status":"selesai","note":"Saluran sudah dibersihkan","photo":"{{Convert.ToBase64String(TestImages.Png)}}"}""",
            """{"status":"ditutup"}""",
        })
        {
            using var first = await ChangeAsync(admin, Waiting, body);
            using var again = await ChangeAsync(admin, Waiting, body); // a client that retries
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var history = JsonDocument.Parse(await admin.GetStringAsync($"/admin/api/reports/{Waiting}/history", Cancel)).RootElement.EnumerateArray().ToList();
        Assert.Equal(["diterima", "diverifikasi", "didisposisikan", "diproses", "selesai", "ditutup"], history.Select(line => line.GetProperty("stage").GetString()));
        Assert.Equal("Sudah dicek di lokasi", history[1].GetProperty("note").GetString());
        using var connection = app.OpenDatabase();
        var pushes = connection.Query<(string Body, string? Media)>("SELECT body, media_url FROM outbox WHERE recipient = 'whatsapp:+6281100000003' ORDER BY id").ToList();
        Assert.Equal(5, pushes.Count);
        Assert.Contains("Tahap terbaru: *Diverifikasi*", pushes[0].Body, StringComparison.Ordinal);
        Assert.Contains("Ditangani oleh: Dinas Pekerjaan Umum", pushes[1].Body, StringComparison.Ordinal);
        Assert.Contains("Catatan petugas: Saluran sudah dibersihkan", pushes[3].Body, StringComparison.Ordinal);
        Assert.Equal(("Gayamsari", "Sambirejo"), connection.QuerySingle<(string, string)>("SELECT kecamatan, kelurahan FROM infrastructure_reports WHERE ticket_number = @Waiting", new { Waiting }));
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM report_photos WHERE kind = 'selesai'"));
    }

    [Fact]
    public async Task AReportReassignedToAnotherAgencyLeavesTheFirstAndKeepsTheNote()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();
        var dpu = app.CreateClient();
        dpu.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync(await app.AddAccountAsync("dpu1", StaffRole.Opd, Cancel, scope: "dpu"), Cancel));
        var disperkim = app.CreateClient();
        disperkim.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync(await app.AddAccountAsync("perkim1", StaffRole.Opd, Cancel, scope: "disperkim"), Cancel));

        using var seen = await dpu.GetAsync($"/admin/api/reports/{Waiting}", Cancel);
        using var unknown = await dpu.PostAsync($"/admin/api/reports/{Waiting}/agency", ServiceChat.Json("""{"agency":"bappeda","note":"salah"}"""), Cancel);
        using var moved = await dpu.PostAsync($"/admin/api/reports/{Waiting}/agency", ServiceChat.Json("""{"agency":"disperkim","note":"Saluran lingkungan perumahan, wewenang Disperkim"}"""), Cancel);
        using var again = await dpu.PostAsync($"/admin/api/reports/{Waiting}/agency", ServiceChat.Json("""{"agency":"disperkim","note":"Saluran lingkungan perumahan, wewenang Disperkim"}"""), Cancel);
        using var gone = await dpu.GetAsync($"/admin/api/reports/{Waiting}", Cancel);
        var taken = JsonDocument.Parse(await disperkim.GetStringAsync($"/admin/api/reports/{Waiting}", Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("disperkim", taken.GetProperty("agency").GetString());
        Assert.DoesNotContain("6281100000003", taken.GetProperty("sender").GetString()!, StringComparison.Ordinal); // masked for opd staff
        var last = JsonDocument.Parse(await admin.GetStringAsync($"/admin/api/reports/{Waiting}/history", Cancel)).RootElement.EnumerateArray().Last();
        Assert.Equal(("agency", "disperkim", "Saluran lingkungan perumahan, wewenang Disperkim", "dpu1"),
            (last.GetProperty("kind").GetString(), last.GetProperty("agency").GetString(), last.GetProperty("note").GetString(), last.GetProperty("actor").GetString()));

        // The citizen is told once which agency has it now; the staff's reason for the move stays inside the desk.
        Assert.NotEqual(HttpStatusCode.OK, again.StatusCode); // already Disperkim's: nothing changes, nobody is told
        using var connection = app.OpenDatabase();
        var told = Assert.Single(connection.Query<string>("SELECT body FROM outbox WHERE recipient = 'whatsapp:+6281100000003'"));
        Assert.Contains($"Kabar laporan {Waiting}", told, StringComparison.Ordinal);
        Assert.Contains("Laporan Anda kini ditangani oleh *Dinas Perumahan dan Kawasan Permukiman*. Tahapnya tetap *Diterima*.", told, StringComparison.Ordinal);
        Assert.DoesNotContain("Saluran lingkungan perumahan", told, StringComparison.Ordinal);
        Assert.DoesNotContain("bappeda", told, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnonymisingAReporterForgetsTheirPhotoCopyAndDeletingAReportForgetsItsHistory()
    {
        await using var app = ServiceChat.NewApp();
        var desk = app.Services.GetRequiredService<IReportDesk>();
        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE infrastructure_reports SET photo_url = 'https://api.twilio.com/x' WHERE ticket_number = @Waiting", new { Waiting });
        await desk.KeepCitizenPhotoAsync(Waiting, TestImages.Jpeg, Cancel);
        Assert.Single(desk.Photos(Waiting));

        using (var connection = app.OpenDatabase()) // what retention and the privacy erasure do to the reporter
            connection.Execute("UPDATE infrastructure_reports SET sender = 'anonim', photo_url = NULL WHERE ticket_number = @Waiting", new { Waiting });
        Assert.Empty(desk.Photos(Waiting));

        using (var connection = app.OpenDatabase())
            connection.Execute("DELETE FROM infrastructure_reports WHERE ticket_number = @InWork", new { InWork });
        Assert.Empty(desk.History(InWork));
        Assert.NotEmpty(desk.History(Waiting));
    }
}
