using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core;
using Savira.Core.Dialogue;
using Savira.Core.Memory;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Morphology;
using Savira.Core.Understanding.Normalization;
using Savira.Core.Understanding.Training;
using Savira.Tests.Support;

namespace Savira.Tests.Memory;

/// <summary>Whatever citizens write, what the host keeps in memory for them stays within its bounds.</summary>
public sealed class MemoryBoundsTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static string NewWord(Random random, int length)
    {
        var letters = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            letters.Append((char)('a' + random.Next(26)));
        return letters.ToString();
    }

    static void AssertWithin(CacheUse use, string what)
    {
        Assert.True(use.Entries <= use.MaxEntries, $"{what}: {use.Entries} entries, bound {use.MaxEntries}");
        Assert.True(use.Bytes <= use.MaxBytes, $"{what}: {use.Bytes} bytes, bound {use.MaxBytes}");
    }

    [Fact]
    public async Task SixtyThousandNewWordsFillTheMatchersCachesOnlyToTheirBounds()
    {
        await using var app = new SaviraApp();
        var matcher = app.Services.GetRequiredService<IIntentMatcher>();
        var training = app.Services.GetRequiredService<IntentModelTraining>();
        var random = new Random(10);

        for (var message = 0; message < 6_000; message++)
        {
            var newWords = Enumerable.Range(0, 10).Select(_ => NewWord(random, random.Next(20, 41)));
            var text = "cek pbb " + string.Join(' ', newWords) + (message % 50 == 0 ? " " + NewWord(random, 8_000) : "");
            matcher.Match(text);
            if (message % 1_000 == 999)
            {
                AssertWithin(training.Current.CachedWords, "normalised words");
                AssertWithin(training.Current.CachedStems, "stems");
            }
        }

        var words = training.Current.CachedWords;
        Assert.Equal((TextNormalizer.MaxCachedWords, TextNormalizer.MaxCachedBytes), (words.MaxEntries, words.MaxBytes));
        Assert.True(words.Entries >= TextNormalizer.MaxCachedWords / 2, $"the cache is used: {words}");
        Assert.Equal((IndonesianStemmer.MaxCachedWords, IndonesianStemmer.MaxCachedBytes), (training.Current.CachedStems.MaxEntries, training.Current.CachedStems.MaxBytes));
        Assert.Equal(Intent.Pbb, matcher.Match("min pbb sy brp ya").Intent); // and the words in use are still read right
    }

    [Fact]
    public async Task LongMessagesThroughTheWebhookKeepRememberedSessionsWithinTheirBytes()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Savira:Session:RememberedSenders"] = "1000",
            ["Savira:Session:RememberedMegabytes"] = "1",
        });
        var sessions = app.Services.GetRequiredService<SessionStore>();
        var assistant = app.Services.GetRequiredService<Assistant>();
        var training = app.Services.GetRequiredService<IntentModelTraining>();
        var random = new Random(6);

        for (var citizen = 0; citizen < 150; citizen++)
        {
            // A report's description is kept in the session until the report is filed: 8,000 letters of it here.
            var from = $"whatsapp:+62811{citizen:D7}";
            var replies = await app.ChatAsync("lampu jalan mati di depan rumah saya " + NewWord(random, 8_000), Cancel, from);
            Assert.NotEmpty(replies);
            AssertWithin(sessions.RememberedUse, "remembered sessions");
        }

        var remembered = sessions.RememberedUse;
        Assert.True(remembered.Bytes >= remembered.MaxBytes / 4, $"the sessions are large: {remembered}");
        Assert.True(remembered.Entries < 150, $"the bytes, not the count, bound them: {remembered}");
        AssertWithin(training.Current.CachedWords, "normalised words");
        AssertWithin(training.Current.CachedStems, "stems");
        Assert.Equal((0, 0), (assistant.MessagesInFlight, assistant.SendersInFlight)); // nothing stays once answered

        // The first sender's session has left the memory; it is read from the database, its report still open.
        Assert.NotNull(sessions.Find("whatsapp:+628110000000")?.Dialogue);
    }
}
