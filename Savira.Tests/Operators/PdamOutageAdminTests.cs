using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Savira.Tests.Support;

namespace Savira.Tests.Operators;

public sealed class PdamOutageAdminTests
{
    const string ApiKey = "operators-key-for-tests";
    const string Outages = "/admin/api/pdam/outages";

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static SaviraApp NewApp() => new(new Dictionary<string, string?> { ["Savira:Admin:ApiKey"] = ApiKey });

    static HttpClient Operator(SaviraApp app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel));

    [Fact]
    public async Task WithoutAKeyTheApiAnswers401AndWithAWrongOne403()
    {
        await using var app = NewApp();
        var anonymous = app.CreateClient();
        var wrong = app.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");

        using var noKey = await anonymous.PostAsync(Outages, Body("""{"kecamatan":"Tugu","description":"x"}"""), Cancel);
        using var wrongKey = await wrong.GetAsync(Outages, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.Equal(1, app.Count("pdam_outages")); // only the seeded one
    }

    [Fact]
    public async Task ACreatedOutageIsToldToTheNextCitizenWhoAsks()
    {
        await using var app = NewApp();
        var before = await app.SayAsync("air mati di tlogosari kulon", Cancel);

        using var created = await Operator(app).PostAsync(Outages, Body(
            """
            {"kecamatan": "pedurungan", "kelurahan": "Tlogosari Kulon", "description": "Gangguan pompa di IPA Kudu",
             "startsAt": "2026-11-30T06:00:00+07:00", "expectedEndAt": "2026-11-30T20:00:00"}
            """), Cancel);
        await app.SayAsync("batal", Cancel);
        var after = await app.SayAsync("air mati di tlogosari kulon", Cancel);

        Assert.Contains("belum ada info gangguan", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var outage = await JsonOf(created);
        Assert.Equal("Pedurungan", outage.GetProperty("kecamatan").GetString());
        Assert.Equal("2026-11-30T20:00:00+07:00", outage.GetProperty("expectedEndAt").GetString());
        Assert.EndsWith("/" + outage.GetProperty("id").GetInt64(), created.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Gangguan pompa di IPA Kudu", after, StringComparison.Ordinal);
        Assert.Contains("Sejak: Senin, 30 November 2026 pukul 06.00 WIB", after, StringComparison.Ordinal);
        Assert.Contains("*Senin, 30 November 2026 pukul 20.00 WIB*", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadJsonIsRefusedWith400AndNothingIsWritten()
    {
        await using var app = NewApp();

        using var response = await Operator(app).PostAsync(Outages, Body("""{"kecamatan": "Tugu", """), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonOf(response)).GetProperty("errors").TryGetProperty("body", out _));
        Assert.Equal(1, app.Count("pdam_outages"));
    }

    [Fact]
    public async Task MissingAndWrongFieldsAreEachNamedIn400()
    {
        await using var app = NewApp();
        var client = Operator(app);

        using var missing = await client.PostAsync(Outages, Body("""{"kelurahan": "Jerakah", "expectedEndAt": "besok"}"""), Cancel);
        using var unknownPlace = await client.PostAsync(Outages, Body("""{"kecamatan": "Tugu", "kelurahan": "Meteseh", "description": "x"}"""), Cancel);
        using var wrongType = await client.PostAsync(Outages, Body("""{"kecamatan": 150, "description": "x"}"""), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await JsonOf(missing)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kecamatan", out _));
        Assert.True(errors.TryGetProperty("description", out _));
        Assert.True(errors.TryGetProperty("expectedEndAt", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknownPlace.StatusCode);
        Assert.True((await JsonOf(unknownPlace)).GetProperty("errors").TryGetProperty("kelurahan", out _));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.True((await JsonOf(wrongType)).GetProperty("errors").TryGetProperty("kecamatan", out _));
        Assert.Equal(1, app.Count("pdam_outages"));
    }

    [Fact]
    public async Task EdgeDatesBadTextAndUnknownFieldsAreA400NamingTheFieldAndNothingIsWritten()
    {
        (string Body, string Field)[] cases =
        [
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "startsAt": "0001-01-01"}""", "startsAt"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "startsAt": "0001-01-01T00:00:00+14:00"}""", "startsAt"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "startsAt": "1899-12-31T23:59:59+07:00"}""", "startsAt"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "expectedEndAt": "9999-12-31T23:59:59Z"}""", "expectedEndAt"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "expectedEndAt": "9999-12-31T23:59:59"}""", "expectedEndAt"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "expectedEndAt": "2026-12-01T08:00:00+14:30"}""", "expectedEndAt"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "startsAt": "1/12/2026"}""", "startsAt"),
            ("""{"kecamatan": "Tugu", "description": "Pipa \ud800bocor"}""", "description"),
            ("""{"kecamatan": "Tugu", "kelurahan": "Jerakah\udfff", "description": "Pipa bocor"}""", "kelurahan"),
            ("""{"kecamatan": "\uffffTugu", "description": "Pipa bocor"}""", "kecamatan"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "severity": "high"}""", "severity"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "Description": "Pipa bocor"}""", "Description"),
            ("""{"kecamatan": "Tugu", "description": "Pipa bocor", "kecamatan": "Tembalang"}""", "kecamatan"),
        ];
        await using var app = NewApp();
        var client = Operator(app);
        var id = (await client.GetFromJsonAsync<JsonElement>(Outages, Cancel))[0].GetProperty("id").GetInt64();
        var rows = app.RowCounts();

        foreach (var (body, field) in cases)
        {
            using var created = await client.PostAsync(Outages, Body(body), Cancel);
            using var updated = await client.PutAsync($"{Outages}/{id}", Body(body), Cancel);

            foreach (var response in new[] { created, updated })
            {
                var text = await response.Content.ReadAsStringAsync(Cancel);
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
            }
        }
        var stored = await client.GetFromJsonAsync<JsonElement>($"{Outages}/{id}", Cancel);
        Assert.Equal(rows, app.RowCounts());
        Assert.Equal("Meteseh", stored.GetProperty("kelurahan").GetString());
    }

    [Fact]
    public async Task ABodyThatIsNotJsonInUtf8IsA415AndNothingIsWritten()
    {
        await using var app = NewApp();
        var client = Operator(app);

        foreach (var contentType in new[] { "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", null })
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"kecamatan": "Tugu", "description": "Pipa bocor"}"""));
            if (contentType is not null)
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);

            using var response = await client.PostAsync(Outages, content, Cancel);

            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(1, app.Count("pdam_outages"));
    }

    [Fact]
    public async Task AnUpdateChangesWhatCitizensAreToldAndAnUnknownIdIs404()
    {
        await using var app = NewApp();
        var client = Operator(app);
        using var created = await client.PostAsync(Outages, Body("""{"kecamatan": "Tugu", "description": "Pipa bocor"}"""), Cancel);
        var id = (await JsonOf(created)).GetProperty("id").GetInt64();

        using var updated = await client.PutAsync($"{Outages}/{id}", Body(
            """{"kecamatan": "Tugu", "kelurahan": "Jerakah", "description": "Penggantian pipa di Jl. Jerakah", "expectedEndAt": "2026-12-01T12:00:00+07:00"}"""), Cancel);
        using var missing = await client.PutAsync($"{Outages}/9999", Body("""{"kecamatan": "Tugu", "description": "x"}"""), Cancel);
        var told = await app.SayAsync("air mati jerakah", Cancel);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Jerakah", (await JsonOf(updated)).GetProperty("kelurahan").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Penggantian pipa di Jl. Jerakah", told, StringComparison.Ordinal);
        Assert.Contains("Selasa, 1 Desember 2026 pukul 12.00 WIB", told, StringComparison.Ordinal);
        Assert.DoesNotContain("Pipa bocor", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEndedOutageIsNoLongerToldAndLeavesTheDefaultList()
    {
        await using var app = NewApp();
        var client = Operator(app);
        var seeded = (await client.GetFromJsonAsync<JsonElement>(Outages, Cancel))[0];
        var id = seeded.GetProperty("id").GetInt64();

        using var ended = await client.PostAsync($"{Outages}/{id}/end", null, Cancel);
        var told = await app.SayAsync("air mati meteseh", Cancel);
        var open = await client.GetFromJsonAsync<JsonElement>(Outages, Cancel);
        var all = await client.GetFromJsonAsync<JsonElement>(Outages + "?all=true", Cancel);

        Assert.Equal("Meteseh", seeded.GetProperty("kelurahan").GetString());
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.False((await JsonOf(ended)).GetProperty("active").GetBoolean());
        Assert.Contains("belum ada info gangguan", told, StringComparison.Ordinal);
        Assert.Equal(0, open.GetArrayLength());
        Assert.Equal(1, all.GetArrayLength());
    }

    [Fact]
    public async Task OperatorsSeeTheReportsCitizensFiled()
    {
        await using var app = NewApp();
        await app.SayAsync("air mati di bongsari", Cancel);
        await app.SayAsync("ya", Cancel);

        var reports = await Operator(app).GetFromJsonAsync<JsonElement>("/admin/api/pdam/outage-reports", Cancel);

        var report = Assert.Single(reports.EnumerateArray());
        Assert.Equal("Bongsari", report.GetProperty("kelurahan").GetString());
        Assert.Equal("Semarang Barat", report.GetProperty("kecamatan").GetString());
        Assert.Equal(SaviraApp.Citizen, report.GetProperty("sender").GetString());
    }
}
