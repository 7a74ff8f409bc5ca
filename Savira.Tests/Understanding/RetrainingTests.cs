using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;
using Savira.Tests.Support;

namespace Savira.Tests.Understanding;

public sealed class RetrainingTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANewExampleAndLexiconEntryAreLearnedWhileMessagesKeepBeingClassified()
    {
        await using var app = new SaviraApp();
        var matcher = app.Services.GetRequiredService<IIntentMatcher>();
        var training = app.Services.GetRequiredService<IntentModelTraining>();
        var store = app.Services.GetRequiredService<TrainingStore>();
        var firstModel = training.Current;
        var generation = training.Generation;
        Assert.NotEqual(Intent.Pdam, matcher.Match("gluduk zorblat").Intent);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var started = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var readers = started.Select(reader => Task.Run(() =>
        {
            reader.SetResult();
            var seen = 0;
            while (!stop.IsCancellationRequested)
            {
                var understanding = matcher.Match("air pdam mati dari pagi");
                Assert.Equal(Intent.Pdam, understanding.Intent); // every model in between answers completely
                Assert.InRange(understanding.Confidence, 0, 1);
                seen++;
            }
            return seen;
        }, Cancel)).ToList();
        // On a busy machine the thread pool may not run a reader until the retraining is over: wait until all read.
        await Task.WhenAll(started.Select(reader => reader.Task)).WaitAsync(Cancel);

        await store.AddExampleAsync("zorblat di rumah saya habis", Intent.Pdam, "test", Cancel);
        await store.AddLexiconEntryAsync("gluduk", "zorblat", Cancel);
        for (var i = 0; i < 3; i++)
            await training.RetrainAsync(Cancel);
        await stop.CancelAsync();
        var classified = await Task.WhenAll(readers);

        Assert.All(classified, count => Assert.True(count > 0));
        Assert.Equal(generation + 3, training.Generation);
        Assert.NotSame(firstModel, training.Current);
        Assert.Equal(Intent.Pdam, matcher.Match("gluduk zorblat").Intent); // the lexicon maps gluduk → zorblat, learned as PDAM
    }

    [Fact]
    public async Task TheChangeSignalRetrainsInTheBackground()
    {
        await using var app = new SaviraApp();
        var training = app.Services.GetRequiredService<IntentModelTraining>();
        var generation = training.Generation;

        training.RequestRetrain();

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (training.Generation == generation && DateTime.UtcNow < deadline)
            await Task.Delay(50, Cancel);
        Assert.Equal(generation + 1, training.Generation);
    }
}
