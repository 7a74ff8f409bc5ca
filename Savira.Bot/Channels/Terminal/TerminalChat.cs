using Savira.Bot.Hosting;
using Savira.Core;
using Savira.Core.Inbound;

namespace Savira.Bot.Channels.Terminal;

/// <summary>`dotnet run --project Savira.Bot -- chat`: the same engine and database, in a terminal.</summary>
public static class TerminalChat
{
    public const string Channel = "terminal";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        using var host = SaviraCommandHost.Build(args);
        await host.StartAsync();
        var assistant = host.Services.GetRequiredService<Assistant>();
        var clock = host.Services.GetRequiredService<TimeProvider>();
        var sender = $"{Channel}:{Environment.UserName}";

        await output.WriteLineAsync("Savira — chat di terminal. Ketik pesan lalu Enter; Ctrl+D untuk keluar.");
        while (await input.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length == 0)
                continue;
            var reply = await assistant.RespondAsync(IncomingMessage.Typed(Channel, sender, line, clock.GetUtcNow()), CancellationToken.None);
            foreach (var message in reply.Messages)
                await output.WriteLineAsync($"\nSavira: {message}\n");
        }

        await host.StopAsync();
        return 0;
    }
}
