using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Privacy;

/// <summary>
/// `privacy export NUMBER` and `privacy erase NUMBER`, run as the built bot against the database of a bot that is
/// running: everything about one citizen comes out as JSON, or goes (the city's records kept without them), audited.
/// </summary>
public sealed partial class PrivacyVerbTests
{
    const string Citizen = SaviraApp.Citizen;            // whatsapp:+6281234567890
    const string Digits = "81234567890";
    const string Neighbour = "whatsapp:+6289876543210";

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static Task<BotProcess.Outcome> Privacy(SaviraApp app, params string[] args) => BotProcess.RunAsync(
        new Dictionary<string, string> { ["Savira__Database__Path"] = app.DatabasePath }, ["privacy", .. args], input: null, TimeSpan.FromSeconds(60), Cancel);

    /// <summary>A citizen who filed a report with a photo, took a queue number, heard back on the report and asked for an officer.</summary>
    static async Task<string> ACitizenWithAHistoryAsync(SaviraApp app)
    {
        await app.ChatAsync("lampu jalan mati sudah tiga hari, gang jadi gelap sekali", Cancel);
        await app.ChatAsync("Jl. Pandanaran depan Toko Oen, Semarang Tengah", Cancel);
        var filed = string.Join('\n', await app.SendPhotoAsync("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", Cancel));
        var ticket = TicketNumber().Match(filed).Value;
        await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel);
        await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, from: Neighbour);
        using (var status = await app.Admin().PutAsync($"/admin/api/reports/{ticket}/status", ServiceChat.Json("""{"status":"diverifikasi","note":"Tim PJU berangkat besok."}"""), Cancel))
            status.EnsureSuccessStatusCode();
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        using (var connection = app.OpenDatabase())
        {
            connection.Execute(
                "INSERT INTO outbox (dedupe_key, channel, recipient, body, status, next_attempt_at, created_at) VALUES ('queue-reminder:1', 'whatsapp', @Citizen, 'Giliran Anda sebentar lagi', 'sent', @at, @at)",
                new { Citizen, at = "2026-11-30T01:00:00.0000000+00:00" });
            connection.Execute("INSERT INTO nik_proof_failures (sender, failed_at) VALUES (@Citizen, @at)",
                new { Citizen, at = "2026-11-30T01:00:00.0000000+00:00" });
        }
        return ticket;
    }

    [Fact]
    public async Task ExportPrintsEverythingHeldAboutTheNumberAndNothingAboutOthers()
    {
        await using var app = ServiceChat.NewApp();
        var ticket = await ACitizenWithAHistoryAsync(app);

        var outcome = await Privacy(app, "export", "0812-3456-7890");

        Assert.Equal(0, outcome.ExitCode);
        var tables = JsonDocument.Parse(outcome.Output).RootElement.GetProperty("tables");
        int Rows(string table) => tables.GetProperty(table).GetArrayLength();
        var inbound = tables.GetProperty("inbound_messages").EnumerateArray().Select(row => row.GetProperty("body").GetString()).ToList();
        Assert.Contains("lampu jalan mati sudah tiga hari, gang jadi gelap sekali", inbound);
        Assert.Contains("saya mau bicara dengan petugas", inbound);
        Assert.Equal(5, inbound.Count);
        Assert.True(Rows("outbound_messages") >= 5);
        Assert.Equal(ticket, tables.GetProperty("infrastructure_reports")[0].GetProperty("ticket_number").GetString());
        Assert.Equal(1, Rows("queue_tickets"));
        Assert.Equal(1, Rows("handoffs"));
        Assert.True(Rows("outbox") >= 2, "the reminder and the report's new status, pushed through the outbox");
        Assert.Equal(1, Rows("sessions"));
        Assert.Equal(["report", "queue_take", "handoff"], tables.GetProperty("message_effects").EnumerateArray().Select(row => row.GetProperty("kind").GetString()));
        Assert.Equal(1, Rows("nik_proof_failures"));
        Assert.DoesNotContain("89876543210", outcome.Output, StringComparison.Ordinal);

        var audit = Assert.Single(AuditRows(app));
        Assert.Equal(("privacy.export", Environment.UserName), ((string)audit.action, (string)audit.actor));
        Assert.Contains("whatsapp:+628", (string)audit.detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Digits, (string)audit.detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EraseLeavesNothingAboutTheNumberAndKeepsTheCitysRecordsWithoutThem()
    {
        await using var app = ServiceChat.NewApp();
        var ticket = await ACitizenWithAHistoryAsync(app);
        var neighbourRows = Held(app, "89876543210");

        var outcome = await Privacy(app, "erase", "+6281234567890");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"deleted\s+5\s+inbound_messages", outcome.Output);
        Assert.Matches(@"anonymised\s+1\s+infrastructure_reports", outcome.Output);
        Assert.Matches(@"anonymised\s+1\s+queue_tickets", outcome.Output);
        Assert.Empty(Held(app, Digits));                       // not in any column of any table
        Assert.Equal(neighbourRows, Held(app, "89876543210")); // the neighbour's data untouched
        Assert.Equal(1, app.Count("message_effects"));           // the neighbour's queue number; the citizen's effects are gone
        using (var connection = app.OpenDatabase())
        {
            Assert.Equal(("anonim", null), connection.QuerySingle<(string, string?)>(
                "SELECT sender, photo_url FROM infrastructure_reports WHERE ticket_number = @ticket", new { ticket }));
            Assert.Equal(("anonim", "cancelled"), connection.QuerySingle<(string, string)>(
                "SELECT citizen, status FROM queue_tickets WHERE number = 1"));
        }
        var audit = Assert.Single(AuditRows(app));
        Assert.Equal("privacy.erase", (string)audit.action);
        Assert.Contains("\"inbound_messages\":{\"action\":\"deleted\",\"rows\":5}", (string)audit.detail, StringComparison.Ordinal);

        // Once the conversation the running bot remembers has gone idle, the citizen is new; the queue never gives a number twice.
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var again = string.Join('\n', await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel));
        Assert.Contains("U-003", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongCommandLineIsExplainedAndChangesNothing()
    {
        await using var app = ServiceChat.NewApp();
        await app.ChatAsync("halo", Cancel);

        var outcomes = await Task.WhenAll(Privacy(app, "erase"), Privacy(app, "export", "12345"), Privacy(app, "forget", "+6281234567890"));

        Assert.All(outcomes, outcome =>
        {
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains("Usage: privacy export NUMBER", outcome.Error, StringComparison.Ordinal);
        });
        Assert.Contains("'12345' is not a WhatsApp number", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("inbound_messages"));
        Assert.Equal(0, app.Count("audit_log"));
    }

    /// <summary>Every value in every table (but the audit log) that contains <paramref name="digits"/>, as table.column=value.</summary>
    static List<string> Held(SaviraApp app, string digits)
    {
        using var connection = app.OpenDatabase();
        var found = new List<string>();
        foreach (var table in connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name"))
            foreach (var row in connection.Query($"SELECT * FROM \"{table}\""))
                foreach (var (column, value) in (IDictionary<string, object?>)row)
                    if (value is string text && text.Contains(digits, StringComparison.Ordinal))
                        found.Add($"{table}.{column}={text}");
        return found;
    }

    /// <summary>The privacy verbs' audit rows (the staff's API calls that set up the history are audited too).</summary>
    static List<dynamic> AuditRows(SaviraApp app)
    {
        using var connection = app.OpenDatabase();
        return connection.Query("SELECT at, actor, action, detail FROM audit_log WHERE action LIKE 'privacy.%' ORDER BY id").AsList();
    }

    [GeneratedRegex(@"INF-\d{4}-\d{6}")]
    private static partial Regex TicketNumber();
}
