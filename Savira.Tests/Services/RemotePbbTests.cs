using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Savira.Core.Services.Pbb;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>PBB read from a remote endpoint: a fake tax office on 127.0.0.1 that can be healthy, slow, failing or garbled.</summary>
public sealed class RemotePbbTests
{
    const string Nop = "33.74.050.003.001-0042.0";
    const string NopDigits = "337405000300100420";

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static string TaxObjectJson(string nop = NopDigits, string? ownerNik = null) =>
        $$"""
        {
          "nop": "{{nop}}",
          "ownerName": "Wahyuningsih",
          "ownerNik": {{JsonSerializer.Serialize(ownerNik)}},
          "address": "Jl. Bulustalan III No. 5",
          "kelurahan": "Bulustalan",
          "kecamatan": "Semarang Selatan",
          "landArea": 84,
          "buildingArea": 60,
          "bills": [
            { "year": 2025, "amount": 350000, "dueDate": "2025-08-31", "paidOn": "2025-08-20" },
            { "year": 2026, "amount": 365000, "dueDate": "2026-08-31", "paidOn": null }
          ]
        }
        """;

    static SaviraApp RemoteApp(FakeCitySystem remote, int breakerMinimumCalls = 10, bool defaultTimes = false, string? maxBodyBytes = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Savira:Pbb:Source"] = "Remote",
            ["Savira:Pbb:Remote:BaseUrl"] = remote.BaseUrl.ToString(),
            ["Savira:Pbb:Remote:BreakerMinimumCalls"] = breakerMinimumCalls.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (maxBodyBytes is not null)
            settings["Savira:Pbb:Remote:MaxBodyBytes"] = maxBodyBytes;
        if (!defaultTimes) // short times keep the tests quick; the tests of the documented bound use the defaults (hedge 2 s, total 5 s)
        {
            settings["Savira:Pbb:Remote:HedgeAfterSeconds"] = "0.5";
            settings["Savira:Pbb:Remote:TotalTimeoutSeconds"] = "2";
        }
        return new SaviraApp(settings);
    }

    /// <summary>A citizen's message and how long the answer took, on a host already started.</summary>
    static async Task<(string Reply, TimeSpan Waited)> TimedAsync(SaviraApp app, string message)
    {
        var clock = Stopwatch.StartNew();
        var reply = await app.SayAsync(message, Cancel);
        return (reply, clock.Elapsed);
    }

    /// <summary>Room for a loaded machine on top of a bound; the bound itself is what the citizen is promised.</summary>
    static readonly TimeSpan Margin = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task ATaxObjectFromTheRemoteEndpointIsShownLikeALocalOne()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Json(TaxObjectJson());
        await using var app = RemoteApp(remote);

        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);

        Assert.Equal(["/pbb/objects/" + NopDigits], remote.Paths);
        Assert.Contains("Wajib pajak: W***h", reply, StringComparison.Ordinal);
        Assert.Contains("Kel. Bulustalan, Kec. Semarang Selatan", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Jl. Bulustalan", reply, StringComparison.Ordinal); // the street only after the owner's NIK digits
        Assert.DoesNotContain("alamat lengkap", reply, StringComparison.Ordinal); // no NIK sent: nothing to check against, no offer
        Assert.Contains("denda Rp10.950 (3 bulan × 1%)", reply, StringComparison.Ordinal);
        Assert.Contains("*Total yang harus dibayar: Rp375.950*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANikFromTheRemoteEndpointLetsTheOwnerSeeTheStreet()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Json(TaxObjectJson(ownerNik: "3374055506790021"));
        await using var app = RemoteApp(remote);

        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);
        var address = await app.SayAsync("0021", Cancel);

        Assert.DoesNotContain("Jl. Bulustalan", reply, StringComparison.Ordinal);
        Assert.EndsWith("Untuk melihat alamat lengkap, balas 4 digit terakhir NIK pemilik.", reply, StringComparison.Ordinal);
        Assert.Contains("Jl. Bulustalan III No. 5, Kel. Bulustalan, Kec. Semarang Selatan", address, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0021")]
    [InlineData("3374-0555-0679-0021")]
    public async Task ANikThatIsNotSixteenDigitsIsTakenAsNotOnFile(string ownerNik)
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Json(TaxObjectJson(ownerNik: ownerNik));
        await using var app = RemoteApp(remote);

        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);

        Assert.Contains("Kel. Bulustalan, Kec. Semarang Selatan", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("alamat lengkap", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A404FromTheRemoteEndpointIsAnUnknownNop()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Status(StatusCodes.Status404NotFound);
        await using var app = RemoteApp(remote);

        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);

        Assert.Contains("tidak terdaftar", reply, StringComparison.Ordinal);
        Assert.Equal(1, remote.Requests); // not a failure: no retry
    }

    [Fact]
    public async Task ASlowEndpointGivesTheCitizenABusyMessageAndIsLogged()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Slow(TimeSpan.FromSeconds(60));
        await using var app = RemoteApp(remote);
        var logs = LogCollector.AttachTo(app);

        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);

        Assert.Contains("sistem sedang sibuk", reply, StringComparison.Ordinal);
        Assert.Contains("coba lagi nanti", reply, StringComparison.Ordinal);
        Assert.Equal(2, remote.Requests); // no answer to the first in 0.5 s: a second went beside it; both were cut at the deadline
        Assert.Contains(logs.Entries, entry => entry.Category == typeof(RemotePbbRecords).FullName && entry.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task AnEndpointThatTakesThreeSecondsIsStillUsedWithTheDefaultTimes()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.SlowJson(TimeSpan.FromSeconds(3), TaxObjectJson());
        await using var app = RemoteApp(remote, breakerMinimumCalls: 2, defaultTimes: true);
        await app.SayAsync("halo", Cancel); // the host started

        var (first, waited) = await TimedAsync(app, "cek pbb " + Nop);
        var (second, _) = await TimedAsync(app, "cek pbb " + Nop);

        Assert.Contains("Wajib pajak: W***h", first, StringComparison.Ordinal);
        Assert.True(waited < TimeSpan.FromSeconds(5) + Margin, $"the citizen waited {waited}");
        // The request sent beside the slow one after 2 s was cancelled when the first answered: not a failure, so the
        // breaker (open at half of 2 calls failed) stays closed for the next citizen.
        Assert.Contains("Wajib pajak: W***h", second, StringComparison.Ordinal);
        Assert.Equal(4, remote.Requests);
    }

    [Fact]
    public async Task ABodyThatTricklesIsCutAtTheDocumentedBoundAndCountsAgainstTheBreaker()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Trickle(TimeSpan.FromMilliseconds(200));
        await using var app = RemoteApp(remote, breakerMinimumCalls: 2, defaultTimes: true);
        await app.SayAsync("halo", Cancel);

        var (first, waited) = await TimedAsync(app, "cek pbb " + Nop);
        var requestsWhenOpened = remote.Requests;
        var (second, waitedWhenOpen) = await TimedAsync(app, "cek pbb " + Nop);

        Assert.Contains("sistem sedang sibuk", first, StringComparison.Ordinal);
        Assert.True(waited < TimeSpan.FromSeconds(5) + Margin, $"the citizen waited {waited}");
        Assert.True(waited > TimeSpan.FromSeconds(4), $"the body was read for as long as allowed, not {waited}");
        Assert.Equal(2, requestsWhenOpened); // the second sent after 2 s; both cut just before 5 s, both failures
        Assert.Contains("sistem sedang sibuk", second, StringComparison.Ordinal);
        Assert.Equal(requestsWhenOpened, remote.Requests); // the breaker is open: the endpoint is left alone
        Assert.True(waitedWhenOpen < Margin, $"an open breaker answers at once, not after {waitedWhenOpen}");
    }

    [Fact]
    public async Task ABodyLargerThanAllowedIsAnOutage()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Json(TaxObjectJson().Replace("\"Wahyuningsih\"", JsonSerializer.Serialize(new string('W', 4_000)), StringComparison.Ordinal));
        await using var app = RemoteApp(remote, maxBodyBytes: "2048");

        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);

        Assert.Contains("sistem sedang sibuk", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingEndpointIsRetriedThenTheCitizenIsAskedToTryLater()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Status(StatusCodes.Status503ServiceUnavailable);
        await using var app = RemoteApp(remote);

        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);

        Assert.Contains("sistem sedang sibuk", reply, StringComparison.Ordinal);
        Assert.Equal(2, remote.Requests);
    }

    [Theory]
    [InlineData("<html>Gateway</html>")]
    [InlineData("""{"status": "ok"}""")]
    [InlineData("""{"nop": "337405000300100420", "ownerName": "X", "address": "Y", "landArea": 1, "buildingArea": 1, "bills": [{"year": 2026}]}""")]
    [InlineData("""{"nop": "337401000501203450", "ownerName": "X", "address": "Y", "landArea": 1, "buildingArea": 1, "bills": []}""")]
    public async Task GarbageFromTheEndpointIsTreatedAsAnOutage(string body)
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Json(body);
        await using var app = RemoteApp(remote);

        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);

        Assert.Contains("sistem sedang sibuk", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Informasi PBB", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterRepeatedFailuresTheCircuitOpensAndTheEndpointIsLeftAlone()
    {
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = FakeCitySystem.Status(StatusCodes.Status500InternalServerError);
        await using var app = RemoteApp(remote, breakerMinimumCalls: 2);

        await app.SayAsync("cek pbb " + Nop, Cancel); // two failed attempts open the circuit
        var callsWhenOpened = remote.Requests;
        remote.Respond = FakeCitySystem.Json(TaxObjectJson());
        var reply = await app.SayAsync("cek pbb " + Nop, Cancel);

        Assert.Equal(2, callsWhenOpened);
        Assert.Equal(callsWhenOpened, remote.Requests);
        Assert.Contains("sistem sedang sibuk", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Savira:Pbb:Remote:HedgeAfterSeconds", "5", "HedgeAfterSeconds must be less than")]
    [InlineData("Savira:Pbb:Remote:AttemptTimeoutSeconds", "2", "AttemptTimeoutSeconds is no longer read")]
    public void TimesThatCannotWorkAreAConfigurationError(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Savira:Pbb:Remote:TotalTimeoutSeconds"] = "5", [key] = value })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddPbb().BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PbbOptions>>().Value);

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoteWithoutABaseUrlIsAConfigurationError()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Savira:Pbb:Source"] = "Remote" })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddPbb().BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PbbOptions>>().Value);

        Assert.Contains("Savira:Pbb:Remote:BaseUrl", failure.Message, StringComparison.Ordinal);
    }
}
