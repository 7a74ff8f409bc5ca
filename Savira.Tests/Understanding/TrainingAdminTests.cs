using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Savira.Bot.Operators;
using Savira.Tests.Support;

namespace Savira.Tests.Understanding;

public sealed class TrainingAdminTests
{
    const string ApiKey = "operators-key-0123456789";
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static SaviraApp NewApp() => new(new Dictionary<string, string?> { ["Savira:Admin:ApiKey"] = ApiKey });

    static HttpClient Client(SaviraApp app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(Savira.Bot.Operators.Access.ApiTokenHandler.KeyHeader, ApiKey);
        return client;
    }

    [Fact]
    public async Task AnOperatorsExampleIsStoredAndLearnedAfterRetraining()
    {
        await using var app = NewApp();
        using var client = Client(app);

        using var added = await client.PostAsJsonAsync("/admin/api/training/examples", new { text = "wifi taman kota mati", intent = "infrastruktur" }, Cancel);
        using var retrained = await client.PostAsync("/admin/api/training/retrain", null, Cancel);
        var examples = await client.GetFromJsonAsync<JsonElement>("/admin/api/training/examples?intent=infrastruktur", Cancel);

        Assert.Equal(HttpStatusCode.Accepted, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retrained.StatusCode);
        Assert.Contains(examples.EnumerateArray(), example => example.GetProperty("text").GetString() == "wifi taman kota mati");
        var model = await retrained.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(model.GetProperty("examples").GetInt32() > 1000);
    }

    [Fact]
    public async Task AnUnknownIntentOrEmptyTextIsA400NamingTheField()
    {
        await using var app = NewApp();
        using var client = Client(app);

        using var response = await client.PostAsJsonAsync("/admin/api/training/examples", new { text = " ", intent = "parking" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty("intent", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(0, app.Count("training_examples WHERE source = 'operator'"));
    }

    [Fact]
    public async Task ALexiconEntryNeedsOneWordAndItsStandardForm()
    {
        await using var app = NewApp();
        using var client = Client(app);

        using var bad = await client.PostAsJsonAsync("/admin/api/training/lexicon", new { informal = "two words", formal = "x" }, Cancel);
        using var good = await client.PostAsJsonAsync("/admin/api/training/lexicon", new { informal = "pajeg", formal = "pajak" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, good.StatusCode);
        Assert.Equal(1, app.Count("lexicon_entries"));
    }

    [Fact]
    public async Task UnansweredMessagesAreListedForOperators()
    {
        await using var app = NewApp();
        await app.ChatAsync("mau pesan martabak manis dua", Cancel);
        using var client = Client(app);

        var unanswered = await client.GetFromJsonAsync<JsonElement>("/admin/api/training/unanswered", Cancel);

        var row = Assert.Single(unanswered.EnumerateArray());
        Assert.Equal("mau pesan martabak manis dua", row.GetProperty("body").GetString());
    }

    [Fact]
    public async Task TheTrainingApiNeedsTheOperatorsKey()
    {
        await using var app = NewApp();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/admin/api/training/retrain", null, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
