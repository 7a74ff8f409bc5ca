using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Hosting;

/// <summary>/metrics: the engine's and the host's figures in Prometheus' format, for admins and auditors only.</summary>
[Collection(ProcessWideMeters.Name)]
public sealed class MetricsTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static async Task<HttpClient> ClientWithTokenAsync(SaviraApp app, string name, string role)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(await app.AddAccountAsync(name, role, Cancel), Cancel));
        return client;
    }

    [Fact]
    public async Task AfterAFewMessagesTheScrapeCountsThemByIntentAndShowsWhatTheHostHolds()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("halo", Cancel);
        await app.ChatAsync("syarat bikin ktp apa saja", Cancel);
        await app.ChatAsync("xqzv wlrmp", Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var scraper = await ClientWithTokenAsync(app, "prometheus", StaffRole.Auditor);

        var text = await scraper.GetStringAsync("/metrics", Cancel);

        Assert.Matches("savira_message_received_total\\{[^}]*savira_channel=\"whatsapp\"[^}]*\\} 4", text);
        Assert.Matches("savira_message_answered_total\\{[^}]*savira_intent=\"kependudukan\"[^}]*\\} 1", text);
        Assert.Matches("savira_message_answered_total\\{[^}]*savira_handler=\"fallback\"[^}]*\\} 1", text);
        Assert.Matches("savira_reply_duration_seconds_count\\{[^}]*\\} 4", text);
        Assert.Matches("savira_handoff_waiting\\{[^}]*savira_handoff_state=\"waiting\"[^}]*\\} 1", text);
        Assert.Contains("savira_db_commit_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("savira_db_wal_size_bytes", text, StringComparison.Ordinal);
        Assert.Matches("savira_cache_entries\\{[^}]*savira_cache=\"sessions\"[^}]*\\} 1", text); // one citizen remembered
        Assert.Contains("savira_outbox_messages", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SaviraApp.Citizen.Replace("whatsapp:", "", StringComparison.Ordinal), text, StringComparison.Ordinal); // no number in any label
    }

    [Fact]
    public async Task CallsToACitySystemThatFailsShowTheirErrorsAndTheBreakerOpening()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Status(StatusCodes.Status503ServiceUnavailable);
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Savira:Pbb:Source"] = "Remote",
            ["Savira:Pbb:Remote:BaseUrl"] = remote.BaseUrl.ToString(),
            ["Savira:Pbb:Remote:BreakerMinimumCalls"] = "2",
            ["Savira:Pbb:Remote:HedgeAfterSeconds"] = "0.5",
            ["Savira:Pbb:Remote:TotalTimeoutSeconds"] = "2",
        });
        for (var i = 0; i < 3; i++)
            await app.ChatAsync("cek pbb 33.74.050.003.001-0042.0", Cancel);
        var scraper = await ClientWithTokenAsync(app, "prometheus", StaffRole.Admin);

        var text = await scraper.GetStringAsync("/metrics", Cancel);

        Assert.Matches("http_client_request_duration_seconds_count\\{[^}]*http_response_status_code=\"503\"[^}]*server_address=\"127.0.0.1\"", text);
        Assert.Matches("resilience_polly_strategy_events_total\\{[^}]*event_name=\"OnCircuitOpened\"", text);
    }

    [Fact]
    public async Task WithoutATokenTheScrapeIs401AndARoleWithoutTheFiguresGets403()
    {
        await using var app = new SaviraApp();
        var opd = await ClientWithTokenAsync(app, "dpu", StaffRole.Opd);

        using var anonymous = await app.CreateClient().GetAsync("/metrics", Cancel);
        using var forbidden = await opd.GetAsync("/metrics", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task AnOtlpCollectorThatCannotBeReachedDoesNotStopTheReplies()
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Savira:Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{port}",
            ["Savira:Telemetry:Traces"] = "true",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "100",
        });

        var replies = new List<string>();
        for (var i = 0; i < 10; i++)
            replies.Add(string.Join("\n", await app.ChatAsync($"jadwal dokter anak hari kamis {i}", Cancel)));
        using var ready = await app.CreateClient().GetAsync("/healthz/live", Cancel);

        Assert.All(replies, reply => Assert.Contains("Poli Anak", reply, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
