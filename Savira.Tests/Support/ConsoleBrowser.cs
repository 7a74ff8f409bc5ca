using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Savira.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: the executable is given). CI installs it
/// (`apt-get install chromium`); elsewhere set SAVIRA_CHROMIUM to a Chromium or Chrome binary.
/// </summary>
public sealed class ConsoleBrowser : IAsyncDisposable
{
    readonly IPlaywright playwright;

    ConsoleBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("SAVIRA_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static async Task<ConsoleBrowser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: run `apt-get install chromium` (as .ci/run does) or set SAVIRA_CHROMIUM.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"], // CI runs as root in a container
        });
        return new ConsoleBrowser(playwright, browser);
    }

    /// <summary>A fresh browser profile (no cookies) at a phone's or an office PC's width.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1280)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 800 }, Locale = "id-ID" });
        page.SetDefaultTimeout(90_000); // the 2-core CI machine runs the rest of the suite at the same time
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}

public static class ConsolePageExtensions
{
    /// <summary>axe-core finds no violations on the page as it stands.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await Deque.AxeCore.Playwright.PageExtensions.RunAxe(page);
        Assert.True(result.Violations.Length == 0,
            $"{page.Url}: " + string.Join("; ", result.Violations.Select(violation => $"{violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(node => node.Html))})")));
    }

    /// <summary>Nothing sticks out sideways at the screen's width (a phone needs no horizontal scrolling).</summary>
    public static async Task AssertFitsAsync(this IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth} px wide at a {width} px screen");
    }

    /// <summary>
    /// Waits for the page to reach <paramref name="url"/> (a glob: "**/console", "**pesan=terbit",
    /// "**/console/simulator?percakapan=*") and its document to be read; a timeout says where the page is and what it
    /// shows. The page's URL is polled rather than waited for with WaitForURL: on a loaded CI machine WaitForURL twice
    /// ran out its 90 s with the page already at the URL it waited for (its own error said so), and every later
    /// locator waits for what it needs anyway.
    /// </summary>
    public static async Task ArriveAsync(this IPage page, string url)
    {
        var pattern = new Regex("^" + Regex.Escape(url).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant);
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (!pattern.IsMatch(page.Url))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"did not reach {url}: at {page.Url}, the page says: {await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 })}");
            await Task.Delay(100);
        }
        // document.readyState is polled too: WaitForLoadStateAsync once ran out its 90 s in CI on a page already at the URL.
        while (!await IsReadAsync(page))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"reached {url} but its document was not read in {ArrivalTimeout.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    static async Task<bool> IsReadAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("() => document.readyState") is "interactive" or "complete";
        }
        catch (PlaywrightException) // the page was between documents (a redirect still going on): ask again
        {
            return false;
        }
    }

    static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Signs in as a new account does: password, then the authenticator set up from the secret on the page.</summary>
    public static async Task SignInAsync(this IPage page, SaviraApp app, string name)
    {
        await page.GotoAsync("/console/masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(name);
        await page.GetByLabel("Kata sandi").FillAsync(Staff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.ArriveAsync("**/console/masuk/siapkan");
        var secret = (await page.Locator("code.secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("Kode verifikasi").FillAsync(Staff.Code(app, secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aktifkan dan masuk" }).ClickAsync();
        await page.ArriveAsync("**/console");
        app.Clock.Advance(TimeSpan.FromSeconds(30)); // the next sign-in needs a code of a later step
    }
}
