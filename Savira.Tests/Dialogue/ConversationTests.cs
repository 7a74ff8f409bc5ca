using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Services;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;
using Savira.Tests.Support;

namespace Savira.Tests.Dialogue;

public sealed class ConversationTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BatalLeavesTheActiveDialogue()
    {
        await using var app = new SaviraApp();
        Assert.Contains("NOP", Assert.Single(await app.ChatAsync("pbb", Cancel)), StringComparison.Ordinal);

        var cancelled = Assert.Single(await app.ChatAsync("batal", Cancel));
        var afterwards = Assert.Single(await app.ChatAsync("abc", Cancel));

        Assert.Contains("dibatalkan", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("18 digit", afterwards, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Null(connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions"));
    }

    [Fact]
    public async Task BatalWithoutADialogueSaysThereIsNothingToCancel()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("Batal", Cancel));

        Assert.Contains("Tidak ada permintaan", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("0")]
    [InlineData("kembali")]
    public async Task GlobalCommandsShowTheMenuAndEndTheDialogue(string command)
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("pbb", Cancel);

        var reply = Assert.Single(await app.ChatAsync(command, Cancel));

        Assert.Contains("*1.* Pajak Bumi dan Bangunan (PBB)", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("18 digit", Assert.Single(await app.ChatAsync("abc", Cancel)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eh maaf salah kirim")]
    [InlineData("sorry kak salah chat")]
    [InlineData("kepencet")]
    public async Task AMessageSentByMistakeIsToldThatIsFineAndLeavesTheBotsQuestionStanding(string text)
    {
        await using var app = new SaviraApp();
        var alone = Assert.Single(await app.ChatAsync(text, Cancel));
        await app.ChatAsync("pbb", Cancel);

        var inDialogue = Assert.Single(await app.ChatAsync(text, Cancel));
        var answered = string.Join("\n", await app.ChatAsync("33.74.010.005.012-0345.0", Cancel));

        Assert.StartsWith("Tidak apa-apa", alone, StringComparison.Ordinal);
        Assert.DoesNotContain("belum menangkap", alone, StringComparison.Ordinal);
        Assert.Contains("masih berlaku", inDialogue, StringComparison.Ordinal);
        Assert.Contains("33.74.010.005.012-0345.0", answered, StringComparison.Ordinal); // the NOP is still taken as the answer
        Assert.Equal(0, app.Count("unanswered_groups"));
    }

    [Fact]
    public async Task MenuNumberPicksTheService()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("1", Cancel));

        Assert.Contains("NOP", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuNumberThatIsNotOnTheMenuSaysSoAndShowsIt()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("42", Cancel));

        Assert.Contains("pilihan *42* tidak ada", reply, StringComparison.Ordinal);
        Assert.Contains("*10.*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionExpiresAfterTheIdleTime()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Session:IdleMinutes"] = "30" });
        await app.ChatAsync("pbb", Cancel);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Contains("18 digit", Assert.Single(await app.ChatAsync("abc", Cancel)), StringComparison.Ordinal); // still waiting

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var afterIdle = Assert.Single(await app.ChatAsync("abc", Cancel));

        Assert.DoesNotContain("NOP", afterIdle, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        var session = connection.QuerySingle<(string? Dialogue, string StartedAt)>("SELECT dialogue, started_at FROM sessions");
        Assert.Null(session.Dialogue);
        Assert.Equal(app.Clock.GetUtcNow(), DateTimeOffset.Parse(session.StartedAt, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EveryMessageIsLoggedWithSenderTextTimeIntentAndHandler()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("pbb", Cancel);

        using var connection = app.OpenDatabase();
        var inbound = connection.QuerySingle<(string Sender, string Body, string ReceivedAt, string Intent, string Handler)>(
            "SELECT sender, body, received_at, intent, handler FROM inbound_messages");
        Assert.Equal((SaviraApp.Citizen, "pbb", "pbb", "PbbHandler"), (inbound.Sender, inbound.Body, inbound.Intent, inbound.Handler));
        Assert.Equal(app.Clock.GetUtcNow(), DateTimeOffset.Parse(inbound.ReceivedAt, System.Globalization.CultureInfo.InvariantCulture));
        var outbound = connection.QuerySingle<(string Recipient, string Body, string Intent, string Handler)>(
            "SELECT recipient, body, intent, handler FROM outbound_messages");
        Assert.Equal((SaviraApp.Citizen, "pbb", "PbbHandler"), (outbound.Recipient, outbound.Intent, outbound.Handler));
        Assert.Contains("NOP", outbound.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongReplyIsSplitIntoSeveralWhatsAppMessages()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("halo", Cancel);
        using (var connection = app.OpenDatabase())
        {
            // Operators keep the menu; a long one must still reach the citizen whole.
            connection.Execute("UPDATE menu_items SET title = title || ' — ' || @more",
                new { more = string.Concat(Enumerable.Repeat("keterangan layanan yang cukup panjang, ", 6)) });
        }
        app.Services.GetRequiredService<MainMenu>().Invalidate(); // as whoever edits the menu does

        var messages = await app.ChatAsync("menu", Cancel);

        Assert.True(messages.Count >= 2, $"expected several messages, got {messages.Count}");
        Assert.All(messages, message => Assert.InRange(message.Length, 1, 1600));
        var joined = string.Join("\n", messages);
        Assert.Contains("*1.* Pajak Bumi dan Bangunan (PBB)", joined, StringComparison.Ordinal);
        Assert.Contains("*10.* Bicara dengan petugas", joined, StringComparison.Ordinal);
        // Cut at line ends: every menu line arrives whole in one message.
        Assert.Equal(10, messages.Sum(message => message.Split('\n').Count(line => line.StartsWith('*') && line.Contains("keterangan", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task FailingHandlerGivesAnApologyAndTheMessageIsKept()
    {
        await using var app = new SaviraApp(services: services => services.AddSingleton<IServiceHandler, ThrowingThanksHandler>());

        using var response = await app.SendWhatsAppAsync("terima kasih", Cancel);

        response.EnsureSuccessStatusCode();
        var reply = Assert.Single(Twiml.Messages(await response.Content.ReadAsStringAsync(Cancel)));
        Assert.Contains("gangguan", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", reply, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal("error", connection.ExecuteScalar<string>("SELECT handler FROM inbound_messages"));
    }

    sealed class ThrowingThanksHandler : IServiceHandler
    {
        public Intent Intent => Intent.Thanks;

        public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the city's system is down");
    }
}
