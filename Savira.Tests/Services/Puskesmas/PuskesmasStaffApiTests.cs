using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Savira.Tests.Support;
using static Savira.Tests.Services.Puskesmas.PuskesmasKit;

namespace Savira.Tests.Services.Puskesmas;

public sealed class PuskesmasStaffApiTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithoutAKeyTheAnswerIs401AndWithAnotherPuskesmasKeyItIs403()
    {
        await using var app = new SaviraApp(Settings());

        using var none = await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/call-next", key: null);
        using var other = await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/call-next", key: KedungmunduKey);
        using var unkeyed = await app.StaffAsync(HttpMethod.Get, "/admin/api/puskesmas/bugangan/queue", key: HalmaheraKey);
        using var own = await app.StaffAsync(HttpMethod.Get, "/admin/api/puskesmas/kedungmundu/queue", key: KedungmunduKey);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unkeyed.StatusCode); // a puskesmas without a configured key has no staff API
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task TheDaysQueueListsTicketsWithMaskedPhonesAndStatuses()
    {
        await using var app = new SaviraApp(Settings());
        for (var i = 1; i <= 3; i++)
            await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(i));
        (await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/call-next")).EnsureSuccessStatusCode();
        using var skip = await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/skip", json: new { number = 2 });
        Assert.Equal(HttpStatusCode.OK, skip.StatusCode);

        using var response = await app.StaffAsync(HttpMethod.Get, "/admin/api/puskesmas/halmahera/queue?clinic=umum");
        var listing = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var umum = listing.GetProperty("clinics")[0];

        Assert.Equal("2026-11-30", listing.GetProperty("date").GetString());
        Assert.Equal(1, umum.GetProperty("serving").GetInt64());
        Assert.Equal(1, umum.GetProperty("waiting").GetInt32());
        var tickets = umum.GetProperty("tickets").EnumerateArray().ToList();
        Assert.Equal(["called", "skipped", "waiting"], tickets.Select(t => t.GetProperty("status").GetString()));
        Assert.DoesNotContain("0000001", tickets[0].GetProperty("citizen").GetString(), StringComparison.Ordinal);
        Assert.Contains('*', tickets[0].GetProperty("citizen").GetString()!);
    }

    [Theory]
    [InlineData("{\"number\": \"dua\"}", "number")]
    [InlineData("{\"nomor\": 2}", "nomor")]
    [InlineData("{\"number\": 0}", "number")]
    [InlineData("not json", "body")]
    public async Task BadSkipBodiesAre400NamingTheField(string body, string named)
    {
        await using var app = new SaviraApp(Settings());
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/skip")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", HalmaheraKey);

        using var response = await app.CreateClient().SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty(named, out _), problem.ToString());
    }

    [Fact]
    public async Task BadQueryValuesAndUnknownClinicsAreRefused()
    {
        await using var app = new SaviraApp(Settings());

        using var badDate = await app.StaffAsync(HttpMethod.Get, "/admin/api/puskesmas/halmahera/queue?date=30-11-2026");
        using var badClinic = await app.StaffAsync(HttpMethod.Get, "/admin/api/puskesmas/halmahera/queue?clinic=jantung");
        using var unknownClinic = await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/jantung/call-next");
        using var nobody = await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/call-next");

        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("date", await badDate.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badClinic.StatusCode);
        Assert.Contains("clinic", await badClinic.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownClinic.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, nobody.StatusCode);
    }
}
