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

    static SaviraApp RemoteApp(FakeCitySystem remote, int breakerMinimumCalls = 10) => new(new Dictionary<string, string?>
    {
        ["Savira:Pbb:Source"] = "Remote",
        ["Savira:Pbb:Remote:BaseUrl"] = remote.BaseUrl.ToString(),
        ["Savira:Pbb:Remote:AttemptTimeoutSeconds"] = "0.5",
        ["Savira:Pbb:Remote:TotalTimeoutSeconds"] = "2",
        ["Savira:Pbb:Remote:Retries"] = "1",
        ["Savira:Pbb:Remote:BreakerMinimumCalls"] = breakerMinimumCalls.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

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
        Assert.Equal(2, remote.Requests); // the first attempt timed out and was retried once
        Assert.Contains(logs.Entries, entry => entry.Category == typeof(RemotePbbRecords).FullName && entry.Level == LogLevel.Warning);
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
