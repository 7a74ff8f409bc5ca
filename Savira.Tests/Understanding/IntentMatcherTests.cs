using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Training;
using Savira.Tests.Support;

namespace Savira.Tests.Understanding;

/// <summary>One host (and one trained model) shared by the tests of this class.</summary>
public sealed class TrainedApp : IAsyncLifetime
{
    public SaviraApp App { get; } = new();
    public IIntentMatcher Matcher => App.Services.GetRequiredService<IIntentMatcher>();

    public ValueTask InitializeAsync()
    {
        _ = App.Services; // starts the host: migrations, then training
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class IntentMatcherTests(TrainedApp trained) : IClassFixture<TrainedApp>
{
    const double AccuracyBar = 0.92;

    [Fact]
    public void TheDevelopmentSetIsClassifiedWithAtLeast92PercentAccuracy()
    {
        Assert.True(File.Exists(RepositoryFiles.DevSet), $"The dev set is missing: {RepositoryFiles.DevSet}");
        using var reader = new StreamReader(RepositoryFiles.DevSet);
        var labelled = IntentEvaluation.ReadTsv(reader).ToList();

        var evaluation = IntentEvaluation.Run(trained.Matcher, labelled);

        Assert.True(evaluation.Accuracy >= AccuracyBar, $"Accuracy {evaluation.Accuracy:P1} is below {AccuracyBar:P0}:\n{evaluation.Report()}");
    }

    [Fact]
    public void NoTrainingExampleIsASentenceOfTheDevelopmentSet()
    {
        static string Canonical(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[])[' ', ',', '.', '?', '!'], StringSplitOptions.RemoveEmptyEntries));
        using var reader = new StreamReader(RepositoryFiles.DevSet);
        var dev = IntentEvaluation.ReadTsv(reader).Select(row => Canonical(row.Text)).ToHashSet();

        var examples = trained.App.Services.GetRequiredService<TrainingStore>().Examples();

        Assert.True(examples.Count > 1000);
        Assert.DoesNotContain(examples, example => dev.Contains(Canonical(example.Text)));
    }

    [Theory]
    [InlineData("min pbb sy brp ya", Intent.Pbb)]
    [InlineData("pajek omah durung mbayar 3 taun", Intent.Pbb)]
    [InlineData("piye carane mbayar pajak motor", Intent.Pkb)]
    [InlineData("air mati dr pagi", Intent.Pdam)]
    [InlineData("ADMINNN", Intent.Handoff)]
    [InlineData("halooo", Intent.Greeting)]
    [InlineData("suwun nggih", Intent.Thanks)]
    [InlineData("jalan depan rumah bolong gede", Intent.Infrastruktur)]
    public void InformalMessagesFindTheirDomain(string text, Intent intent) =>
        Assert.Equal(intent, trained.Matcher.Match(text).Intent);

    /// <summary>In a long message a street word is the request unless an address is being given ("di jalan …").</summary>
    [Theory]
    [InlineData("selamat pagi pak, saya mau lapor jalan rusak dan berlubang di depan gang rumah saya")]
    [InlineData("mohon maaf mengganggu, lampu jalan mati sudah tiga malam di dekat masjid kami")]
    public void ALongMessageAboutTheStreetItselfIsInfrastructure(string text) =>
        Assert.Equal(Intent.Infrastruktur, trained.Matcher.Match(text).Intent);

    [Theory]
    [InlineData("33.74.010.005.012-0345.0", Intent.Pbb, EntityNames.Nop)]
    [InlineData("337401000501203450", Intent.Pbb, EntityNames.Nop)]
    [InlineData("H 1234 AB", Intent.Pkb, EntityNames.Plate)]
    [InlineData("h1234ab", Intent.Pkb, EntityNames.Plate)]
    [InlineData("3374 0100 0501 2034 50", Intent.Pbb, EntityNames.Nop)]
    [InlineData("33-74-140-011-003-0078-0", Intent.Pbb, EntityNames.Nop)]
    [InlineData("H.1234.AB", Intent.Pkb, EntityNames.Plate)]
    [InlineData("01230045", Intent.Pdam, EntityNames.PdamCustomer)] // Savira:Pdam:CustomerNumberLength, 8
    [InlineData("0123 0045", Intent.Pdam, EntityNames.PdamCustomer)]
    [InlineData("3374 0145 0790 0001", Intent.Kependudukan, EntityNames.Nik)]
    [InlineData("A-007", Intent.Puskesmas, EntityNames.Ticket)]
    [InlineData("LPR-2026-00123", Intent.Infrastruktur, EntityNames.Ticket)]
    public void AMessageThatIsOnlyAnEntityGoesToItsDomain(string text, Intent intent, string entity)
    {
        var understanding = trained.Matcher.Match(text);

        Assert.Equal(intent, understanding.Intent);
        Assert.Equal(1, understanding.Confidence);
        Assert.Contains(entity, understanding.Entities.Keys);
    }

    [Fact]
    public void EveryPdamExampleWithANumberHasACustomerNumberOfTheServicesLength()
    {
        var examples = trained.App.Services.GetRequiredService<TrainingStore>().Examples()
            .Where(example => example.Intent == Intent.Pdam && example.Text.Count(char.IsAsciiDigit) >= 4).ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, example => Assert.Equal(8, trained.Matcher.Match(example.Text).Entities[EntityNames.PdamCustomer].Length));
    }

    [Fact]
    public void ConfidenceIsAProbabilityAndTheRankingCoversEveryIntent()
    {
        var understanding = trained.Matcher.Match("cek tagihan pdam bulan ini");

        Assert.InRange(understanding.Confidence, 0, 1);
        Assert.Equal(Enum.GetValues<Intent>().Length, understanding.Ranking.Count);
        Assert.Equal(1, understanding.Ranking.Sum(score => score.Confidence), 6);
        Assert.Equal(understanding.Ranking.Max(score => score.Confidence), understanding.Ranking[0].Confidence);
    }

    [Fact]
    public void EntitiesAreReturnedWithTheIntent()
    {
        var understanding = trained.Matcher.Match("mau antri di puskesmas kedungmundu besok, poli gigi");

        Assert.Equal(Intent.Puskesmas, understanding.Intent);
        Assert.Equal("Puskesmas Kedungmundu", understanding.Entities[EntityNames.Puskesmas]);
        Assert.Equal("Poli Gigi", understanding.Entities[EntityNames.Clinic]);
        Assert.Contains(EntityNames.Date, understanding.Entities.Keys);
    }
}
