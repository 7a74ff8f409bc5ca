using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Training;

namespace Savira.Core.Understanding;

public static class IntentMatching
{
    /// <summary>The trained matcher, its training data in SQLite, and the startup training (after the migrations).</summary>
    public static IServiceCollection AddIntentMatcher(this IServiceCollection services)
    {
        services.AddOptions<MatcherOptions>().BindConfiguration(MatcherOptions.Section).ValidateDataAnnotations()
            .Validate<IConfiguration>((_, configuration) => configuration[MatcherOptions.RemovedPdamCustomerNumberLength] is null,
                $"{MatcherOptions.RemovedPdamCustomerNumberLength} is no longer read: the matcher and the PDAM service share Savira:Pdam:CustomerNumberLength. Remove it (and set that one if your numbers are not 8 digits).")
            .ValidateOnStart();
        services.AddSingleton<TrainingStore>();
        services.AddSingleton<UnansweredMessages>();
        services.AddSingleton<UnansweredGroups>();
        services.AddSingleton<QuestionGroupKey>();
        services.AddSingleton<INamedPlaceSource, DatabaseNamedPlaces>();
        services.AddSingleton<IntentModelTraining>();
        services.AddHostedService<IntentModelStartup>();
        services.AddSingleton<IIntentMatcher, TrainedIntentMatcher>();
        return services;
    }
}
