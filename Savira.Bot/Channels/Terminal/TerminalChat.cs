using Savira.Bot.Hosting;
using Savira.Core;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Inbound;

namespace Savira.Bot.Channels.Terminal;

/// <summary>
/// `dotnet run --project Savira.Bot -- chat`: the same engine and database, in a terminal. What staff send meanwhile
/// (an officer's reply from the console, a report's new status) is printed as it comes, as WhatsApp would show it.
/// </summary>
public static class TerminalChat
{
    public const string Channel = "terminal";

    static readonly TimeSpan NoticePoll = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        using var host = SaviraCommandHost.Build(args);
        await host.StartAsync();
        var assistant = host.Services.GetRequiredService<Assistant>();
        var clock = host.Services.GetRequiredService<TimeProvider>();
        var sender = $"{Channel}:{Environment.UserName}";
        // A turn shows and marks the notices waiting for it; the poller must not show the same ones in between.
        using var turn = new SemaphoreSlim(1, 1);
        using var stop = new CancellationTokenSource();
        var poller = PrintNoticesAsync(host.Services, sender, output, turn, stop.Token);

        await output.WriteLineAsync("Savira — chat di terminal. Ketik pesan lalu Enter; Ctrl+D untuk keluar.");
        while (await input.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length == 0)
                continue;
            await turn.WaitAsync();
            try
            {
                var reply = await assistant.RespondAsync(IncomingMessage.Typed(Channel, sender, line, clock.GetUtcNow()), CancellationToken.None);
                foreach (var message in reply.Messages)
                    await output.WriteLineAsync($"\nSavira: {message}\n");
            }
            finally
            {
                turn.Release();
            }
        }

        await stop.CancelAsync();
        await poller;
        await host.StopAsync();
        return 0;
    }

    static async Task PrintNoticesAsync(IServiceProvider services, string sender, TextWriter output, SemaphoreSlim turn, CancellationToken cancellationToken)
    {
        var notices = services.GetRequiredService<CitizenNotices>();
        var writer = services.GetRequiredService<DatabaseWriter>();
        var clock = services.GetRequiredService<TimeProvider>();
        using var timer = new PeriodicTimer(NoticePoll);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await turn.WaitAsync(cancellationToken);
                try
                {
                    var pending = notices.Pending(sender);
                    if (pending.Count == 0)
                        continue;
                    foreach (var notice in pending)
                        await output.WriteLineAsync($"\nSavira: {notice.Text}\n");
                    await output.FlushAsync(cancellationToken);
                    var ids = pending.Select(notice => notice.Id).ToList();
                    await writer.WriteAsync(connection => CitizenNotices.MarkDelivered(connection, ids, clock.GetUtcNow()), CancellationToken.None);
                }
                finally
                {
                    turn.Release();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
