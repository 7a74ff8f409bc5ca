using System.Net;
using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Journal;

public sealed class MessageJournalTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARepeatedMessageSidGetsTheFirstReplyAndIsStoredOnce()
    {
        await using var app = new SaviraApp();
        var messageSid = SaviraApp.NewMessageSid();

        using var first = await app.SendWhatsAppAsync("halo", Cancel, messageSid: messageSid);
        await app.ChatAsync("pbb", Cancel); // the session moves on; the repeat must not
        using var repeat = await app.SendWhatsAppAsync("halo", Cancel, messageSid: messageSid);

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await repeat.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(2, app.Count("inbound_messages"));
        Assert.Equal(2, app.Count("outbound_messages"));
    }

    [Fact]
    public async Task EightCopiesAtOnceAreProcessedOnceAndAnsweredAlike()
    {
        await using var app = new SaviraApp();
        var messageSid = SaviraApp.NewMessageSid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.SendWhatsAppAsync("pbb", Cancel, messageSid: messageSid)));
        var bodies = await Task.WhenAll(responses.Select(response => response.Content.ReadAsStringAsync(Cancel)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Equal(1, app.Count("inbound_messages"));
        Assert.Equal(1, app.Count("outbound_messages"));
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task EveryMessageAndReplyIsStoredWithItsIntentAndHandler()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("pbb", Cancel);
        await app.ChatAsync("menu", Cancel);

        using var connection = app.OpenDatabase();
        var rows = connection.Query<(string Body, string Intent, string Handler, string Reply)>(
            """
            SELECT i.body, i.intent, i.handler, o.body
            FROM inbound_messages i JOIN outbound_messages o ON o.inbound_id = i.id
            ORDER BY i.id
            """).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("pbb", "pbb", "PbbHandler"), (rows[0].Body, rows[0].Intent, rows[0].Handler));
        Assert.Contains("NOP", rows[0].Reply, StringComparison.Ordinal);
        Assert.Equal(("menu", "menu", "command:menu"), (rows[1].Body, rows[1].Intent, rows[1].Handler));
    }
}
