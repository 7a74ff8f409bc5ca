using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>Signing in to the console as a browser does, and what it refuses.</summary>
public sealed class SignInTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static async Task<(HttpResponseMessage Response, string Body)> TryPasswordAsync(HttpClient client, string name, string password)
    {
        var page = await client.GetStringAsync("/console/masuk", Cancel);
        var response = await client.PostFormAsync("/console/masuk", page, new Dictionary<string, string> { ["name"] = name, ["password"] = password }, Cancel);
        return (response, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownNameGetTheSameAnswerAndNoSession()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("editor1", StaffRole.Editor, Cancel);
        var client = app.BrowserClient();

        var (wrongPassword, wrongPasswordBody) = await TryPasswordAsync(client, "editor1", "bukan-sandinya-123");
        var (unknown, unknownBody) = await TryPasswordAsync(client, "tidak-ada", "bukan-sandinya-123");
        using var home = await client.GetAsync("/console", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah.", wrongPasswordBody, StringComparison.Ordinal);
        Assert.Contains("Nama pengguna atau kata sandi salah.", unknownBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountForAQuarterOfAnHourEvenAgainstTheRightOne()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("petugas1", StaffRole.Officer, Cancel);
        var client = app.BrowserClient();
        for (var i = 0; i < StaffAccounts.MaxFailedSignIns; i++)
            (await TryPasswordAsync(client, "petugas1", "salah-salah-" + i)).Response.Dispose();

        var (locked, lockedBody) = await TryPasswordAsync(client, "petugas1", Staff.Password);
        app.Clock.Advance(StaffAccounts.LockoutDuration + TimeSpan.FromSeconds(1));
        var (later, _) = await TryPasswordAsync(client, "petugas1", Staff.Password);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("Akun dikunci sementara", lockedBody, StringComparison.Ordinal);
        Assert.Contains("08.15 WIB", lockedBody, StringComparison.Ordinal); // locked at 08:00 WIB for 15 minutes
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal("/console/masuk/siapkan", later.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnAuthenticatorCodeWorksOnlyOnce()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("auditor1", StaffRole.Auditor, Cancel);
        var secret = await app.BrowserClient().SignInAsync(app, "auditor1", Cancel);
        var client = app.BrowserClient();

        var (password, _) = await TryPasswordAsync(client, "auditor1", Staff.Password);
        var codePage = await client.GetStringAsync(password.Headers.Location!.OriginalString, Cancel);
        using var replayed = await client.PostFormAsync("/console/masuk/kode", codePage, new Dictionary<string, string> { ["code"] = Staff.Code(app, secret, stepsLater: -1) }, Cancel); // the step used, still inside the window
        using var next = await client.PostFormAsync("/console/masuk/kode", codePage, new Dictionary<string, string> { ["code"] = Staff.Code(app, secret) }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("sudah dipakai", await replayed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task ANewPasswordOrRoleEndsTheSessionsAlreadySignedIn()
    {
        await using var app = new SaviraApp();
        var account = await app.AddAccountAsync("editor2", StaffRole.Editor, Cancel);
        var accounts = app.Services.GetRequiredService<StaffAccounts>();
        var first = app.BrowserClient();
        var secret = await first.SignInAsync(app, "editor2", Cancel);
        using var before = await first.GetAsync("/console", Cancel);

        await accounts.SetPasswordAsync(account.Id, "sandi-baru-editor-2", Cancel);
        using var afterPassword = await first.GetAsync("/console", Cancel);

        var second = app.BrowserClient();
        var page = await second.GetStringAsync("/console/masuk", Cancel);
        (await second.PostFormAsync("/console/masuk", page, new Dictionary<string, string> { ["name"] = "editor2", ["password"] = "sandi-baru-editor-2" }, Cancel)).Dispose();
        var codePage = await second.GetStringAsync("/console/masuk/kode", Cancel);
        (await second.PostFormAsync("/console/masuk/kode", codePage, new Dictionary<string, string> { ["code"] = Staff.Code(app, secret) }, Cancel)).Dispose();
        using var signedInAgain = await second.GetAsync("/console", Cancel);
        await accounts.SetRoleAsync(account.Id, StaffRole.Auditor, null, Cancel);
        using var afterRole = await second.GetAsync("/console", Cancel);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedInAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterRole.StatusCode);
        var told = await second.GetStringAsync(afterRole.Headers.Location!, Cancel);
        Assert.Contains("sesi Anda telah berakhir", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryTokenIsRefusedAndChangesNothing()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("admin1", StaffRole.Admin, Cancel);
        var client = app.BrowserClient();
        await client.SignInAsync(app, "admin1", Cancel);
        var before = app.Count("staff_accounts");

        using var forged = await client.PostAsync("/console/pengguna?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "penyusup", ["role"] = StaffRole.Admin, ["password"] = "sandi-penyusup-1",
        }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(Savira.Bot.Operators.Console.StaleFormAnswer.Text, await forged.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(before, app.Count("staff_accounts"));
    }

    [Fact]
    public async Task ASignInLinkCannotSendTheUserOutsideTheConsole()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("opd1", StaffRole.Opd, Cancel);
        var client = app.BrowserClient();
        var page = await client.GetStringAsync("/console/masuk?returnUrl=https://contoh.invalid/curi", Cancel);

        using var response = await client.PostFormAsync("/console/masuk", page, new Dictionary<string, string>
        {
            ["name"] = "opd1", ["password"] = Staff.Password, ["returnUrl"] = "//contoh.invalid/curi",
        }, Cancel);
        var codePage = await client.GetStringAsync(response.Headers.Location!.OriginalString, Cancel);
        var secret = System.Text.RegularExpressions.Regex.Match(codePage, "<code class=\"secret\">([^<]+)</code>").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        using var done = await client.PostFormAsync("/console/masuk/siapkan", codePage, new Dictionary<string, string> { ["code"] = Staff.Code(app, secret) }, Cancel);

        Assert.Equal("/console", done.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EveryConsolePageIsSmall()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("admin2", StaffRole.Admin, Cancel);
        var client = app.BrowserClient();
        var signIn = await client.GetStringAsync("/console/masuk", Cancel);
        await client.SignInAsync(app, "admin2", Cancel);

        foreach (var page in new[] { signIn, await client.GetStringAsync("/console", Cancel), await client.GetStringAsync("/console/pengguna", Cancel) })
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(page) < 100_000, $"a page of {page.Length} characters");
    }
}
