using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Journal;
using Savira.Core.Services;
using Savira.Core.Services.Applications;
using Savira.Core.Services.Emergency;
using Savira.Core.Services.Faq;
using Savira.Core.Services.Handoff;
using Savira.Core.Services.Infrastruktur;
using Savira.Core.Services.Menu;
using Savira.Core.Services.Pbb;
using Savira.Core.Services.Pdam;
using Savira.Core.Services.Pkb;
using Savira.Core.Services.Puskesmas;
using Savira.Core.Services.Regions;
using Savira.Core.Services.Rsud;
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
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<Database>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseStartup>();
        services.AddMetrics();
        services.AddSingleton<Diagnostics.SaviraMetrics>();
        services.AddSingleton<DatabaseWriter>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<MessageJournal>();
        services.AddOptions<EffectOptions>().BindConfiguration(EffectOptions.Section);
        services.AddSingleton<EffectLedger>();
        services.AddSingleton<Savira.Core.Privacy.NikProofLimit>();

        services.AddIntentMatcher();
        services.AddSingleton<MainMenu>();
        services.AddSingleton<IServiceHandler, GreetingHandler>();
        services.AddSingleton<IServiceHandler, ThanksHandler>();
        services.AddSingleton<IServiceHandler, MenuHandler>();
        services.AddSingleton<IServiceHandler, OutOfScopeHandler>();
        services.AddSingleton<IServiceHandler, EmergencyHandler>();
        services.AddSingleton<CityAreas>();
        services.AddKnowledgeBase();
        services.AddPbb();
        services.AddPkb();
        services.AddPdam();
        services.AddPuskesmasQueue();
        services.AddCityServicesB();
        services.AddSingleton<ServiceHandlers>();

        services.AddSingleton<CitizenNotices>();
        services.AddSingleton<Conversation>();
        services.AddSingleton<Assistant>();
        return services;
    }

    /// <summary>The knowledge base every service answers questions from, and its search.</summary>
    static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        services.AddOptions<FaqOptions>().BindConfiguration(FaqOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ITextNormalizer, MatcherTextNormalizer>();
        services.AddSingleton<FaqStore>();
        services.AddSingleton<IFaqRetriever, TfIdfFaqRetriever>();
        services.AddSingleton<KnowledgeBase>();
        return services;
    }

    /// <summary>RSUD, the knowledge-only services (kependudukan, izin nakes, NPWP), infrastructure reports and handoff.</summary>
    static IServiceCollection AddCityServicesB(this IServiceCollection services)
    {
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<IRsudDirectory, SqliteRsudDirectory>();
        services.AddSingleton<IServiceHandler, RsudHandler>();

        services.AddSingleton<IApplicationStatuses, SqliteApplicationStatuses>();
        foreach (var topic in new[] { KnowledgeTopic.Kependudukan, KnowledgeTopic.IzinNakes, KnowledgeTopic.Npwp })
            services.AddSingleton<IServiceHandler>(provider => new KnowledgeHandler(
                topic, provider.GetRequiredService<KnowledgeBase>(), provider.GetRequiredService<IApplicationStatuses>()));

        services.AddOptions<ReportDeskOptions>().BindConfiguration(ReportDeskOptions.Section);
        services.AddSingleton<IReportDesk, SqliteReportDesk>();
        services.AddSingleton<HolidayCalendar>();
        services.AddSingleton<ReportDeadlines>();
        services.AddSingleton<IServiceHandler, InfrastrukturHandler>();

        services.TryAddSingleton<Outbox.OutboxSignal>();
        services.AddSingleton<IHandoffDesk, SqliteHandoffDesk>();
        services.AddSingleton<IServiceHandler, HandoffHandler>();
        return services;
    }
}
