using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Understanding;

public sealed class UnsureMatchTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BelowTheThresholdTheCitizenGetsTheMenuAndOperatorsGetAnUnansweredRecord()
    {
        // Every confidence is below 1.0: every message that is not an entity alone falls back.
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Matcher:FallbackThreshold"] = "1.0" });

        var reply = Assert.Single(await app.ChatAsync("pajak motor saya berapa", Cancel));

        Assert.Contains("belum menangkap maksud", reply, StringComparison.Ordinal);
        Assert.Contains("*1.* Pajak Bumi dan Bangunan (PBB)", reply, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        var unanswered = connection.QuerySingle<(string Body, string Reason, string BestIntent, double Confidence, long InboundId)>(
            "SELECT body, reason, best_intent, confidence, inbound_id FROM unanswered_messages");
        Assert.Equal(("pajak motor saya berapa", "low_confidence", "pkb"), (unanswered.Body, unanswered.Reason, unanswered.BestIntent));
        Assert.InRange(unanswered.Confidence, 0, 1);
        Assert.Equal("out_of_scope", connection.ExecuteScalar<string>("SELECT intent FROM inbound_messages WHERE id = @InboundId", new { unanswered.InboundId }));
    }

    [Fact]
    public async Task AConfidentMessageIsNotRecordedAsUnanswered()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("cek tagihan pbb rumah saya", Cancel);

        Assert.Equal(0, app.Count("unanswered_messages"));
        Assert.Equal(1, app.Count("inbound_messages"));
    }

    [Fact]
    public async Task AMessageTheCityDoesNotServeIsAlsoRecordedForOperators()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("mau pesan martabak manis dua", Cancel);

        using var connection = app.OpenDatabase();
        Assert.Equal("out_of_scope", connection.ExecuteScalar<string>("SELECT reason FROM unanswered_messages"));
    }

    [Fact]
    public async Task ACloseCallIsAskedWithNumberedChoicesAndTheNumberPicksTheIntent()
    {
        // A margin of 1.0 makes every pair of services a close call.
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Matcher:CloseCallMargin"] = "1.0" });

        var question = Assert.Single(await app.ChatAsync("pajak motor saya sudah mati", Cancel));
        Assert.Contains("maksud Anda yang mana", question, StringComparison.Ordinal);
        Assert.Contains("*1.* Pajak kendaraan (PKB) & STNK", question, StringComparison.Ordinal);
        Assert.Contains("*2.* ", question, StringComparison.Ordinal);

        var answer = Assert.Single(await app.ChatAsync("1", Cancel));

        Assert.Contains("Pajak Kendaraan (PKB)", answer, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal(["clarification", "PlaceholderHandler"], connection.Query<string>("SELECT handler FROM inbound_messages ORDER BY id"));
        Assert.Equal("pkb", connection.ExecuteScalar<string>("SELECT intent FROM inbound_messages ORDER BY id DESC LIMIT 1"));
        Assert.Null(connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions"));
    }

    [Fact]
    public async Task ANumberThatIsNoChoiceRepeatsTheQuestionAndWordsStartAfresh()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Matcher:CloseCallMargin"] = "1.0" });
        await app.ChatAsync("pajak motor saya sudah mati", Cancel);

        var again = Assert.Single(await app.ChatAsync("7", Cancel));
        Assert.Contains("pilihan itu tidak ada", again, StringComparison.Ordinal);
        Assert.Contains("*1.* Pajak kendaraan (PKB) & STNK", again, StringComparison.Ordinal);

        var fresh = Assert.Single(await app.ChatAsync("makasih", Cancel)); // thanks is no service: never a close call
        Assert.DoesNotContain("maksud Anda yang mana", fresh, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal("thanks", connection.ExecuteScalar<string>("SELECT intent FROM inbound_messages ORDER BY id DESC LIMIT 1"));
    }
}
