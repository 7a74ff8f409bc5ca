using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Journal;
using Savira.Core.Services;
using Savira.Core.Services.Menu;
using Savira.Core.Services.Pbb;
using Savira.Core.Services.Pdam;
using Savira.Core.Services.Pkb;
using Savira.Core.Services.Placeholders;
using Savira.Core.Services.Puskesmas;
using Savira.Core.Services.Regions;
using Savira.Core.Services.SmallTalk;
using Savira.Core.Understanding;

namespace Savira.Core;

public static class SaviraCore
{
    /// <summary>The conversation engine, its handlers and the SQLite data layer.</summary>
    public static IServiceCollection AddSaviraCore(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AssistantOptions>().BindConfiguration(AssistantOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<Database>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton<DatabaseWriter>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<MessageJournal>();

        services.AddSingleton<IIntentMatcher, KeywordIntentMatcher>();
        services.AddSingleton<MainMenu>();
        services.AddSingleton<IServiceHandler, GreetingHandler>();
        services.AddSingleton<IServiceHandler, ThanksHandler>();
        services.AddSingleton<IServiceHandler, MenuHandler>();
        services.AddSingleton<IServiceHandler, OutOfScopeHandler>();
        foreach (var placeholder in PlaceholderHandler.ForCityServices())
            services.AddSingleton<IServiceHandler>(placeholder);
        services.AddSingleton<CityAreas>();
        services.AddPbb();
        services.AddPkb();
        services.AddPdam();
        services.AddPuskesmasQueue();
        services.AddSingleton<ServiceHandlers>();

        services.AddSingleton<Conversation>();
        services.AddSingleton<Assistant>();
        return services;
    }
}
