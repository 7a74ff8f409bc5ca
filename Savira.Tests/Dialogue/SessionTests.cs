using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Dialogue;
using Savira.Tests.Support;

namespace Savira.Tests.Dialogue;

public sealed class SessionTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADialogueCarriesOverToTheSendersNextMessages()
    {
        await using var app = new SaviraApp();

        Assert.Contains("NOP", Assert.Single(await app.ChatAsync("pbb", Cancel)), StringComparison.Ordinal);
        Assert.Contains("harus 18 digit", Assert.Single(await app.ChatAsync("123", Cancel)).Replace("*", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("sudah dibatalkan", Assert.Single(await app.ChatAsync("batal", Cancel)), StringComparison.Ordinal);
        Assert.Contains("Tidak ada permintaan", Assert.Single(await app.ChatAsync("batal", Cancel)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachSenderHasASessionOfTheirOwn()
    {
        await using var app = new SaviraApp();
        const string other = "whatsapp:+6289876543210";

        await app.ChatAsync("pbb", Cancel);

        Assert.Contains("Tidak ada permintaan", Assert.Single(await app.ChatAsync("batal", Cancel, other)), StringComparison.Ordinal);
        Assert.Contains("sudah dibatalkan", Assert.Single(await app.ChatAsync("batal", Cancel)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgottenSessionIsReadAgainFromTheDatabase()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("pbb", Cancel);

        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE sessions SET dialogue = NULL WHERE sender = @sender", new { sender = SaviraApp.Citizen });
        app.Services.GetRequiredService<SessionStore>().Forget(SaviraApp.Citizen);

        Assert.Contains("Tidak ada permintaan", Assert.Single(await app.ChatAsync("batal", Cancel)), StringComparison.Ordinal);
    }
}
