using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;
using Savira.Tests.Support;

namespace Savira.Tests.Operators;

/// <summary>
/// The unanswered inbox through the real host: citizens' messages arrive over the signed webhook, fall back, and
/// show up grouped by question (spelling variants together) with personal data masked; staff ignore a group, make
/// a knowledge entry of it, or teach the matcher its phrasings.
/// </summary>
public sealed class UnansweredInboxTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Groups = "/admin/api/training/unanswered/groups";

    static string Citizen(int n) => $"whatsapp:+62813000000{n:D2}";

    [Fact]
    public async Task SpellingVariantsOfOneQuestionAreOneGroupWithItsCountAndWhenItWasAsked()
    {
        await using var app = ServiceChat.NewApp();
        string[] variants = ["jam buka perpustakaan daerah brp", "jam bukak perpustakaan daerah berapa?", "perpustakaan daerah buka jam brp ya"];
        for (var i = 0; i < variants.Length; i++)
        {
            await app.ChatAsync(variants[i], Cancel, Citizen(i));
            app.Clock.Advance(TimeSpan.FromMinutes(10));
        }
        await app.ChatAsync("jadwal car free day kapan", Cancel, Citizen(9));
        using var admin = app.Admin();

        var groups = await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel);

        Assert.Equal(2, groups.GetArrayLength());
        var library = groups[0]; // the most asked first
        Assert.Equal(3, library.GetProperty("count").GetInt32());
        Assert.Equal(variants.Order(StringComparer.Ordinal), library.GetProperty("samples").EnumerateArray().Select(sample => sample.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(TimeSpan.FromMinutes(20), library.GetProperty("lastSeen").GetDateTimeOffset() - library.GetProperty("firstSeen").GetDateTimeOffset());
        Assert.Equal(3, library.GetProperty("fellBack").GetInt32());
        Assert.Equal(1, groups[1].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task APhrasingsNikPhoneAndEmailAreMaskedBeforeTheyAreStored()
    {
        await using var app = ServiceChat.NewApp();

        await app.ChatAsync("mau sewa gedung pertemuan, nik 3374012345678901 hp 0812-3456-7890 email budi.santoso@mail.com", Cancel);

        using var connection = app.OpenDatabase();
        var stored = connection.QuerySingle<string>("SELECT body FROM unanswered_messages");
        Assert.Equal("mau sewa gedung pertemuan, nik ************8901 hp ****-****-7890 email b***@mail.com", stored);
        using var admin = app.Admin();
        var page = await admin.GetStringAsync(Groups, Cancel);
        Assert.DoesNotContain("3374012345678901", page, StringComparison.Ordinal);
        Assert.DoesNotContain("santoso", page, StringComparison.Ordinal);
        Assert.Contains("************8901", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIgnoredGroupStaysOutOfTheInboxWhenTheQuestionComesAgainInOtherWordsButIsStillCounted()
    {
        await using var app = ServiceChat.NewApp();
        await app.ChatAsync("jadwal car free day kapan", Cancel, Citizen(1));
        using var admin = app.Admin();
        var key = (await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel))[0].GetProperty("key").GetString()!;

        using var ignored = await admin.PostJsonAsync(Groups + "/ignore", new { key }, Cancel);
        await app.ChatAsync("car free day jadwalnya kpn ya", Cancel, Citizen(2));

        Assert.Equal(HttpStatusCode.OK, ignored.StatusCode);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel)).GetArrayLength());
        var view = Assert.Single((await admin.GetFromJsonAsync<JsonElement>(Groups + "?view=ignored", Cancel)).EnumerateArray());
        Assert.Equal(key, view.GetProperty("key").GetString());
        Assert.Equal(2, view.GetProperty("count").GetInt32());
        var audit = app.OpenDatabase().QuerySingle<string>("SELECT detail FROM audit_log WHERE action LIKE '%/ignore%'");
        Assert.Contains("\"before\":{\"ignored\":false},\"after\":{\"ignored\":true}", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupMadeIntoAKnowledgeEntryIsAnsweredTheNextTimeAndLeavesTheInbox()
    {
        await using var app = ServiceChat.NewApp();
        var before = string.Join('\n', await app.ChatAsync("jam buka perpustakaan daerah brp", Cancel, Citizen(1)));
        using var admin = app.Admin();
        var key = (await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel))[0].GetProperty("key").GetString()!;

        using var made = await admin.PostJsonAsync(Groups + "/entry", new
        {
            key, intent = "out_of_scope", question = "Jam buka Perpustakaan Daerah?",
            answer = "Perpustakaan Daerah buka Senin–Jumat pukul 08.00–16.00 WIB (contoh uji).",
            examples = new List<string> { "jam buka perpustakaan daerah brp" }, source = "Dinas Arsip dan Perpustakaan (uji)", checkedOn = "2026-11-29",
        }, Cancel);
        var id = (await made.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetInt64();
        using var published = await admin.PostJsonAsync($"/admin/api/faq/{id}/publish", new { note = "dari kotak belum terjawab" }, Cancel);
        var after = string.Join('\n', await app.ChatAsync("perpustakaan daerah buka jam brp ya", Cancel, Citizen(2)));

        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.DoesNotContain("Senin–Jumat pukul 08.00–16.00", before, StringComparison.Ordinal);
        Assert.Contains("Senin–Jumat pukul 08.00–16.00", after, StringComparison.Ordinal);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel)).GetArrayLength());
        Assert.Equal(1, app.Count("unanswered_messages WHERE resolved_at IS NOT NULL"));
    }

    [Fact]
    public async Task AGroupsPhrasingsJoinAnExistingEntryAsADraftThatAnswersThemOncePublished()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();
        using var created = await admin.PostJsonAsync("/admin/api/faq", new
        {
            intent = "out_of_scope", question = "Jam buka Taman Budaya Raden Saleh?", answer = "Taman Budaya buka setiap hari pukul 08.00–21.00 WIB (contoh uji).",
            examples = new List<string> { "jam buka taman budaya" }, source = "Disbudpar (uji)", checkedOn = "2026-11-29",
        }, Cancel);
        var entry = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetInt64();
        (await admin.PostJsonAsync($"/admin/api/faq/{entry}/publish", new { note = "uji" }, Cancel)).Dispose();
        await app.ChatAsync("jadwal pentas wayang orang ngesti pandowo kapan", Cancel, Citizen(1));
        var key = (await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel))[0].GetProperty("key").GetString()!;

        using var joined = await admin.PostJsonAsync(Groups + "/entry-examples", new { key, entry, examples = new List<string> { "jadwal pentas wayang orang ngesti pandowo kapan" } }, Cancel);
        using var missing = await admin.PostJsonAsync(Groups + "/entry-examples", new { key, entry = 99999, examples = new List<string> { "x y z" } }, Cancel);
        var draft = await admin.GetFromJsonAsync<JsonElement>($"/admin/api/faq/{entry}", Cancel);
        (await admin.PostJsonAsync($"/admin/api/faq/{entry}/publish", new { note = "contoh dari kotak belum terjawab" }, Cancel)).Dispose();
        var after = string.Join('\n', await app.ChatAsync("jadwal pentas wayang orang ngesti pandowo kapan", Cancel, Citizen(2)));

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("jadwal pentas wayang orang ngesti pandowo kapan", draft.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("08.00–21.00", after, StringComparison.Ordinal);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel)).GetArrayLength());
    }

    [Fact]
    public async Task AHandledGroupComesBackWhenTheQuestionStillFallsBackLater()
    {
        await using var app = ServiceChat.NewApp();
        await app.ChatAsync("jadwal car free day kapan", Cancel, Citizen(1));
        using var admin = app.Admin();
        var key = (await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel))[0].GetProperty("key").GetString()!;

        using var handled = await admin.PostJsonAsync(Groups + "/examples", new { key, intent = "out_of_scope", examples = new List<string> { "mau beli tiket konser" } }, Cancel);
        var emptied = await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel);
        await app.ChatAsync("kapan jadwal car free day", Cancel, Citizen(2));
        var again = Assert.Single((await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel)).EnumerateArray());

        Assert.Equal(HttpStatusCode.Accepted, handled.StatusCode);
        Assert.Equal(0, emptied.GetArrayLength());
        Assert.Equal(key, again.GetProperty("key").GetString());
        Assert.Equal(1, again.GetProperty("count").GetInt32()); // only the new one
        Assert.Equal("examples out_of_scope", again.GetProperty("handledAs").GetString());
    }

    [Fact]
    public async Task PhrasingsAddedToAnIntentTeachTheMatcherAVariantAfterTheBackgroundRebuild()
    {
        await using var app = ServiceChat.NewApp();
        var matcher = app.Services.GetRequiredService<IIntentMatcher>();
        var training = app.Services.GetRequiredService<IntentModelTraining>();
        const string variant = "perpustakaan daerah bukak jam berapa";
        var before = matcher.Match(variant);
        Assert.NotEqual((Intent.OutOfScope, MatchOutcome.Confident), (before.Intent, before.Outcome)); // not known yet: unsure, or taken for a service's opening hours
        await app.ChatAsync("jam buka perpustakaan daerah brp", Cancel, Citizen(1));
        await app.ChatAsync("perpustakaan daerah buka jam brp ya", Cancel, Citizen(2));
        using var admin = app.Admin();
        var group = (await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel))[0];
        var generation = training.Generation;

        using var added = await admin.PostJsonAsync(Groups + "/examples", new
        {
            key = group.GetProperty("key").GetString(), intent = "out_of_scope",
            examples = group.GetProperty("samples").EnumerateArray().Select(sample => sample.GetString()).ToArray(),
        }, Cancel);
        await Eventually.TrueAsync(() => training.Generation > generation && training.Requested == 0, "the model to be rebuilt with the new examples");

        Assert.Equal(HttpStatusCode.Accepted, added.StatusCode);
        Assert.Equal(2, app.Count("training_examples WHERE text LIKE '%perpustakaan daerah%' AND intent = 'out_of_scope'"));
        var understood = matcher.Match(variant);
        Assert.Equal((Intent.OutOfScope, MatchOutcome.Confident), (understood.Intent, understood.Outcome));
    }

    [Fact]
    public async Task AnAnswerTheCitizenCallsWrongPutsTheQuestionItWasGivenToInTheInbox()
    {
        await using var app = ServiceChat.NewApp();
        // Answered with the puskesmas hours; the citizen meant another office. (A zoo question was once answered
        // so too, but the matcher now keeps it out of scope.)
        await app.ChatAsync("puskesmas buka jam brp ya", Cancel, Citizen(1));
        Assert.Equal(0, app.Count("unanswered_messages"));

        var reply = string.Join('\n', await app.ChatAsync("bukan itu maksud saya", Cancel, Citizen(1)));

        Assert.Contains("jawaban saya belum tepat", reply, StringComparison.Ordinal);
        using var admin = app.Admin();
        var group = Assert.Single((await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel)).EnumerateArray());
        Assert.Equal(1, group.GetProperty("wrongAnswer").GetInt32());
        Assert.Equal("puskesmas buka jam brp ya", Assert.Single(group.GetProperty("samples").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task ABareBukanItuWithNoAnswerBeforeItIsNotKept()
    {
        await using var app = ServiceChat.NewApp();

        await app.ChatAsync("bukan itu", Cancel, Citizen(1));

        Assert.Equal(0, app.Count("unanswered_messages"));
    }

    [Fact]
    public async Task AQuestionAnsweredOnlyByAskingWhichServiceIsMeantIsInTheInboxToo()
    {
        await using var app = ServiceChat.NewApp();

        var reply = string.Join('\n', await app.ChatAsync("pajak saya nunggak", Cancel, Citizen(1)));

        Assert.Contains("yang mana", reply, StringComparison.Ordinal);
        using var admin = app.Admin();
        var group = Assert.Single((await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel)).EnumerateArray());
        Assert.Equal(1, group.GetProperty("clarified").GetInt32());
        Assert.Equal("pajak saya nunggak", Assert.Single(group.GetProperty("samples").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task AGroupActionWithoutAnIntentOrExamplesIsRefusedInIndonesianNamingTheFields()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();

        using var response = await admin.PostJsonAsync(Groups + "/examples", new { key = "x", intent = "parkir", examples = new List<string> { " " } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Contains("tidak dikenal", errors.GetProperty("intent")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("paling sedikit satu contoh", errors.GetProperty("examples")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionSharingThreeQuartersOfItsWordsWithAGroupJoinsIt()
    {
        await using var app = ServiceChat.NewApp();

        await app.ChatAsync("tiket bus trans semarang brp", Cancel, Citizen(1));
        await app.ChatAsync("trans semarang tiketnya brp ya", Cancel, Citizen(2));
        await app.ChatAsync("tiket konser di semarang brp", Cancel, Citizen(3));

        using var admin = app.Admin();
        var groups = await admin.GetFromJsonAsync<JsonElement>(Groups, Cancel);
        Assert.Equal([2, 1], groups.EnumerateArray().Select(group => group.GetProperty("count").GetInt32()));
        Assert.Equal("bus semarang tiket trans", groups[0].GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("jam buka samsat brp")]
    [InlineData("jam bukak samsat berapa?")]
    [InlineData("samsat buka jam brp ya")]
    [InlineData("Samsat bukanya jam berapa min??")]
    [InlineData("samsat buka jam brp ya, nik ************8901 wa ****-****-7890")]
    public async Task TheGroupKeyOfAVariantIsTheQuestionsContentWords(string variant)
    {
        await using var app = ServiceChat.NewApp();

        var key = app.Services.GetRequiredService<QuestionGroupKey>().For(variant);

        Assert.Equal("buka jam samsat", key);
    }
}
