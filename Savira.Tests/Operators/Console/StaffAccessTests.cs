using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>
/// Every console page and admin endpoint, found from the host's endpoints, called by every role: each lets in exactly
/// the roles its area is for. The table here is written apart from the host's own rules on purpose; a new endpoint
/// without a line here fails the test until someone decides who may use it.
/// </summary>
public sealed partial class StaffAccessTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string A = StaffRole.Admin, E = StaffRole.Editor, O = StaffRole.Officer, P = StaffRole.Puskesmas, D = StaffRole.Opd, U = StaffRole.Auditor;
    static readonly string[] Everyone = [A, E, O, P, D, U];

    static readonly (string Prefix, string[] Readers, string[] Writers)[] Expected =
    [
        ("/admin/api/status", Everyone, Everyone),
        ("/admin/api/faq", [A, E, U], [A, E]),
        ("/admin/api/faq/1/publish", [A, E, U], [A]), // an editor drafts; publishing is for admins and Savira:Knowledge:EditorsWhoPublish
        ("/admin/api/faq/1/rollback", [A, E, U], [A]),
        ("/admin/api/faq/1/deactivate", [A, E, U], [A]),
        ("/admin/api/faq/export.csv", [A, E, U], [A, E]), // an auditor may export
        ("/admin/api/faq/import", [A, E, U], [A, E]),
        ("/admin/api/training", [A, E, U], [A, E]),
        ("/admin/api/pdam", [A, E, U], [A, E]),
        ("/admin/api/reports", [A, D, U], [A, D]),
        ("/admin/api/handoffs", [A, O, U], [A, O]),
        ("/admin/api/puskesmas/", [A, P, U], [A, P]),
        ("/admin/api/retention", [A, U], [A]),
        ("/admin/api/suites", [A, E, U], [A, E]),
        ("/admin/api/menu", [A, E, U], [A]),
        ("/console/pengguna", [A, U], [A]),
        ("/console/kotak-masuk", [A, O, U], [A, O]),
        ("/console/audit", [A, U], []),
        ("/console/dasbor", [A, E, O, U], []),
        ("/console/menu", [A, E, U], [A]),
        ("/console/laporan", [A, E, U], []),
        ("/console/pengetahuan", [A, E, U], [A, E]),
        ("/console/pengetahuan/impor", [A, E, U], [A, E]),
        ("/console/belum-terjawab", [A, E, U], [A, E]),
        ("/console/pelatihan", [A, E, U], [A, E]),
        ("/console/puskesmas/", [A, P, U], [A, P]),
        ("/console/puskesmas", [A, P, U], []),
        ("/console/pengaduan", [A, D, U], [A, D]), // an opd account: its agency's reports only
        ("/console/hari-libur", [A, D, U], [A]),
        ("/console/simulator", [A, E, U], [A, E, U]), // a copy of the database: auditors may try it
        ("/console/suite-uji", [A, E, U], [A, E]),
        ("/console", Everyone, Everyone),
    ];

    static readonly Dictionary<string, string> RouteValues = new()
    {
        ["code"] = "poncol",
        ["id"] = "1",
        ["ticket"] = "INF-2026-000001", // a DPU report: the opd test account is DPU's
        ["clinic"] = "umum",
    };

    static (string[] Readers, string[] Writers)? ExpectationFor(string route) =>
        Expected.Where(line => route.StartsWith(line.Prefix, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(line => line.Prefix.Length)
            .Select(line => ((string[] Readers, string[] Writers)?)(line.Readers, line.Writers))
            .FirstOrDefault();

    static List<(string Method, string Route)> StaffEndpoints(SaviraApp app, string start) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (Methods: endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"], Route: "/" + endpoint.RoutePattern.RawText!.TrimStart('/')))
            .Where(endpoint => endpoint.Route.StartsWith(start, StringComparison.Ordinal))
            .SelectMany(endpoint => endpoint.Methods.Select(method => (method, Fill(endpoint.Route))))
            .Distinct()];

    static string Fill(string route) => RouteParameter().Replace(route, match => RouteValues.TryGetValue(match.Groups[1].Value, out var value)
        ? value
        : throw new InvalidOperationException($"no test value for route parameter {match.Value} in {route}"));

    [Fact]
    public async Task EveryAdminEndpointLetsInExactlyTheRolesOfItsArea()
    {
        await using var app = new SaviraApp();
        var tokens = new Dictionary<string, string>();
        foreach (var role in Everyone)
            tokens[role] = await app.IssueTokenAsync(await app.AddAccountAsync("uji-" + role, role, Cancel), Cancel);
        var endpoints = StaffEndpoints(app, "/admin/api");
        Assert.True(endpoints.Count >= 25, $"found only {endpoints.Count} admin endpoints");

        var wrong = new List<string>();
        foreach (var (method, route) in endpoints)
        {
            if (ExpectationFor(route) is not var (readers, writers))
            {
                wrong.Add($"{method} {route}: no line in Expected; decide who may use it");
                continue;
            }
            foreach (var role in Everyone)
            {
                var allowed = (method is "GET" or "HEAD" ? readers : writers).Contains(role);
                using var request = new HttpRequestMessage(new HttpMethod(method), route);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[role]);
                if (method is not ("GET" or "HEAD" or "DELETE"))
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await app.CreateClient().SendAsync(request, Cancel);
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                if (refused == allowed || response.StatusCode >= HttpStatusCode.InternalServerError)
                    wrong.Add($"{method} {route} as {role}: {(int)response.StatusCode}, expected {(allowed ? "allowed" : "403")}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task APuskesmasAccountReachesOnlyItsOwnPuskesmasEvenByChangingTheCode()
    {
        await using var app = new SaviraApp();
        var token = await app.IssueTokenAsync(await app.AddAccountAsync("staf-poncol", StaffRole.Puskesmas, Cancel, scope: "poncol"), Cancel);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var own = await client.GetAsync("/admin/api/puskesmas/poncol/queue", Cancel);
        using var other = await client.GetAsync("/admin/api/puskesmas/miroto/queue", Cancel);
        using var call = await client.PostAsync("/admin/api/puskesmas/miroto/clinics/umum/call-next", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, call.StatusCode);
    }

    [Fact]
    public async Task ADisabledAccountsTokenNoLongerWorks()
    {
        await using var app = new SaviraApp();
        var account = await app.AddAccountAsync("editor-lama", StaffRole.Editor, Cancel);
        var token = await app.IssueTokenAsync(account, Cancel);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", token);
        using var before = await client.GetAsync("/admin/api/faq", Cancel);

        await app.Services.GetRequiredService<StaffAccounts>().DisableAsync(account.Id, Cancel);
        using var after = await client.GetAsync("/admin/api/faq", Cancel);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task EveryConsolePageLetsInExactlyTheRolesItIsFor()
    {
        await using var app = new SaviraApp();
        var pages = StaffEndpoints(app, "/console").Where(page => page.Method == "GET" && !page.Route.StartsWith("/console/masuk", StringComparison.Ordinal)
            && page.Route is not ("/console/keluar" or "/console/ditolak")).ToList();
        Assert.Contains(pages, page => page.Route == "/console/pengguna");

        var wrong = new List<string>();
        foreach (var role in Everyone)
        {
            await app.AddAccountAsync("konsol-" + role, role, Cancel);
            var browser = app.BrowserClient();
            await browser.SignInAsync(app, "konsol-" + role, Cancel);
            foreach (var (_, route) in pages)
            {
                var allowed = ExpectationFor(route) is var (readers, _) && readers.Contains(role);
                using var response = await browser.GetAsync(route, Cancel);
                var denied = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/console/ditolak";
                if (allowed ? response.StatusCode != HttpStatusCode.OK : !denied)
                    wrong.Add($"{route} as {role}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task TheHomePageLinksEveryPageTheRoleMayOpenAndNoOther()
    {
        await using var app = new SaviraApp();
        var topPages = StaffEndpoints(app, "/console").Where(page => page.Method == "GET" && page.Route.Count(c => c == '/') == 2
            && !page.Route.Contains('{') && page.Route is not ("/console/masuk" or "/console/keluar" or "/console/ditolak" or "/console/hari-libur"))
            .Select(page => page.Route).ToHashSet();

        var wrong = new List<string>();
        foreach (var role in Everyone)
        {
            await app.AddAccountAsync("beranda-" + role, role, Cancel);
            var browser = app.BrowserClient();
            await browser.SignInAsync(app, "beranda-" + role, Cancel);
            var home = await browser.GetStringAsync("/console", Cancel);
            var main = home[home.IndexOf("<main", StringComparison.Ordinal)..];
            var linked = System.Text.RegularExpressions.Regex.Matches(main, "href=\"(/console/[^\"?#]+)\"").Select(match => match.Groups[1].Value).ToHashSet();
            var expected = topPages.Where(route => ExpectationFor(route) is var (readers, _) && readers.Contains(role)).ToHashSet();
            if (!linked.SetEquals(expected))
                wrong.Add($"{role}: linked [{string.Join(", ", linked.Order())}] but may open [{string.Join(", ", expected.Order())}]");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task WithoutSigningInTheConsoleSendsToTheSignInPageAndTheApiAnswers401()
    {
        await using var app = new SaviraApp();
        var client = app.BrowserClient();

        using var page = await client.GetAsync("/console/pengguna", Cancel);
        using var api = await client.GetAsync("/admin/api/faq", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/console/masuk?ReturnUrl=%2Fconsole%2Fpengguna", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OnlyTheSignInPagesAndTheWaitingRoomDisplayOpenWithoutSigningIn()
    {
        await using var app = new SaviraApp();
        var open = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null
                && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => !(route.StartsWith("/console/masuk", StringComparison.Ordinal) || route is "/console/keluar" or "/console/ditolak"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        using var display = await app.BrowserClient().GetAsync("/antrean/poncol", Cancel);

        Assert.Equal(["/antrean/{code}", "/lapor/{ticket}"], open);
        Assert.Equal(open, Savira.Bot.Operators.Access.StaffAccessRules.Anonymous);
        Assert.Equal(HttpStatusCode.OK, display.StatusCode);
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
