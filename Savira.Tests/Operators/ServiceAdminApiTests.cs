using System.Net;
using System.Text.Json;
using Savira.Tests.Support;

namespace Savira.Tests.Operators;

/// <summary>The operators' API for the knowledge base and reports: key checks, validation, and effect on the next message.</summary>
public sealed class ServiceAdminApiTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string NewEntry = """
        {
          "intent": "kependudukan",
          "question": "Apakah KTP-el bisa dicetak di Mal Pelayanan Publik?",
          "answer": "Bisa. Cetak KTP-el juga dilayani di *Mal Pelayanan Publik Kota Semarang*.",
          "examples": ["cetak ktp di mpp", "ktp di mal pelayanan publik"]
        }
        """;

    [Theory]
    [InlineData("GET", "/admin/api/faq")]
    [InlineData("POST", "/admin/api/faq")]
    [InlineData("PUT", "/admin/api/reports/INF-2026-000001/status")]
    [InlineData("GET", "/admin/api/handoffs")]
    [InlineData("POST", "/admin/api/handoffs/1/release")]
    public async Task EveryEndpointWantsTheOperatorsKey(string method, string path)
    {
        await using var app = ServiceChat.NewApp();

        using var withoutKey = await app.Admin(key: null).SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancel);
        using var wrongKey = await app.Admin(key: "wrong").SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
    }

    [Fact]
    public async Task ANewEntryIsAnsweredFromTheMessageAfterItIsPublishedAndADeactivatedOneNoLonger()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();

        var before = Assert.Single(await app.ChatAsync("bisa cetak ktp di mal pelayanan publik?", Cancel));
        using var created = await admin.PostAsync("/admin/api/faq", ServiceChat.Json(NewEntry), Cancel);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("id").GetInt64();
        var drafted = Assert.Single(await app.ChatAsync("bisa cetak ktp di mal pelayanan publik?", Cancel));
        using var published = await admin.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("{}"), Cancel);
        var after = Assert.Single(await app.ChatAsync("bisa cetak ktp di mal pelayanan publik?", Cancel));
        using var deactivated = await admin.PostAsync($"/admin/api/faq/{id}/deactivate", null, Cancel);
        var gone = Assert.Single(await app.ChatAsync("bisa cetak ktp di mal pelayanan publik?", Cancel));

        Assert.DoesNotContain("Mal Pelayanan Publik Kota Semarang", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/admin/api/faq/{id}", created.Headers.Location?.ToString());
        Assert.DoesNotContain("Mal Pelayanan Publik Kota Semarang", drafted, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains("Mal Pelayanan Publik Kota Semarang", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.DoesNotContain("Mal Pelayanan Publik Kota Semarang", gone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpdatedAnswerIsUsedFromTheMessageAfterItIsPublished()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();
        using var list = JsonDocument.Parse(await admin.GetStringAsync("/admin/api/faq?intent=npwp", Cancel));
        var efin = list.RootElement.EnumerateArray().Single(entry => entry.GetProperty("question").GetString()!.Contains("EFIN", StringComparison.Ordinal));

        using var updated = await admin.PutAsync($"/admin/api/faq/{efin.GetProperty("id").GetInt64()}", ServiceChat.Json("""
            {"intent":"npwp","question":"Bagaimana mendapatkan EFIN?","answer":"EFIN kini tidak diperlukan untuk login Coretax.","examples":["lupa efin"]}
            """), Cancel);
        var draft = Assert.Single(await app.ChatAsync("lupa efin", Cancel));
        using var published = await admin.PostAsync($"/admin/api/faq/{efin.GetProperty("id").GetInt64()}/publish", ServiceChat.Json("""{"note":"EFIN tidak dipakai lagi"}"""), Cancel);
        var reply = Assert.Single(await app.ChatAsync("lupa efin", Cancel));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.DoesNotContain("EFIN kini tidak diperlukan", draft, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains("EFIN kini tidak diperlukan", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFieldsAreNamedAndNothingIsWritten()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();
        var entries = app.Count("faq_entries");

        using var response = await admin.PostAsync("/admin/api/faq", ServiceChat.Json("""{"intent":"parkir","examples":[""]}"""), Cancel);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.TryGetProperty("intent", out _));
        Assert.True(problem.TryGetProperty("question", out _));
        Assert.True(problem.TryGetProperty("answer", out _));
        Assert.True(problem.TryGetProperty("examples[0]", out _));
        Assert.Equal(entries, app.Count("faq_entries"));
    }

    [Theory]
    [InlineData("{\"intent\": \"npwp\", ", "body")]
    [InlineData("""{"intent":"npwp","question":"q","answer":"a","examples":"cetak"}""", "examples")]
    [InlineData("""{"intent":"npwp","question":"q","answer":"a","qustion":"typo"}""", "qustion")]
    public async Task MalformedJsonIsA400NamingTheField(string body, string field)
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();
        var entries = app.Count("faq_entries");

        using var response = await admin.PostAsync("/admin/api/faq", ServiceChat.Json(body), Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal); // no stack trace
        Assert.Equal(entries, app.Count("faq_entries"));
    }

    [Fact]
    public async Task TextDaysAndFieldsThatCannotBeStoredAreEachA400NamingTheField()
    {
        (string Body, string Field)[] cases =
        [
            ("""{"intent":"npwp","question":"q","answer":"a","Answer":"case"}""", "Answer"),
            ("""{"intent":"npwp","intent":"pbb","question":"q","answer":"a"}""", "intent"),
            ("""{"intent":"npwp","question":"q\ufffe","answer":"a"}""", "question"),
            ("""{"intent":"npwp","question":"q","answer":"a\u0000"}""", "answer"),
            ("""{"intent":"npwp","question":"q","answer":"a","examples":["ok","\ud800"]}""", "examples[1]"),
            ("""{"intent":"npwp","question":"q","answer":"a","active":"yes"}""", "active"),
            ("""{"intent":"npwp","question":"q","answer":"a","checkedOn":"0001-01-01"}""", "checkedOn"),
            ("""{"intent":"npwp","question":"q","answer":"a","checkedOn":"2026-12-01"}""", "checkedOn"), // after today
        ];
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();
        var rows = app.RowCounts();

        foreach (var (body, field) in cases)
        {
            using var response = await admin.PostAsync("/admin/api/faq", ServiceChat.Json(body), Cancel);
            var text = await response.Content.ReadAsStringAsync(Cancel);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        }
        Assert.Equal(rows, app.RowCounts());
    }

    [Fact]
    public async Task AnUnknownEntryIsA404()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();

        using var update = await admin.PutAsync("/admin/api/faq/9999", ServiceChat.Json("""{"intent":"npwp","question":"q","answer":"a"}"""), Cancel);
        using var deactivate = await admin.PostAsync("/admin/api/faq/9999/deactivate", null, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
    }

    [Fact]
    public async Task AReportStatusMustBeKnownAndTheTicketMustExist()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();

        using var badStatus = await admin.PutAsync("/admin/api/reports/INF-2026-000001/status", ServiceChat.Json("""{"status":"beres"}"""), Cancel);
        using var noStatus = await admin.PutAsync("/admin/api/reports/INF-2026-000001/status", ServiceChat.Json("""{"note":"x"}"""), Cancel);
        using var unknown = await admin.PutAsync("/admin/api/reports/INF-2026-000999/status", ServiceChat.Json("""{"status":"selesai"}"""), Cancel);
        using var report = JsonDocument.Parse(await admin.GetStringAsync("/admin/api/reports/INF-2026-000001", Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("\"status\"", await badStatus.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noStatus.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("diproses", report.RootElement.GetProperty("status").GetString()); // seeded as dikerjakan, migrated by 0170
        Assert.Equal(0, app.Count("citizen_notices"));
    }
}
