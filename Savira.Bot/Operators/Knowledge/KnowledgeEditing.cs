namespace Savira.Bot.Operators.Knowledge;

public static class KnowledgeEditing
{
    public static IServiceCollection AddKnowledgeEditing(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section);
        services.AddSingleton<KnowledgePublishers>();
        services.AddSingleton<KnowledgeImports>();
        return services;
    }
}
