using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Channels;

public sealed class WebhookIdempotencyTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RetriedMessageIsAnsweredIdenticallyAndProcessedOnce()
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("pbb");

        using var first = await app.PostSignedAsync(form, Cancel);
        app.Clock.Advance(TimeSpan.FromSeconds(15)); // Twilio retries after its timeout
        using var retry = await app.PostSignedAsync(form, Cancel);

        var firstTwiml = await first.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(firstTwiml, await retry.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("NOP", firstTwiml, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("inbound_messages"));
        Assert.Equal(1, app.Count("outbound_messages"));
    }

    [Fact]
    public async Task RetryDoesNotAdvanceTheDialogue()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("pbb", Cancel); // asks for the NOP
        var invalid = SaviraApp.WhatsAppForm("bukan nop");

        using var first = await app.PostSignedAsync(invalid, Cancel);
        using var retry = await app.PostSignedAsync(invalid, Cancel);

        // Processed twice, the second invalid answer would have ended the dialogue with another text.
        var reply = Assert.Single(Twiml.Messages(await retry.Content.ReadAsStringAsync(Cancel)));
        Assert.Contains("18 digit", reply, StringComparison.Ordinal);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await retry.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task EightSimultaneousCopiesAreProcessedOnceAndAnsweredIdentically()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("halo", Cancel);
        var form = SaviraApp.WhatsAppForm("pbb");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await app.PostSignedAsync(form, Cancel);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync(Cancel);
        }));

        Assert.Single(responses.Distinct());
        using var connection = app.OpenDatabase();
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages WHERE message_id = @MessageSid", new { MessageSid = form["MessageSid"] }));
        Assert.Equal(2, app.Count("outbound_messages"));
    }

    [Fact]
    public async Task StoredReplyIsRepeatedAfterARestart()
    {
        using var folder = new TempFolder();
        var form = SaviraApp.WhatsAppForm("pbb");
        string firstTwiml;
        await using (var before = new SaviraApp(folder: folder.Path))
        {
            using var response = await before.PostSignedAsync(form, Cancel);
            firstTwiml = await response.Content.ReadAsStringAsync(Cancel);
        }

        await using var after = new SaviraApp(folder: folder.Path);
        using var retry = await after.PostSignedAsync(form, Cancel);

        Assert.Equal(firstTwiml, await retry.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(1, after.Count("inbound_messages"));
    }

    [Fact]
    public async Task ManySendersAtOnceAreAllAnsweredAndStored()
    {
        await using var app = new SaviraApp();
        const int senders = 40;

        var replies = await Task.WhenAll(Enumerable.Range(0, senders).Select(i =>
            app.ChatAsync("pbb", Cancel, from: $"whatsapp:+62812000{i:D5}")));

        Assert.All(replies, reply => Assert.Contains("NOP", Assert.Single(reply), StringComparison.Ordinal));
        Assert.Equal(senders, app.Count("inbound_messages"));
        Assert.Equal(senders, app.Count("sessions"));
    }

    [Fact]
    public async Task OneSendersBurstIsHandledOneMessageAtATime()
    {
        await using var app = new SaviraApp();
        // pbb → asks NOP; each later invalid answer either re-asks or ends the dialogue. Were two processed
        // at once on the same session, the journal would show two "re-ask" replies.
        await app.ChatAsync("pbb", Cancel);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => app.ChatAsync($"salah {i}", Cancel)));

        using var connection = app.OpenDatabase();
        var reasks = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outbound_messages WHERE body LIKE '%harus *18 digit*%'");
        Assert.Equal(1, reasks);
        Assert.Equal(7, app.Count("inbound_messages"));
    }
}
