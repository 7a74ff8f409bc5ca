using System.Net;
using Dapper;
using Savira.Core.Replies;
using Savira.Core.Services.Puskesmas;
using Savira.Tests.Support;
using static Savira.Tests.Services.Puskesmas.PuskesmasKit;

namespace Savira.Tests.Services.Puskesmas;

/// <summary>Reminders go through the outbox and the Twilio SDK to a fake Twilio on 127.0.0.1.</summary>
public sealed class PuskesmasReminderTests
{
    const string CallNext = "/admin/api/puskesmas/halmahera/clinics/umum/call-next";
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACitizenThreePlacesAwayGetsOneWhatsAppReminderThroughTwilio()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new SaviraApp(Settings(twilio.Settings()));
        for (var i = 1; i <= 5; i++)
            await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(i));

        (await app.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode(); // U-001 called: U-005 now has 3 ahead

        await Eventually.TrueAsync(() => OutboxStatus(app, Citizen(5)) == "sent", "the reminder to be sent");
        var sent = Assert.Single(twilio.To(Citizen(5)));
        Assert.Equal(FakeTwilio.From, sent.From);
        Assert.Contains("*U-005*", sent.Body, StringComparison.Ordinal);
        Assert.Contains("tinggal *3 antrean lagi*", sent.Body, StringComparison.Ordinal);
        Assert.Null(sent.ContentSid);
        using var connection = app.OpenDatabase();
        var (id, sid) = connection.QuerySingle<(long, string)>($"SELECT id, provider_sid FROM outbox WHERE {IsReminder}");
        Assert.Equal($"{SaviraApp.PublicBaseUrl}/webhooks/twilio/status?outbox={id}", sent.StatusCallback);
        Assert.StartsWith("Basic ", sent.Authorization, StringComparison.Ordinal);
        Assert.Equal(sent.Sid, sid);

        // Citizens 2–4 were already within three places when they took their numbers; their reply said so.
        (await app.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode();
        Assert.Equal(1, connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM outbox WHERE {IsReminder}"));
    }

    [Fact]
    public async Task APendingReminderSurvivesARestartAndIsSentOnceAcrossRestarts()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = new SaviraApp(Settings(twilio.Settings(enabled: false)), folder))
            {
                for (var i = 1; i <= 7; i++)
                    await first.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(i));
                (await first.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode();
                Assert.Equal("pending", OutboxStatus(first, Citizen(5)));
            }

            await using (var second = new SaviraApp(Settings(twilio.Settings()), folder))
            {
                _ = second.Services; // start: the sender finds the pending reminder
                await Eventually.TrueAsync(() => twilio.To(Citizen(5)).Count == 1 && OutboxStatus(second, Citizen(5)) == "sent", "the pending reminder to be sent");
                (await second.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode(); // U-006 now 3 away
                await Eventually.TrueAsync(() => OutboxStatus(second, Citizen(6)) == "sent", "the second reminder to be sent");
            }

            await using (var third = new SaviraApp(Settings(twilio.Settings()), folder))
            {
                (await third.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode(); // U-007 now 3 away
                await Eventually.TrueAsync(() => OutboxStatus(third, Citizen(7)) == "sent", "the third reminder to be sent");
                using var connection = third.OpenDatabase();
                Assert.Equal(["served", "served", "called", "waiting", "waiting", "waiting", "waiting"],
                    connection.Query<string>("SELECT status FROM queue_tickets ORDER BY number"));
                Assert.Equal(3, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM queue_events WHERE action = 'call_next'"));
            }

            Assert.Single(twilio.To(Citizen(5)));
            Assert.Single(twilio.To(Citizen(6)));
            Assert.Single(twilio.To(Citizen(7)));
            await Eventually.TrueAsync(() => twilio.Requests == 6, "the three call messages to be sent too");
            Assert.All(Enumerable.Range(1, 3), i => Assert.Contains("dipanggil", Assert.Single(twilio.To(Citizen(i))).Body, StringComparison.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* left for the OS */ }
        }
    }

    [Fact]
    public async Task AReminderCutOffMidSendIsSetAsideNotSentTwice()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var crashed = new SaviraApp(Settings(twilio.Settings(enabled: false)), folder))
            {
                for (var i = 1; i <= 6; i++)
                    await crashed.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(i));
                (await crashed.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode();
                using var connection = crashed.OpenDatabase(); // as if the sender had claimed it and the process died
                connection.Execute($"UPDATE outbox SET status = 'sending', attempts = 1 WHERE {IsReminder}");
                Assert.Equal(1, connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM outbox WHERE {IsReminder}"));
            }

            await using var restarted = new SaviraApp(Settings(twilio.Settings()), folder);
            _ = restarted.Services;
            await Eventually.TrueAsync(() => OutboxStatus(restarted, Citizen(5)) == "uncertain", "the interrupted reminder to be set aside");
            (await restarted.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode(); // U-006 now 3 away
            await Eventually.TrueAsync(() => OutboxStatus(restarted, Citizen(6)) == "sent", "the next reminder to be sent");
            Assert.Empty(twilio.To(Citizen(5)));
            Assert.Single(twilio.To(Citizen(6)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* left for the OS */ }
        }
    }

    [Fact]
    public async Task TwilioErrorsAreRetriedWithBackoffUntilTheReminderIsSent()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        twilio.FailNext(2, status: 503);
        await using var app = new SaviraApp(Settings(twilio.Settings()));
        await TakeFiveFirstAtTheTerminalAsync(app);

        (await app.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode();

        await Eventually.TrueAsync(() => twilio.Requests == 1, "the first attempt");
        await Eventually.TrueAsync(() => Attempts(app) == (1, "pending"), "the first failure to be recorded");
        Assert.Empty(twilio.Messages); // not before the backoff has passed
        await Eventually.TrueAsync(() => OutboxStatus(app, Citizen(5)) == "sent", "the retries to succeed",
            betweenChecks: () => app.Clock.Advance(TimeSpan.FromSeconds(5)));

        Assert.Equal(3, twilio.Requests);
        Assert.Single(twilio.Messages);
        Assert.Equal((3, "sent"), Attempts(app));
    }

    [Fact]
    public async Task OutsideTheTwentyFourHourWindowTheApprovedTemplateIsUsed()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new SaviraApp(Settings(twilio.Settings(templateSid: "HX0123456789abcdef0123456789abcdef")));
        var queues = app.Get<PuskesmasQueues>();
        var now = app.Clock.GetUtcNow();
        await queues.TakeAsync("halmahera", "umum", Wib.Today(now), Terminal, "terminal", now, Effects.NewKey(), Cancel);
        for (var i = 2; i <= 5; i++) // taken at the counter's kiosk: these citizens never wrote to the bot
            await queues.TakeAsync("halmahera", "umum", Wib.Today(now), Citizen(i), "whatsapp", now, Effects.NewKey(), Cancel);

        (await app.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode();

        await Eventually.TrueAsync(() => OutboxStatus(app, Citizen(5)) == "sent", "the template reminder to be sent");
        var sent = Assert.Single(twilio.Messages);
        Assert.Equal("HX0123456789abcdef0123456789abcdef", sent.ContentSid);
        Assert.Null(sent.Body);
        Assert.Contains("\"2\":\"U-005\"", sent.ContentVariables, StringComparison.Ordinal);
        Assert.Contains("\"4\":\"3\"", sent.ContentVariables, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignedStatusCallbackStoresTheDeliveryStatus()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new SaviraApp(Settings(twilio.Settings()));
        await TakeFiveFirstAtTheTerminalAsync(app);
        (await app.StaffAsync(HttpMethod.Post, CallNext)).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(() => OutboxStatus(app, Citizen(5)) == "sent", "the reminder to be sent");
        var sid = Assert.Single(twilio.Messages).Sid;

        var delivered = StatusForm(sid, "delivered");
        using var unsigned = await app.CreateClient().PostAsync("/webhooks/twilio/status?outbox=1", new FormUrlEncodedContent(delivered), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal("queued", Delivery(app)); // from Twilio's answer to the create request

        using var ok = await app.PostSignedAsync(delivered, Cancel, "/webhooks/twilio/status?outbox=1");
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal("delivered", Delivery(app));

        using var late = await app.PostSignedAsync(StatusForm(sid, "sent"), Cancel, "/webhooks/twilio/status?outbox=1"); // arrives out of order
        Assert.Equal(HttpStatusCode.NoContent, late.StatusCode);
        Assert.Equal("delivered", Delivery(app));

        using var bad = await app.PostSignedAsync(StatusForm("not-a-sid", "delivered"), Cancel, "/webhooks/twilio/status");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("MessageSid", await bad.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    const string IsReminder = "dedupe_key LIKE 'queue-reminder:%'";

    /// <summary>Someone at the terminal, whose call is told there and not through the outbox: the outbox holds the reminder alone.</summary>
    const string Terminal = "terminal:loket";

    static async Task TakeFiveFirstAtTheTerminalAsync(SaviraApp app)
    {
        var now = app.Clock.GetUtcNow();
        await app.Get<PuskesmasQueues>().TakeAsync("halmahera", "umum", Wib.Today(now), Terminal, "terminal", now, Effects.NewKey(), Cancel);
        for (var i = 2; i <= 5; i++)
            await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(i));
    }

    static Dictionary<string, string> StatusForm(string sid, string status) => new()
    {
        ["MessageSid"] = sid,
        ["MessageStatus"] = status,
        ["AccountSid"] = FakeTwilio.AccountSid,
        ["To"] = Citizen(5),
        ["From"] = FakeTwilio.From,
    };

    static string? OutboxStatus(SaviraApp app, string recipient)
    {
        using var connection = app.OpenDatabase();
        return connection.ExecuteScalar<string?>("SELECT status FROM outbox WHERE recipient = @recipient", new { recipient });
    }

    static (long, string) Attempts(SaviraApp app)
    {
        using var connection = app.OpenDatabase();
        return connection.QuerySingle<(long, string)>("SELECT attempts, status FROM outbox");
    }

    static string? Delivery(SaviraApp app)
    {
        using var connection = app.OpenDatabase();
        return connection.ExecuteScalar<string?>("SELECT delivery_status FROM outbox");
    }
}
