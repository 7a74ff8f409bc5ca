using Microsoft.Extensions.Configuration.Json;

namespace Savira.Bot.Hosting;

public static class SaviraSettings
{
    /// <summary>
    /// Loads the repository's appsettings.json, which the build copies beside the binaries, under every
    /// other source: the content root's own files, environment variables and the command line still win.
    /// </summary>
    public static IConfigurationBuilder AddSaviraSettingsFile(this IConfigurationBuilder configuration)
    {
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
        };
        source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory);
        configuration.Sources.Insert(0, source);
        return configuration;
    }
}
