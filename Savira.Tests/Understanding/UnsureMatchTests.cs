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
        await using var app = new SaviraApp(AlwaysClose);

        var question = Assert.Single(await app.ChatAsync("mau bayar pajak tahun ini gimana", Cancel));
        Assert.Contains("maksud Anda yang mana", question, StringComparison.Ordinal);
        Assert.Contains("*1.* ", question, StringComparison.Ordinal);
        Assert.Contains("*2.* ", question, StringComparison.Ordinal);
        var firstChoice = OfferedChoice(app, "1");

        await app.ChatAsync("1", Cancel);

        using var connection = app.OpenDatabase();
        var handled = connection.Query<(string Intent, string Handler)>("SELECT COALESCE(intent, ''), handler FROM inbound_messages ORDER BY id").ToList();
        Assert.Equal("clarification", handled[0].Handler);
        Assert.Equal(firstChoice, handled[1].Intent);
        Assert.NotEqual("clarification", handled[1].Handler);
        Assert.DoesNotContain("clarify-intent", connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberThatIsNoChoiceRepeatsTheQuestionAndWordsStartAfresh()
    {
        await using var app = new SaviraApp(AlwaysClose);
        await app.ChatAsync("mau bayar pajak tahun ini gimana", Cancel);

        var again = Assert.Single(await app.ChatAsync("7", Cancel));
        Assert.Contains("pilihan itu tidak ada", again, StringComparison.Ordinal);
        Assert.Contains("*2.* ", again, StringComparison.Ordinal);

        var fresh = Assert.Single(await app.ChatAsync("makasih", Cancel)); // thanks is no service: never a close call
        Assert.DoesNotContain("maksud Anda yang mana", fresh, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal("thanks", connection.ExecuteScalar<string>("SELECT intent FROM inbound_messages ORDER BY id DESC LIMIT 1"));
    }

    /// <summary>No fallback, and a margin of 1.0: every message whose two best intents are services is a close call.</summary>
    static readonly Dictionary<string, string?> AlwaysClose = new()
    {
        ["Savira:Matcher:FallbackThreshold"] = "0",
        ["Savira:Matcher:CloseCallMargin"] = "1.0",
    };

    static string OfferedChoice(SaviraApp app, string number)
    {
        using var connection = app.OpenDatabase();
        var dialogue = System.Text.Json.JsonDocument.Parse(connection.ExecuteScalar<string>("SELECT dialogue FROM sessions")!);
        return dialogue.RootElement.GetProperty("choices")[int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) - 1].GetString()!;
    }
}
