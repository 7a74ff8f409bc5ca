using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The inbox page as HTML: per-service views and an officer's scope.</summary>
public sealed class InboxPageTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string PdamCitizen = "whatsapp:+6281311112222";

    [Fact]
    public async Task AnOfficerLooksAtOneServiceAndAScopedOfficerNeverSeesAnother()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("umum1", StaffRole.Officer, Cancel);
        await app.AddAccountAsync("pdam1", StaffRole.Officer, Cancel, scope: "pdam");
        await app.ChatAsync("saya mau bicara dengan petugas soal pbb", Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas pdam", Cancel, from: PdamCitizen);

        var all = app.BrowserClient();
        await all.SignInAsync(app, "umum1", Cancel);
        var everything = await all.GetStringAsync("/console/kotak-masuk", Cancel);
        var onlyPdam = await all.GetStringAsync("/console/kotak-masuk?layanan=pdam", Cancel);
        var unknown = await all.GetStringAsync("/console/kotak-masuk?layanan=parkir", Cancel);

        var scoped = app.BrowserClient();
        await scoped.SignInAsync(app, "pdam1", Cancel);
        var pdamOfficer = await scoped.GetStringAsync("/console/kotak-masuk?layanan=pbb", Cancel);

        Assert.Contains("PBB (1)", everything, StringComparison.Ordinal);
        Assert.Contains("PDAM (1)", everything, StringComparison.Ordinal);
        Assert.Contains("2 menunggu", everything, StringComparison.Ordinal);
        Assert.Contains("· PDAM</h2>", onlyPdam, StringComparison.Ordinal);
        Assert.DoesNotContain("· PBB</h2>", onlyPdam, StringComparison.Ordinal);
        Assert.Contains("2 menunggu", unknown, StringComparison.Ordinal); // an unknown service shows all rather than nothing
        Assert.DoesNotContain("· PBB</h2>", pdamOfficer, StringComparison.Ordinal); // scope wins over the filter
        Assert.DoesNotContain("PBB (1)", pdamOfficer, StringComparison.Ordinal);
    }
}
