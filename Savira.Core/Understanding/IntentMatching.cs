using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Training;

namespace Savira.Core.Understanding;

public static class IntentMatching
{
    /// <summary>The trained matcher, its training data in SQLite, and the startup training (after the migrations).</summary>
    public static IServiceCollection AddIntentMatcher(this IServiceCollection services)
    {
        services.AddOptions<MatcherOptions>().BindConfiguration(MatcherOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TrainingStore>();
        services.AddSingleton<UnansweredMessages>();
        services.AddSingleton<INamedPlaceSource, DatabaseNamedPlaces>();
        services.AddSingleton<IntentModelTraining>();
        services.AddHostedService<IntentModelStartup>();
        services.AddSingleton<IIntentMatcher, TrainedIntentMatcher>();
        return services;
    }
}
