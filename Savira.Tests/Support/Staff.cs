using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Savira.Bot.Operators.Accounts;

namespace Savira.Tests.Support;

/// <summary>Staff accounts for tests, and signing in to the console over HTTP as a browser would (forms, antiforgery, cookies).</summary>
public static partial class Staff
{
    public const string Password = "kata-sandi-uji-2026";

    /// <summary>The scope a role's test account is bound to.</summary>
    public static string? ScopeFor(string role) => role switch
    {
        StaffRole.Puskesmas => "poncol",
        StaffRole.Opd => "dpu",
        _ => null,
    };

    public static async Task<StaffAccount> AddAccountAsync(this SaviraApp app, string name, string role, CancellationToken cancellationToken, string? scope = null) =>
        await app.Services.GetRequiredService<StaffAccounts>().AddAsync(name, Password, role, scope ?? ScopeFor(role), cancellationToken);

    public static async Task<string> IssueTokenAsync(this SaviraApp app, StaffAccount account, CancellationToken cancellationToken) =>
        await app.Services.GetRequiredService<ApiTokens>().IssueAsync(account.Id, cancellationToken);

    /// <summary>A new account of <paramref name="role"/>, signed in to the console in a browser-like client.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this SaviraApp app, string name, string role, CancellationToken cancellationToken)
    {
        await app.AddAccountAsync(name, role, cancellationToken);
        var client = app.BrowserClient();
        await client.SignInAsync(app, name, cancellationToken);
        return client;
    }

    /// <summary>A client of the JSON API signed in as a new account of <paramref name="role"/> (a bearer token).</summary>
    public static async Task<HttpClient> ApiClientAsync(this SaviraApp app, string name, string role, CancellationToken cancellationToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
            await app.IssueTokenAsync(await app.AddAccountAsync(name, role, cancellationToken), cancellationToken));
        return client;
    }

    public static HttpClient BrowserClient(this SaviraApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The code an authenticator app shows for <paramref name="secret"/> at the host's (fake) time, <paramref name="stepsLater"/> steps on.</summary>
    public static string Code(SaviraApp app, string secret, int stepsLater = 0) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(app.Clock.GetUtcNow().UtcDateTime.AddSeconds(30 * stepsLater));

    public static string AntiforgeryToken(string html) => TokenField().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("no antiforgery token in the page");

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, string pageWithForm, IDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(pageWithForm) };
        return await client.PostAsync(path, new FormUrlEncodedContent(form), cancellationToken);
    }

    /// <summary>Signs in with name, password and (set up on the way if needed) an authenticator; returns the secret.</summary>
    public static async Task<string> SignInAsync(this HttpClient client, SaviraApp app, string name, CancellationToken cancellationToken, string? secret = null)
    {
        var page = await client.GetStringAsync("/console/masuk", cancellationToken);
        using var signIn = await client.PostFormAsync("/console/masuk", page, new Dictionary<string, string> { ["name"] = name, ["password"] = Password }, cancellationToken);
        var next = signIn.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"sign-in of {name} answered {(int)signIn.StatusCode}");
        var codePage = await client.GetStringAsync(next, cancellationToken);
        secret ??= SecretField().Match(codePage).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        using var code = await client.PostFormAsync(next, codePage, new Dictionary<string, string> { ["code"] = Code(app, secret) }, cancellationToken);
        if (code.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"the code for {name} answered {(int)code.StatusCode}");
        app.Clock.Advance(TimeSpan.FromSeconds(30)); // the next sign-in needs a code of a later step
        return secret;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<code class=\"secret\">([^<]+)</code>")]
    private static partial Regex SecretField();
}
