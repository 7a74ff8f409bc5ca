using Dapper;
using Savira.Core.Replies;
using Savira.Core.Services.Puskesmas;
using Savira.Tests.Support;
using static Savira.Tests.Services.Puskesmas.PuskesmasKit;

namespace Savira.Tests.Services.Puskesmas;

/// <summary>Numbers are shared by everyone at once: none may be lost or given twice.</summary>
public sealed class PuskesmasConcurrencyTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoHundredConcurrentTakesGetConsecutiveNumbersUpToTheQuotaAndQuotaFullAfter()
    {
        await using var app = new SaviraApp(Settings());
        app.SetQuota("halmahera", "umum", 150);
        var queues = app.Get<PuskesmasQueues>();
        var now = app.Clock.GetUtcNow();
        var today = Wib.Today(now);

        var results = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => Task.Run(
            () => queues.TakeAsync("halmahera", "umum", today, Citizen(i), "whatsapp", now, Effects.NewKey(), Cancel), Cancel)));

        var numbers = results.Where(r => r.Outcome == TakeOutcome.Taken).Select(r => r.Ticket!.Number).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 150).Select(n => (long)n), numbers);
        Assert.Equal(50, results.Count(r => r.Outcome == TakeOutcome.QuotaFull));
        using var connection = app.OpenDatabase();
        Assert.Equal(numbers, connection.Query<long>("SELECT number FROM queue_tickets ORDER BY number"));
        Assert.Equal(150, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT citizen) FROM queue_tickets"));
    }

    [Fact]
    public async Task TwoHundredCitizensTakingANumberThroughTheWebhookAtOnceGetTwoHundredConsecutiveNumbers()
    {
        await using var app = new SaviraApp(Settings());
        app.SetQuota("halmahera", "umum", 500);

        var replies = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => Task.Run(
            () => app.ChatAsync("ambil antrean puskesmas halmahera poli umum", Cancel, Citizen(i)), Cancel)));

        var tickets = replies.Select(TicketIn).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(n => $"U-{n:000}"), tickets);
        using var connection = app.OpenDatabase();
        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), connection.Query<long>("SELECT number FROM queue_tickets ORDER BY number"));
        Assert.Equal(200, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT citizen) FROM queue_tickets"));
    }

    [Fact]
    public async Task TheSameCitizenSendingTwentyTakesAtOnceHoldsOneNumber()
    {
        await using var app = new SaviraApp(Settings());
        var queues = app.Get<PuskesmasQueues>();
        var now = app.Clock.GetUtcNow();

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(_ => Task.Run(
            () => queues.TakeAsync("halmahera", "umum", Wib.Today(now), Citizen(1), "whatsapp", now, Effects.NewKey(), Cancel), Cancel)));

        Assert.Single(results, r => r.Outcome == TakeOutcome.Taken);
        Assert.All(results, r => Assert.Equal(1, r.Ticket!.Number));
        Assert.Equal(1, app.Count("queue_tickets"));
    }
}
