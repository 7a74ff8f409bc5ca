using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Data;
using Savira.Core.Retention;
using Savira.Tests.Support;

namespace Savira.Tests.Retention;

/// <summary>
/// Data past its Savira:Retention period is deleted or anonymised in small batches through the writer, each purge
/// is recorded for operators, and a row still needed (an open report, a message Twilio may still retry, a handoff's
/// messages) is kept.
/// </summary>
public sealed class RetentionTests
{
    const string Old = "whatsapp:+6281100000001";
    const string Recent = "whatsapp:+6281100000002";

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The job is run by the test; the schedule is left out so it cannot run at the same time.</summary>
    static SaviraApp NewApp(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Savira:Admin:ApiKey"] = ServiceChat.AdminKey, ["Savira:Retention:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? [])
            all[key] = value;
        return new SaviraApp(all);
    }

    static Task<IReadOnlyList<RetentionPurge>> PurgeAsync(SaviraApp app) => app.Services.GetRequiredService<RetentionJob>().RunAsync(Cancel);

    static long Scalar(SaviraApp app, string sql, object? parameters = null)
    {
        using var connection = app.OpenDatabase();
        return connection.ExecuteScalar<long>(sql, parameters);
    }

    static void Execute(SaviraApp app, string sql, object? parameters = null)
    {
        using var connection = app.OpenDatabase();
        connection.Execute(sql, parameters);
    }

    static string Ago(SaviraApp app, TimeSpan age) => StoredTime.Format(app.Clock.GetUtcNow() - age);

    static long InsertMessage(SaviraApp app, string sender, TimeSpan age, string body = "halo")
    {
        using var connection = app.OpenDatabase();
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO inbound_messages (channel, message_id, sender, body, received_at)
            VALUES ('whatsapp', @sid, @sender, @body, @at) RETURNING id
            """,
            new { sid = SaviraApp.NewMessageSid(), sender, body, at = Ago(app, age) });
        connection.Execute(
            "INSERT INTO outbound_messages (inbound_id, channel, recipient, sequence, body, created_at) VALUES (@id, 'whatsapp', @sender, 0, 'balasan', @at)",
            new { id, sender, at = Ago(app, age) });
        return id;
    }

    [Fact]
    public async Task MessagesAndSessionsPastTheirPeriodAreDeletedAndEachPurgeIsRecorded()
    {
        await using var app = NewApp();
        await app.ChatAsync("halo", Cancel, from: Old);
        await app.ChatAsync("cek pbb 33.74.010.005.012-0345.0", Cancel, from: Old);
        var oldReplies = Scalar(app, "SELECT COUNT(*) FROM outbound_messages WHERE recipient = @Old", new { Old });
        app.Clock.Advance(TimeSpan.FromDays(91));
        await app.ChatAsync("halo", Cancel, from: Recent);

        await PurgeAsync(app);

        Assert.Equal(0, Scalar(app, "SELECT COUNT(*) FROM inbound_messages WHERE sender = @Old", new { Old }));
        Assert.Equal(0, Scalar(app, "SELECT COUNT(*) FROM outbound_messages WHERE recipient = @Old", new { Old }));
        Assert.Equal(0, Scalar(app, "SELECT COUNT(*) FROM sessions WHERE sender = @Old", new { Old }));
        Assert.Equal(1, Scalar(app, "SELECT COUNT(*) FROM inbound_messages WHERE sender = @Recent", new { Recent }));
        Assert.Equal(1, Scalar(app, "SELECT COUNT(*) FROM sessions WHERE sender = @Recent", new { Recent }));

        using var response = await app.Admin().GetAsync("/admin/api/retention/purges", Cancel);
        response.EnsureSuccessStatusCode();
        var purges = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.EnumerateArray()
            .ToDictionary(purge => purge.GetProperty("tableName").GetString()!, purge => purge);
        Assert.Equal(2, purges["inbound_messages"].GetProperty("rows").GetInt64());
        Assert.Equal(oldReplies, purges["outbound_messages"].GetProperty("rows").GetInt64());
        Assert.Equal("messages", purges["inbound_messages"].GetProperty("kind").GetString());
        Assert.Equal("deleted", purges["inbound_messages"].GetProperty("action").GetString());
        Assert.Equal(1, purges["sessions"].GetProperty("rows").GetInt64());
        Assert.Equal(app.Clock.GetUtcNow(), purges["sessions"].GetProperty("startedAt").GetDateTimeOffset());

        // The forgotten citizen is simply new again.
        Assert.Contains("menu", string.Join('\n', await app.ChatAsync("halo", Cancel, from: Old)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AMessageInsideItsPeriodStillAnswersTwiliosRetryFromTheJournal()
    {
        await using var app = NewApp(new() { ["Savira:Retention:MessageDays"] = "2" });
        var form = SaviraApp.WhatsAppForm("ambil antrean pkm halmahera poli umum", from: Old);
        using var first = await app.PostSignedAsync(form, Cancel);
        var reply = await first.Content.ReadAsStringAsync(Cancel);

        app.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await PurgeAsync(app);
        using var retry = await app.PostSignedAsync(form, Cancel);

        Assert.Equal(reply, await retry.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(1, app.Count("inbound_messages"));
        Assert.Equal(1, app.Count("queue_tickets"));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await PurgeAsync(app);
        Assert.Equal(0, app.Count("inbound_messages"));
    }

    [Fact]
    public async Task RowsStillNeededAreKeptAndClosedReportsLoseTheirReporterBeforeTheyGo()
    {
        await using var app = NewApp(new() { ["Savira:Retention:UnansweredDays"] = "120" });
        _ = app.Services; // the host is up and migrated
        await app.ChatAsync("halo", Cancel, from: Recent);
        Execute(app, "DELETE FROM infrastructure_reports");
        void Report(string ticket, string status, TimeSpan sinceUpdate) => Execute(app,
            """
            INSERT INTO infrastructure_reports (ticket_number, sender, category, description, photo_url, status, stage_since, created_at, updated_at)
            VALUES (@ticket, @Old, 'jalan', 'Jalan berlubang', 'https://api.twilio.com/photo', @status, @updated, @created, @updated)
            """,
            new { ticket, Old, status, created = Ago(app, TimeSpan.FromDays(1200)), updated = Ago(app, sinceUpdate) });
        Report("INF-2023-000001", "diterima", TimeSpan.FromDays(1100));   // open: kept whole however old
        Report("INF-2023-000002", "selesai", TimeSpan.FromDays(100));     // closed 100 days ago: anonymised
        Report("INF-2023-000003", "bukan_wewenang", TimeSpan.FromDays(800));     // closed 800 days ago: deleted
        Report("INF-2023-000004", "selesai", TimeSpan.FromDays(10));      // closed recently: kept whole

        var unanswered = InsertMessage(app, Old, TimeSpan.FromDays(100), "cuaca besok gimana");
        Execute(app, "INSERT INTO unanswered_messages (inbound_id, body, reason, received_at) VALUES (@unanswered, 'cuaca besok gimana', 'out_of_scope', @at)",
            new { unanswered, at = Ago(app, TimeSpan.FromDays(100)) });
        Execute(app, "INSERT INTO handoffs (sender, channel, request_text, requested_at, expires_at, released_at, released_by) VALUES (@Old, 'whatsapp', 'mau bicara petugas', @from, @to, @to, 'budi')",
            new { Old, from = Ago(app, TimeSpan.FromDays(200)), to = Ago(app, TimeSpan.FromDays(200) - TimeSpan.FromHours(1)) });
        var duringHandoff = InsertMessage(app, Old, TimeSpan.FromDays(200) - TimeSpan.FromMinutes(10), "jalan depan rumah saya rusak pak");
        var plainOld = InsertMessage(app, Old, TimeSpan.FromDays(150));

        Execute(app, "INSERT INTO queue_tickets (puskesmas_code, clinic, service_day, number, citizen, channel, status, ahead_at_take, taken_at) VALUES ('halmahera', 'umum', @day, 1, @Old, 'whatsapp', 'served', 0, @at)",
            new { day = StoredTime.Day(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-400)), Old, at = Ago(app, TimeSpan.FromDays(400)) });
        Execute(app, "INSERT INTO queue_tickets (puskesmas_code, clinic, service_day, number, citizen, channel, status, ahead_at_take, taken_at) VALUES ('halmahera', 'umum', @day, 1, @Old, 'whatsapp', 'waiting', 0, @at)",
            new { day = StoredTime.Day(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(1)), Old, at = Ago(app, TimeSpan.Zero) });
        foreach (var (key, status) in new[] { ("sent-long-ago", "sent"), ("still-pending", "pending") })
            Execute(app, "INSERT INTO outbox (dedupe_key, channel, recipient, body, status, next_attempt_at, created_at) VALUES (@key, 'whatsapp', @Old, 'Pengingat', @status, @at, @at)",
                new { key, Old, status, at = Ago(app, TimeSpan.FromDays(60)) });

        await PurgeAsync(app);

        var reports = Query(app, "SELECT ticket_number, sender, photo_url FROM infrastructure_reports ORDER BY ticket_number");
        Assert.Equal(
            [
                ("INF-2023-000001", Old, "https://api.twilio.com/photo"),
                ("INF-2023-000002", "anonim", null),
                ("INF-2023-000004", Old, "https://api.twilio.com/photo"),
            ],
            reports.Select(row => ((string)row.ticket_number, (string)row.sender, (string?)row.photo_url)));
        var stillThere = Query(app, "SELECT id FROM inbound_messages WHERE sender = @Old ORDER BY id", new { Old }).Select(row => (long)row.id).ToList();
        Assert.Equal([unanswered, duringHandoff], stillThere);
        Assert.DoesNotContain(plainOld, stillThere);
        Assert.Equal(1, app.Count("handoffs"));
        Assert.Equal(["waiting"], Query(app, "SELECT status FROM queue_tickets").Select(row => (string)row.status));
        Assert.Equal(["still-pending"], Query(app, "SELECT dedupe_key FROM outbox").Select(row => (string)row.dedupe_key));

        // The anonymised report still answers its ticket number, to anyone.
        var answer = string.Join('\n', await app.ChatAsync("cek laporan INF-2023-000002", Cancel, from: Recent));
        Assert.Contains("INF-2023-000002", answer, StringComparison.Ordinal);
        Assert.Contains("Selesai", answer, StringComparison.OrdinalIgnoreCase);

        // Once the unanswered row and the handoff are past their own periods, their messages follow.
        app.Clock.Advance(TimeSpan.FromDays(170));
        await PurgeAsync(app);
        Assert.Equal(0, Scalar(app, "SELECT COUNT(*) FROM inbound_messages WHERE sender = @Old", new { Old }));
        Assert.Equal(0, app.Count("handoffs"));
    }

    [Fact]
    public async Task TheEffectLedgerAndWrongNikAnswersGoOnceTheyCanNoLongerMatter()
    {
        await using var app = NewApp();
        await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, from: Recent); // an effect made now
        foreach (var (sid, age) in new[] { ("SM-three-days", TimeSpan.FromDays(3)), ("SM-one-day", TimeSpan.FromDays(1)) })
            Execute(app, "INSERT INTO message_effects (channel, message_id, sequence, kind, result, created_at) VALUES ('whatsapp', @sid, 0, 'report', '\"INF-2026-000001\"', @at)",
                new { sid, at = Ago(app, age) });
        foreach (var age in new[] { TimeSpan.FromHours(25), TimeSpan.FromHours(23) })
            Execute(app, "INSERT INTO nik_proof_failures (sender, failed_at) VALUES (@Old, @at)", new { Old, at = Ago(app, age) });

        var purges = await PurgeAsync(app);

        using var connection = app.OpenDatabase();
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM message_effects")); // a day old, and today's
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM message_effects WHERE message_id = 'SM-three-days'"));
        Assert.Equal([Ago(app, TimeSpan.FromHours(23))], connection.Query<string>("SELECT failed_at FROM nik_proof_failures"));
        Assert.Equal(1, Assert.Single(purges, purge => purge.Kind == "effects").Rows);
        Assert.Equal(1, Assert.Single(purges, purge => purge.Kind == "nik_proof_failures").Rows);
    }

    [Fact]
    public async Task ABacklogIsRemovedInSmallBatchesWhileCitizensAreAnswered()
    {
        await using var app = NewApp(new() { ["Savira:Retention:BatchSize"] = "10", ["Savira:Retention:BatchPauseMilliseconds"] = "0" });
        await app.ChatAsync("halo", Cancel, from: Recent);
        for (var i = 0; i < 95; i++)
            InsertMessage(app, Old, TimeSpan.FromDays(100 + i));

        var purge = PurgeAsync(app);
        var answered = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            app.ChatAsync($"halo {i}", Cancel, from: $"whatsapp:+62812000{i:D5}")));
        var purges = await purge;

        Assert.All(answered, Assert.NotEmpty);
        Assert.Equal(21, app.Count("inbound_messages"));
        var messages = Assert.Single(purges, p => p.TableName == "inbound_messages");
        Assert.Equal(95, messages.Rows);
        Assert.Equal(10, messages.Batches);
        Assert.InRange(messages.LongestBatchMilliseconds, double.Epsilon, 10_000);
        Assert.Equal(95, Assert.Single(purges, p => p.TableName == "outbound_messages").Rows);
        Assert.Equal(95, Scalar(app, "SELECT rows FROM retention_purges WHERE table_name = 'inbound_messages'"));
    }

    [Fact]
    public async Task TheJobRunsOnItsOwnAMinuteAfterStartAndThenEveryInterval()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Retention:IntervalMinutes"] = "60" });
        await app.ChatAsync("halo", Cancel, from: Recent);
        InsertMessage(app, Old, TimeSpan.FromDays(100));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => Scalar(app, "SELECT COUNT(*) FROM inbound_messages WHERE sender = @Old", new { Old }) == 0, "the first pass");

        InsertMessage(app, Old, TimeSpan.FromDays(100));
        app.Clock.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(200, Cancel);
        Assert.Equal(1, Scalar(app, "SELECT COUNT(*) FROM inbound_messages WHERE sender = @Old", new { Old }));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => Scalar(app, "SELECT COUNT(*) FROM inbound_messages WHERE sender = @Old", new { Old }) == 0, "the second pass");
        Assert.Equal(2, Scalar(app, "SELECT COUNT(*) FROM retention_purges WHERE table_name = 'inbound_messages'"));
    }

    [Fact]
    public async Task ThePurgeRecordWantsTheOperatorsKeyAndAWholeLimit()
    {
        await using var app = NewApp();

        using var withoutKey = await app.Admin(key: null).GetAsync("/admin/api/retention/purges", Cancel);
        using var badLimit = await app.Admin().GetAsync("/admin/api/retention/purges?limit=lots", Cancel);
        using var periods = await app.Admin().GetAsync("/admin/api/retention", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Contains("\"limit\"", await badLimit.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var body = JsonDocument.Parse(await periods.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal(90, body.GetProperty("messageDays").GetInt32());
        Assert.Equal(1825, body.GetProperty("auditDays").GetInt32());
    }

    [Theory]
    [InlineData("Savira__Retention__MessageDays", "1", "Savira:Retention:MessageDays must be between 2 and 3650")]
    [InlineData("Savira__Retention__ReportDays", "3000", "Savira:Retention:AuditDays (1825) must be at least the longest other period (3000 days)")]
    public async Task APeriodThatCannotBeDefendedStopsTheHostNamingTheKey(string key, string value, string message)
    {
        using var folder = new TempFolder();
        var outcome = await BotProcess.RunAsync(new Dictionary<string, string>
        {
            ["Savira__Database__Path"] = Path.Combine(folder.Path, "savira.db"),
            ["Twilio__AuthToken"] = SaviraApp.AuthToken,
            ["Twilio__PublicBaseUrl"] = SaviraApp.PublicBaseUrl,
            [key] = value,
        }, ["--urls", "http://127.0.0.1:0"], input: null, TimeSpan.FromSeconds(60), Cancel);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
    }

    static List<dynamic> Query(SaviraApp app, string sql, object? parameters = null)
    {
        using var connection = app.OpenDatabase();
        return connection.Query(sql, parameters).AsList();
    }
}
