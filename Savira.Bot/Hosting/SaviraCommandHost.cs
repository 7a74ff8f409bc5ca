using Savira.Core;

namespace Savira.Bot.Hosting;

/// <summary>The host for command-line verbs: the engine and the database, no web server.</summary>
public static class SaviraCommandHost
{
    public static IHost Build(string[] args, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddSaviraSettingsFile();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Standard output belongs to the verb (classify prints TSV); logs go to standard error.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSaviraCore();
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
