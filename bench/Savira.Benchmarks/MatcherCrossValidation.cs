using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Savira.Core.Services.Pdam;
using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Training;

namespace Savira.Benchmarks;

/// <summary>
/// `-- crossval`: 5-fold cross-validation over the training examples (<see cref="IntentCrossValidation"/>, the
/// figure `eval` prints too), with each fold's temperature.
/// </summary>
public static class MatcherCrossValidation
{
    public static void Run(TextWriter output)
    {
        using var trained = new TrainedMatcher();
        var places = trained.Services.GetServices<INamedPlaceSource>().SelectMany(source => source.Load()).ToList();
        var length = trained.Services.GetRequiredService<IOptions<PdamOptions>>().Value.CustomerNumberLength;
        output.Write(IntentCrossValidation.Run(trained.Examples, places, length).Report(topConfusions: 12));
    }
}
